// Prints the client bundle's weight: the initial JS and CSS that login and home load (the
// entry and what index.html preloads), gzip-compressed, and every lazily loaded chunk; then
// checks the issue's targets and exits 1 when one fails: initial JS ≤ 300 KB gzip, and each
// registered scene's view (scenes/<id>/view) in lazy chunks of its own, none in the initial JS.
// Which sources a chunk holds is read from its source map (the build writes them).
// Run after a build: npx vite build && npx tsx bench/bundle.ts
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sceneRegistry } from '../scenes/registry';

const dist = resolve(import.meta.dirname, '../dist/client');
const initialTargetBytes = 300 * 1024;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const failures: string[] = [];

/** The scenes whose code a JS chunk holds (their view: scenes/<id>/view/…, or else their rules), from its source map. */
function scenesIn(file: string, part: 'view' | 'rules'): Set<string> {
  const map = join(dist, `${file}.map`);
  if (!existsSync(map)) return new Set();
  const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
  const ids = sources.flatMap((source) => {
    const match = /(?:^|\/)scenes\/([^/]+)\/(view\/)?/.exec(source);
    return match && (match[2] !== undefined) === (part === 'view') ? [match[1]!] : [];
  });
  return new Set(ids.filter((id) => id !== 'rubric' && id !== 'protocol'));
}
const viewScenesIn = (file: string) => scenesIn(file, 'view');

let initialGzip = 0;
let initialJsGzip = 0;
const rulesInInitial = new Set<string>();
console.log('initial (login and home):');
for (const file of initial) {
  const size = gz(file);
  initialGzip += size;
  if (file.endsWith('.js')) {
    initialJsGzip += size;
    for (const scene of viewScenesIn(file)) failures.push(`the view of ${scene} is in the initial chunk ${file}`);
    for (const scene of scenesIn(file, 'rules')) rulesInInitial.add(scene);
  }
  console.log(`  ${file.padEnd(48)} ${kb(statSync(join(dist, file)).size).padStart(10)}  gzip ${kb(size)}`);
}
console.log(`  total gzip ${kb(initialGzip)}; JS ${kb(initialJsGzip)} (target JS <= ${kb(initialTargetBytes)})`);
// The scene registry's rules (pure data and folds) are shared by home, review and workshop: fine in the initial JS, unlike a view.
console.log(`  scene rules in it: ${[...rulesInInitial].sort().join(', ') || 'none'}`);
if (initialJsGzip > initialTargetBytes) failures.push(`initial JS is ${kb(initialJsGzip)} gzip, over ${kb(initialTargetBytes)}`);

const viewChunks = new Map<string, { file: string; gzip: number }[]>();
console.log('lazy chunks:');
for (const file of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.has(`assets/${f}`)).sort()) {
  const path = `assets/${file}`;
  const size = gz(path);
  const scenes = viewScenesIn(path);
  if (scenes.size > 1) failures.push(`${path} holds the views of ${[...scenes].join(' and ')}: each scene needs its own chunk`);
  for (const scene of scenes) viewChunks.set(scene, [...(viewChunks.get(scene) ?? []), { file: path, gzip: size }]);
  console.log(`  ${path.padEnd(48)} ${kb(statSync(join(dist, path)).size).padStart(10)}  gzip ${kb(size)}${scenes.size > 0 ? `  (view of ${[...scenes].join(', ')})` : ''}`);
}

console.log('scene views (each its own lazy chunk):');
for (const { summary } of sceneRegistry) {
  const chunks = viewChunks.get(summary.id) ?? [];
  if (chunks.length === 0) failures.push(`no lazy chunk holds the view of ${summary.id}`);
  const total = chunks.reduce((sum, c) => sum + c.gzip, 0);
  console.log(`  ${summary.id.padEnd(24)} ${chunks.map((c) => c.file).join(', ') || 'none'}  gzip ${kb(total)}`);
}

if (failures.length > 0) {
  console.error(`FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('OK: initial JS within target; every registered scene view in its own lazy chunk');
}
