// The offline re-scoring CLI on the fire-extinguisher scene: the fire class comes from --params
// (the server's stored copy), and the sample logs under tests/fixtures/fire-extinguisher score
// from the command line exactly as in-process.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AttemptEvent } from '../../scenes/rubric/events';
import { fireExtinguisherRules } from '../../scenes/fire-extinguisher';
import { scoreLog } from '../../scenes/rubric/scoreLog';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(repoRoot, 'tests/fixtures/fire-extinguisher', `${name}.ndjson`);
const readLog = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as AttemptEvent);

function runScore(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', 'score', '--', ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('npm run -s score -- fire-extinguisher', () => {
  it.each([
    // foam puts out A and B alike; the water log is wrong-agent on B only (it gives up: not out on either)
    ['foam-on-b', 'B', 100, []],
    ['foam-on-b', 'A', 100, []],
    ['water-on-b', 'B', 60, ['wrong-agent', 'fire-not-out']],
    ['water-on-b', 'A', 85, ['fire-not-out']],
  ] as const)('scores %s on a class %s fire as in-process', async (name, fireClass, total, critical) => {
    const run = await runScore(['fire-extinguisher', fixture(name), '--params', JSON.stringify({ fireClass })]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ReturnType<typeof scoreLog>;
    expect(report).toEqual(scoreLog(fireExtinguisherRules, readLog(fixture(name)), { fireClass }));
    expect(report.total).toBe(total);
    expect(report.critical.map((e) => e.id)).toEqual(critical);
  });

  it('needs the fire class: no params, or another class, is refused', async () => {
    const none = await runScore(['fire-extinguisher', fixture('foam-on-b')]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/params\.fireClass: .*\(scene fire-extinguisher\)/);
    const other = await runScore(['fire-extinguisher', fixture('foam-on-b'), '--params', '{"fireClass":"D"}']);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/params\.fireClass/);
  });
});
