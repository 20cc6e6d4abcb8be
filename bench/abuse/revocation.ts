// Abuse scenario of issue 10, finding 5: how fast a change to a user reaches their tokens and
// sockets, and what the database check on every request costs.
// Run: npx tsx bench/abuse/revocation.ts
import { pathToFileURL } from 'node:url';
import { hashPassword } from '../../server/auth/passwords';
import { signInAs, startTestServer } from '../../tests/support/testServer';
import { connectTraining } from '../../tests/support/trainingClient';

const requests = 10_000;

/** Mean and p99 of `requests` sequential requests, after a short warm-up. */
async function timeRequests(request: () => Promise<Response>): Promise<{ mean: number; p99: number }> {
  for (let i = 0; i < 200; i += 1) await (await request()).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < requests; i += 1) {
    const started = performance.now();
    await (await request()).arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
  return { mean: Number(mean.toFixed(3)), p99: Number(times[Math.floor(times.length * 0.99)]!.toFixed(3)) };
}

export async function run(): Promise<Record<string, string | number>> {
  const server = await startTestServer();
  try {
    const admin = await signInAs(server.url, 'admin1');
    await server.store.directory.createUser({
      institutionId: admin.user.institutionId,
      username: 'bench-admin',
      name: 'Bench admin',
      role: 'admin',
      passwordHash: await hashPassword('demo1234'),
    });
    const victim = await signInAs(server.url, 'bench-admin');
    const get = (path: string, token: string) => fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });

    // Demote, then time until the old token is refused on an admin route.
    const demotedAt = performance.now();
    await fetch(`${server.url}/api/users/${victim.user.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.token}` },
      body: JSON.stringify({ role: 'student' }),
    });
    while ((await get('/api/institution', victim.token)).status !== 403);
    const demoteToRefusalMs = performance.now() - demotedAt;

    // Sign out, then time until the socket of that sign-in is gone.
    const learner = await signInAs(server.url, 'student1');
    const socket = await connectTraining(server.url, learner.token);
    const gone = new Promise<number>((resolve) => socket.once('disconnect', () => resolve(performance.now())));
    const loggedOutAt = performance.now();
    await fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${learner.token}` } });
    const logoutToDisconnectMs = (await gone) - loggedOutAt;

    // The per-request check: GET /api/auth/me one after another (token verify + sign-in join + user read).
    // /api/health (no token) is the same round trip without the check, for scale.
    const token = (await signInAs(server.url, 'student2')).token;
    const me = await timeRequests(() => get('/api/auth/me', token));
    const health = await timeRequests(() => fetch(`${server.url}/api/health`));
    return {
      'demote (PATCH) to the old token refused (ms)': Number(demoteToRefusalMs.toFixed(1)),
      'sign-out to its socket disconnected (ms)': Number(logoutToDisconnectMs.toFixed(1)),
      [`GET /api/auth/me with the sign-in check, mean of ${requests} (ms)`]: me.mean,
      [`GET /api/auth/me with the sign-in check, p99 of ${requests} (ms)`]: me.p99,
      [`GET /api/health without a token, mean of ${requests} (ms)`]: health.mean,
      [`GET /api/health without a token, p99 of ${requests} (ms)`]: health.p99,
    };
  } finally {
    await server.dispose();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  for (const [label, value] of Object.entries(await run())) console.log(`${label.padEnd(72)} ${value}`);
}
