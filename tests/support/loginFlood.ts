// A login flood from another thread, as an attacker's machine would send it: its requests are
// built and read off the server's event loop, so the figures measure the server, not the client.
import { Worker } from 'node:worker_threads';

export interface FloodAnswer {
  status: number;
  retryAfter: string | null;
  /** Milliseconds from the flood's start to this answer. */
  ms: number;
}

export interface LoginFlood {
  /** Settles once every request has been sent. */
  sent: Promise<void>;
  /** Every answer, once all have come back. */
  answers: Promise<FloodAnswer[]>;
}

// Plain JavaScript: the worker runs it as it is, without the test's TypeScript loader.
const floodScript = `
const { workerData, parentPort } = require('node:worker_threads');
const { url, addresses, perAddress } = workerData;
const started = performance.now();
const requests = addresses.flatMap((from) => Array.from({ length: perAddress }, async (_, i) => {
  const response = await fetch(url + '/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': from },
    body: JSON.stringify({ username: 'nobody-' + from + '-' + i, password: 'guess-' + i }),
  });
  await response.arrayBuffer();
  return { status: response.status, retryAfter: response.headers.get('retry-after'), ms: performance.now() - started };
}));
parentPort.postMessage({ sent: true });
Promise.all(requests).then((answers) => parentPort.postMessage({ answers }));
`;

/**
 * Sends `perAddress` concurrent logins with unknown usernames from each of `addresses` (as
 * X-Forwarded-For, which the server trusts from loopback).
 */
export function startLoginFlood(url: string, addresses: string[], perAddress: number): LoginFlood {
  const worker = new Worker(floodScript, { eval: true, workerData: { url, addresses, perAddress } });
  let markSent!: () => void;
  const sent = new Promise<void>((resolve) => (markSent = resolve));
  const answers = new Promise<FloodAnswer[]>((resolve, reject) => {
    worker.on('message', (message: { sent?: true; answers?: FloodAnswer[] }) => {
      if (message.sent) markSent();
      if (message.answers) {
        resolve(message.answers);
        void worker.terminate();
      }
    });
    worker.once('error', reject);
  });
  return { sent, answers };
}

/** How many answers had each status, e.g. { 401: 12, 429: 188 }. */
export const countByStatus = (answers: { status: number }[]): Record<number, number> =>
  answers.reduce<Record<number, number>>((counts, { status }) => ({ ...counts, [status]: (counts[status] ?? 0) + 1 }), {});
