// Offline re-scoring (docs/protocol.md §4): `npm run -s score -- <sceneId> <events.ndjson> [--params '<json>']`
// streams a stored log through the scene's scorer and prints the ScoreReport as JSON on stdout,
// and nothing else there. Exit 0 on success; 1 for a bad scene, file, line, event or params; 2 for
// a bad command line. Every failure is one line on stderr that says what and where. npm itself
// prints a "> vocaxr@… score" banner on stdout unless run with `-s`, so the usage says `-s`
// rather than the repository silencing npm for every command (an `npm install` that prints nothing).
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ScoreReport } from '../../scenes/rubric/report';
import { findScene, sceneRegistry } from '../../scenes/registry';
import { readSceneParams } from '../../scenes/rubric/scoreLog';

const usage = "usage: npm run -s score -- <sceneId> <events.ndjson> [--params '<json>']";

class ScoreCliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
  }
}

interface ScoreArguments {
  sceneId: string;
  file: string;
  paramsJson: string | undefined;
}

function parseArguments(argv: readonly string[]): ScoreArguments | 'help' {
  const positional: string[] = [];
  let paramsJson: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '-h' || arg === '--help') return 'help';
    if (arg === '--params') {
      if (i + 1 >= argv.length) throw new ScoreCliError(`--params needs a JSON value; ${usage}`, 2);
      paramsJson = argv[++i];
    } else if (arg.startsWith('--params=')) paramsJson = arg.slice('--params='.length);
    else if (arg.startsWith('-') && arg !== '-') throw new ScoreCliError(`unknown option ${arg}; ${usage}`, 2);
    else positional.push(arg);
  }
  if (positional.length !== 2) throw new ScoreCliError(usage, 2);
  return { sceneId: positional[0]!, file: positional[1]!, paramsJson };
}

function parseParamsJson(paramsJson: string | undefined): unknown {
  if (paramsJson === undefined) return undefined;
  try {
    return JSON.parse(paramsJson) as unknown;
  } catch (error) {
    throw new ScoreCliError(`--params is not valid JSON (${(error as Error).message})`, 1);
  }
}

async function scoreFile({ sceneId, file, paramsJson }: ScoreArguments): Promise<ScoreReport> {
  const scene = findScene(sceneId);
  if (!scene) {
    const known = sceneRegistry.map((s) => s.summary.id).join(', ');
    throw new ScoreCliError(`unknown scene '${sceneId}' (known: ${known})`, 1);
  }
  const params = readSceneParams(scene, parseParamsJson(paramsJson));
  if (!params.ok) throw new ScoreCliError(params.message, 1);
  const scorer = scene.createScorer(params.params);

  const input = createReadStream(file, { encoding: 'utf8' });
  const failed = (error: unknown) => new ScoreCliError(`cannot read ${file}: ${(error as Error).message}`, 1);
  try {
    await once(input, 'open');
  } catch (error) {
    throw failed(error);
  }
  // readline does not surface every stream error (EISDIR comes on the first read); catch it here.
  let readError: unknown;
  input.on('error', (error) => (readError = error));
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });

  let lineNumber = 0;
  let lastSeq = 0;
  let lastT = 0;
  try {
    for await (const rawLine of lines) {
      lineNumber += 1;
      const line = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, '') : rawLine;
      if (line.trim() === '') continue; // a trailing blank line is not an event
      const at = `${file}:${lineNumber}`;
      let event: unknown;
      try {
        event = JSON.parse(line) as unknown;
      } catch (error) {
        throw new ScoreCliError(`${at}: not valid JSON (${(error as Error).message})`, 1);
      }
      const problem = scene.validateEvent(event);
      if (problem !== undefined) throw new ScoreCliError(`${at}: invalid event: ${problem}`, 1);
      const valid = event as { seq: number; t: number; type: string; data: Record<string, unknown> };
      // The log of §3 holds seq 1..n with no holes, t never going back; nothing else is scored.
      if (valid.seq !== lastSeq + 1) {
        const why = valid.seq > lastSeq + 1 ? 'the log has a hole' : 'events must be in seq order';
        throw new ScoreCliError(`${at}: seq ${valid.seq} after seq ${lastSeq}: ${why}`, 1);
      }
      if (valid.t < lastT) throw new ScoreCliError(`${at}: t ${valid.t} is before the previous event's t ${lastT}`, 1);
      lastSeq = valid.seq;
      lastT = valid.t;
      scorer.push(valid);
    }
  } catch (error) {
    if (error instanceof ScoreCliError) throw error;
    throw failed(error);
  } finally {
    input.destroy();
  }
  if (readError !== undefined) throw failed(readError);
  return scorer.report();
}

async function main(argv: readonly string[]): Promise<number> {
  try {
    const args = parseArguments(argv);
    if (args === 'help') {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    const report = await scoreFile(args);
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`score: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return error instanceof ScoreCliError ? error.exitCode : 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
