// Child processes of the ingest and exam benchmarks: a TypeScript script in its own Node, its
// first JSON line on stdout, a clean stop, and its memory and CPU while a load runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export function spawnTs(script: string, args: string[], env: Record<string, string> = {}, nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, '--import', 'tsx', join(root, script), ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
}

export function firstJsonLine(child: ChildProcess, match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  return new Promise((resolvePromise, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      for (const line of buffered.split('\n')) {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          if (match(parsed)) return resolvePromise(parsed);
        } catch {
          /* not a JSON line yet */
        }
      }
    });
    child.once('exit', (code) => reject(new Error(`${child.spawnargs.join(' ')} exited with ${code}`)));
  });
}

/** Stops a server and waits until it is gone (SIGKILL after 10 s), so no run shares the CPU with the last one's server. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolveExit) => child.once('exit', resolveExit));
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(force);
}

/** CPU time a process has used so far (user + system), in clock ticks of 10 ms. */
export function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return Number(stat[11]) + Number(stat[12]);
}

/** Samples a process's resident memory (MiB) and CPU time every 500 ms while `during` runs. */
export async function watchProcess<T>(pid: number, during: Promise<T>): Promise<{ result: T; peakRssMiB: number; cpuPct: number }> {
  let peak = 0;
  const ticks = () => cpuTicks(pid);
  const timer = setInterval(() => {
    const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (rss) peak = Math.max(peak, Number(rss[1]) / 1024);
  }, 500);
  const startTicks = ticks();
  const started = performance.now();
  const result = await during;
  const cpuPct = ((ticks() - startTicks) / 100 / ((performance.now() - started) / 1000)) * 100;
  clearInterval(timer);
  return { result, peakRssMiB: Math.round(peak), cpuPct: Math.round(cpuPct) };
}

/** The production server (the node flags of `npm start` unless told) on a database; resolves with its URL once it listens. */
export async function startServerProcess(databasePath: string, nodeFlags: string): Promise<{ server: ChildProcess; baseUrl: string }> {
  const server = spawnTs(
    'server/main-entry.ts',
    [],
    { NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: `sqlite:${databasePath}`, VOCAXR_DEMO: '0', LOG_LEVEL: 'info' },
    nodeFlags.split(' ').filter(Boolean),
  );
  const { url } = (await firstJsonLine(server, (l) => typeof l.url === 'string')) as { url: string };
  return { server, baseUrl: url.replace('localhost', '127.0.0.1') };
}
