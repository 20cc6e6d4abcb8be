// A login flood from another process, as from an attacker's machine: its requests are built and
// read outside the server's process, at the lowest CPU priority, so that on a small test machine
// the attacker's own client work takes little from the server and the figures measure the server.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

export interface FloodAnswer {
  status: number;
  retryAfter: string | null;
  /** Milliseconds from the flood's start to this answer. */
  ms: number;
}

export interface LoginFlood {
  /** Settles once every request has been sent. */
  sent: Promise<void>;
  /** Settles once `count` answers have come back (refusals come first: they need no hashing). */
  answered(count: number): Promise<void>;
  /** Every answer, once all have come back. */
  answers: Promise<FloodAnswer[]>;
}

// Plain JavaScript: the child runs it as it is, without the test's TypeScript loader.
const floodScript = `
const { url, addresses, perAddress } = JSON.parse(process.argv[1]);
const started = performance.now();
const requests = addresses.flatMap((from) => Array.from({ length: perAddress }, async (_, i) => {
  const response = await fetch(url + '/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
    body: JSON.stringify({ username: 'nobody-' + from + '-' + i, password: 'guess-' + i }),
  });
  await response.arrayBuffer();
  process.send({ answered: true });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started };
}));
process.send({ sent: true });
Promise.all(requests).then((answers) => process.send({ answers }, () => process.exit(0)));
`;

/**
 * Sends `perAddress` concurrent logins with unknown usernames from each of `addresses` (as
 * X-Forwarded-For, which the server trusts from loopback).
 */
export function startLoginFlood(url: string, addresses: string[], perAddress: number): LoginFlood {
  const child = spawn(process.execPath, ['-e', floodScript, JSON.stringify({ url, addresses, perAddress })], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    if (child.pid) setPriority(child.pid, 19);
  } catch {
    // Not allowed here: the flood then competes at normal priority, which only makes it harder.
  }
  let markSent!: () => void;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  let answeredSoFar = 0;
  const counting: { count: number; resolve: () => void }[] = [];
  const answered = (count: number) =>
    count <= answeredSoFar ? Promise.resolve() : new Promise<void>((resolve) => counting.push({ count, resolve }));
  const answers = new Promise<FloodAnswer[]>((resolve, reject) => {
    child.on('message', (message: { sent?: true; answered?: true; answers?: FloodAnswer[] }) => {
      if (message.sent) markSent();
      if (message.answered) {
        answeredSoFar += 1;
        for (const waiter of counting.filter((w) => w.count <= answeredSoFar)) waiter.resolve();
      }
      if (message.answers) resolve(message.answers);
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the flood process exited with ${code} before answering`)));
  });
  return { sent, answered, answers };
}

/** How many answers had each status, e.g. { 401: 12, 429: 188 }. */
export const countByStatus = (answers: { status: number }[]): Record<number, number> =>
  answers.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
