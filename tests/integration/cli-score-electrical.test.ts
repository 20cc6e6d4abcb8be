// The offline re-scoring CLI on the electrical-isolation scene: the stored sample logs under
// tests/fixtures/electrical-isolation score from the command line exactly as in-process.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { AttemptEvent } from '../../scenes/rubric/events';
import { electricalIsolationRules } from '../../scenes/electrical-isolation';
import { scoreLog } from '../../scenes/rubric/scoreLog';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const fixture = (name: string) => join(repoRoot, 'tests/fixtures/electrical-isolation', `${name}.ndjson`);
const readLog = (path: string) => readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as AttemptEvent);

function runScore(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', 'score', '--', ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('npm run -s score -- electrical-isolation', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vocaxr-cli-electrical-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['expert', 100, []],
    ['swapped-n-pe', 72, ['energised-miswired']],
  ] as const)('scores the %s sample log as in-process', async (name, total, critical) => {
    const run = await runScore(['electrical-isolation', fixture(name)]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as ReturnType<typeof scoreLog>;
    expect(report).toEqual(scoreLog(electricalIsolationRules, readLog(fixture(name)), {}));
    expect(report.total).toBe(total);
    expect(report.critical.map((e) => e.id)).toEqual(critical);
  });

  it('refuses an action the standard does not define, naming the line and the field', async () => {
    const path = join(dir, 'bad.ndjson');
    const bad = { seq: 2, t: 2000, type: 'action', data: { name: 'breaker', circuit: 'C9', on: false } };
    writeFileSync(path, `${readFileSync(fixture('expert'), 'utf8').split('\n')[0]}\n${JSON.stringify(bad)}\n`);
    const run = await runScore(['electrical-isolation', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/bad\.ndjson:2: invalid event: action event data\.circuit/);
  });
});
