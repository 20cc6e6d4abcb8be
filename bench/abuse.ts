// The abuse benchmark (docs/security.md): runs every attack scenario in bench/abuse/ against a
// fresh real server each and prints the figures the hardening issue names, one table per scenario.
// Run: npx tsx bench/abuse.ts [scenario ...]   (scenarios: the file names in bench/abuse/)
import { readdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Scenario = { run(): Promise<Record<string, string | number>> };

const folder = join(import.meta.dirname, 'abuse');
const wanted = process.argv.slice(2);
const names = readdirSync(folder)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => basename(file, '.ts'))
  .filter((name) => wanted.length === 0 || wanted.includes(name))
  .sort();

console.log(`abuse benchmark, ${new Date().toISOString()}, Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
for (const name of names) {
  const scenario = (await import(pathToFileURL(join(folder, `${name}.ts`)).href)) as Scenario;
  const started = performance.now();
  const figures = await scenario.run();
  console.log(`\n## ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const width = Math.max(...Object.keys(figures).map((label) => label.length));
  for (const [label, value] of Object.entries(figures)) console.log(`${label.padEnd(width)}  ${value}`);
}
process.exit(0);
