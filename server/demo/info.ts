// GET /api/info: what a login page may show before sign-in (the demo accounts, only in demo mode).
// The admin account is never listed: a login page must not hand anyone institution-wide rights.
import type { ServerInfoResponse } from '../../scenes/protocol/rest';
import { demoAccounts, demoPassword } from './seed';

export type ServerInfo = ServerInfoResponse;

export function serverInfo(demo: boolean): ServerInfo {
  if (!demo) return { name: 'VocaXR', demo: false };
  const listed = demoAccounts.filter(({ role }) => role !== 'admin').map(({ username, role }) => ({ username, role }));
  return { name: 'VocaXR', demo: true, demoAccounts: listed, demoPassword };
}
