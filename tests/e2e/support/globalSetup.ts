// Before the browser tests: make sure the client bundle they load is built and current.
import { ensureClientBuild } from '../../../server/build/clientBuild';

export default async function setup(): Promise<void> {
  await ensureClientBuild((message) => process.stderr.write(`[e2e] ${message}\n`));
}
