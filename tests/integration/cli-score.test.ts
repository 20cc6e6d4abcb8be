// The offline re-scoring CLI (docs/protocol.md §4), run the way the contract tells people to,
// `npm run -s score -- ...`, as a real process against temporary files.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptEvent } from '../../scenes/rubric/events';
import { scoreLog } from '../../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../../scenes/welding-bead';
import { simulateWeld } from '../../scenes/welding-bead/simulatedWelder';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `npm run -s score -- <args>`: npm's `-s` keeps its "> vocaxr@… score" banner off stdout. */
function runScore(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '-s', 'score', '--', ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

const ndjson = (events: readonly unknown[]) => `${events.map((e) => JSON.stringify(e)).join('\n')}\n`;

describe('npm run -s score', () => {
  let dir: string;
  let goodEvents: AttemptEvent[];
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vocaxr-cli-score-'));
    goodEvents = simulateWeld({ unsteadiness: 1, seed: 5 });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the ScoreReport of a good log, the same as scoring it in-process, and nothing else on stdout', async () => {
    const path = file('good.ndjson', ndjson(goodEvents));
    const run = await runScore(['welding-bead', path]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Only the JSON: no npm banner before it, no log line after it, so `| jq` works.
    expect(run.stdout.startsWith('{')).toBe(true);
    expect(run.stdout.endsWith('}\n')).toBe(true);
    const report = JSON.parse(run.stdout) as unknown;
    expect(report).toEqual(scoreLog(weldingBeadRules, goodEvents));
    expect(report).toMatchObject({ sceneId: 'welding-bead', passed: true });
  });

  it('accepts --params for a scene without variants when it is an empty object, CRLF lines and a trailing blank line', async () => {
    const path = file('crlf.ndjson', `${goodEvents.map((e) => JSON.stringify(e)).join('\r\n')}\r\n\r\n`);
    const run = await runScore(['welding-bead', path, '--params', '{}']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { total: number }).total).toBe(scoreLog(weldingBeadRules, goodEvents).total);
  });

  it('refuses an unknown scene', async () => {
    const run = await runScore(['no-such-scene', file('any.ndjson', ndjson(goodEvents))]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^score: unknown scene 'no-such-scene' \(known: .*welding-bead.*\)\n$/);
  });

  it('refuses a malformed line, naming it', async () => {
    const lines = goodEvents.slice(0, 4).map((e) => JSON.stringify(e));
    lines[2] = lines[2]!.slice(0, 20);
    const path = file('malformed.ndjson', `${lines.join('\n')}\n`);
    const run = await runScore(['welding-bead', path]);
    expect(run.code).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(new RegExp(`^score: .*malformed\\.ndjson:3: not valid JSON \\(.+\\)\\n$`));
  });

  it('refuses an invalid event, naming the line and the field', async () => {
    const events: unknown[] = goodEvents.slice(0, 5);
    events[4] = { seq: 5, t: 600, type: 'torch', data: { p: [0, 1, 'x'], d: [0, -1, 0], arc: true } };
    const run = await runScore(['welding-bead', file('invalid.ndjson', ndjson(events))]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/invalid\.ndjson:5: invalid event: torch event data\.p\[2\]: .*\n$/);
  });

  it('refuses a log with a hole in seq', async () => {
    const events = [...goodEvents.slice(0, 3), ...goodEvents.slice(4, 6)];
    const run = await runScore(['welding-bead', file('hole.ndjson', ndjson(events))]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/hole\.ndjson:4: seq 5 after seq 3: the log has a hole\n$/);
  });

  it('refuses a missing file, bad --params JSON and a bad command line', async () => {
    const missing = await runScore(['welding-bead', join(dir, 'missing.ndjson')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/^score: cannot read .*missing\.ndjson: ENOENT/);

    const badParams = await runScore(['welding-bead', file('p.ndjson', ndjson(goodEvents)), '--params', '{oops']);
    expect(badParams.code).not.toBe(0);
    expect(badParams.stderr).toMatch(/^score: --params is not valid JSON/);

    const usage = await runScore(['welding-bead']);
    expect(usage.code).toBe(2);
    expect(usage.stdout).toBe('');
    expect(usage.stderr).toMatch(/^score: usage: npm run -s score -- <sceneId> <events\.ndjson>/);
  });
});
