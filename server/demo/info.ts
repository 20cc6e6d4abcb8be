// GET /api/info: what a login page may show before sign-in (the demo accounts, only in demo mode).
import type { ServerInfoResponse } from '../../scenes/protocol/rest';
import { demoAccounts, demoPassword } from './seed';

export type ServerInfo = ServerInfoResponse;

export function serverInfo(demo: boolean): ServerInfo {
  if (!demo) return { name: 'VocaXR', demo: false };
  return { name: 'VocaXR', demo: true, demoAccounts: demoAccounts.map(({ username, role }) => ({ username, role })), demoPassword };
}
