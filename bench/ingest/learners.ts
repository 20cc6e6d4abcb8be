// Accounts for the ingest and exam benchmarks: one student account per simulated learner (the
// server budgets sockets and attempts per user, docs/security.md), seeded straight into a fresh
// database with cheap password hashes, then signed in through the real API.
import { hashPassword } from '../../server/auth/passwords';
import { openStore } from '../../server/storage/openStore';

export const benchPassword = 'bench-password';

export interface BenchPerson {
  username: string;
  role: 'student' | 'assessor';
}

/** `learner0001`… as students of one class, and `extra` people (assessors) beside them. */
export async function seedLearners(databasePath: string, count: number, extra: readonly BenchPerson[] = []): Promise<string[]> {
  const store = openStore({ kind: 'sqlite', path: databasePath });
  // scrypt N = 2^10: signing a thousand accounts in measures nothing but set-up.
  const passwordHash = await hashPassword(benchPassword, { N: 2 ** 10, r: 8, p: 1, keyLength: 32 });
  const usernames = Array.from({ length: count }, (_, i) => `learner${String(i + 1).padStart(4, '0')}`);
  await store.directory.importRoster({
    institutionName: 'Bench college',
    classes: [{ code: 'BENCH', name: 'Bench class' }],
    users: [
      ...usernames.map((username) => ({ username, name: username, role: 'student' as const, passwordHash, classes: [{ code: 'BENCH', role: 'student' as const }] })),
      ...extra.map(({ username, role }) => ({ username, name: username, role, passwordHash, classes: [] })),
    ],
  });
  await store.close();
  return usernames;
}

/**
 * Signs every username in, a few at a time, each from an address of its own (X-Forwarded-For is
 * believed from loopback), as a class arriving would; returns their access tokens and user ids.
 */
export async function signInLearners(baseUrl: string, usernames: readonly string[]): Promise<{ tokens: string[]; userIds: string[] }> {
  const tokens: string[] = [];
  const userIds: string[] = [];
  for (let i = 0; i < usernames.length; i += 8) {
    const chunk = usernames.slice(i, i + 8).map(async (username, k) => {
      const n = i + k;
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
        body: JSON.stringify({ username, password: benchPassword }),
      });
      if (!response.ok) throw new Error(`sign-in of ${username}: HTTP ${response.status} ${await response.text()}`);
      return (await response.json()) as { token: string; user: { id: string } };
    });
    for (const answer of await Promise.all(chunk)) {
      tokens.push(answer.token);
      userIds.push(answer.user.id);
    }
  }
  return { tokens, userIds };
}
