// Prints the client bundle's weight: the initial JS and CSS that login and home load (the
// entry and what index.html preloads), gzip-compressed, and every lazily loaded chunk.
// Run after a build: npx vite build && npx tsx bench/bundle.ts
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = resolve(import.meta.dirname, '../dist/client');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!));
const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

let initialGzip = 0;
console.log('initial (login and home):');
for (const file of initial) {
  const size = gz(file);
  initialGzip += size;
  console.log(`  ${file.padEnd(48)} ${kb(statSync(join(dist, file)).size).padStart(10)}  gzip ${kb(size)}`);
}
console.log(`  total gzip ${kb(initialGzip)} (target <= 300 KB)`);
console.log('lazy chunks:');
for (const file of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.has(`assets/${f}`)).sort()) {
  console.log(`  assets/${file.padEnd(41)} ${kb(statSync(join(dist, 'assets', file)).size).padStart(10)}  gzip ${kb(gz(`assets/${file}`))}`);
}
