// Decides whether the built client is missing or older than its sources, and builds it.
// `npm start` and the e2e suite call this so nobody serves a stale bundle by accident.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(import.meta.dirname, '../..');
/** What the client bundle is made from. */
const sourcePaths = ['client', 'scenes', 'assets', 'vite.config.ts', 'package.json', 'tsconfig.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function clientBuildIsStale(outDir = join(projectRoot, 'dist/client')): boolean {
  const index = join(outDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return sourcePaths.some((p) => newestMtime(join(projectRoot, p)) > built);
}

/** Builds the client with Vite when stale; returns whether it built. */
export async function ensureClientBuild(log: (message: string) => void = console.log): Promise<boolean> {
  if (!clientBuildIsStale()) return false;
  log('Building the VocaXR client (first start or sources changed)…');
  const started = performance.now();
  const { build } = await import('vite');
  // Always a production bundle: under vitest (NODE_ENV=test) or a developer's NODE_ENV, Vite
  // would otherwise bundle React's development build (StrictMode double effects, slower).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(projectRoot, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  log(`Client built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  return true;
}
