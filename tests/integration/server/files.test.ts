// The database and the token secret are private to the server's account: the folder VocaXR
// creates is 0700; the database, its -wal and -shm, and token-secret are 0600, also when an
// older version left them world-readable.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../../support/testServer';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe.skipIf(process.platform === 'win32')('database file modes', () => {
  const root = mkdtempSync(join(tmpdir(), 'vocaxr-modes-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('creates the database folder 0700 and its files 0600', async () => {
    const folder = join(root, 'fresh', 'data');
    const server = await startTestServer({ DATABASE_URL: `sqlite:${join(folder, 'vocaxr.db')}` });
    try {
      expect(modeOf(folder)).toBe(0o700);
      expect(modeOf(join(root, 'fresh'))).toBe(0o700);
      for (const file of ['vocaxr.db', 'vocaxr.db-wal', 'vocaxr.db-shm', 'token-secret']) {
        expect(existsSync(join(folder, file)), file).toBe(true);
        expect(modeOf(join(folder, file)), file).toBe(0o600);
      }
    } finally {
      await server.dispose();
    }
  });

  it('narrows world-readable files an older version left, and leaves an existing folder as it is', async () => {
    const folder = join(root, 'old');
    mkdirSync(folder, { mode: 0o755 });
    chmodSync(folder, 0o755);
    const first = await startTestServer({ DATABASE_URL: `sqlite:${join(folder, 'vocaxr.db')}` });
    await first.stop();
    for (const file of ['vocaxr.db', 'token-secret']) chmodSync(join(folder, file), 0o644);
    writeFileSync(join(folder, 'vocaxr.db-wal'), '', { mode: 0o644 });
    chmodSync(join(folder, 'vocaxr.db-wal'), 0o644);
    const again = await startTestServer({ DATABASE_URL: `sqlite:${join(folder, 'vocaxr.db')}` });
    try {
      for (const file of ['vocaxr.db', 'vocaxr.db-wal', 'vocaxr.db-shm', 'token-secret']) expect(modeOf(join(folder, file)), file).toBe(0o600);
      expect(modeOf(folder)).toBe(0o755);
    } finally {
      await again.dispose();
    }
  });
});
