// What every registered scene must satisfy, as checks returning the problems they find (empty:
// conforms), so the conformance test can run them over the registry and prove on a broken scene
// that they catch what they claim to. Each check names the scene and the id at fault.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { LocalizedText } from '../../../../scenes/protocol/rest';
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import { judgementPointsPerStandard } from '../../../../scenes/rubric/judgementAspects';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { createSeededRandom } from '../../../../scenes/rubric/seededRandom';
import type { SceneRules } from '../../../../scenes/types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any scene, whatever its params
type AnyScene = SceneRules<any, any>;

export const scenesDir = join(import.meta.dirname, '../../../../scenes');

/** Letters only Vietnamese uses (tones and ă â ê ô ơ ư đ): real Vietnamese text has some. */
const vietnameseLetter = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

function localized(where: string, text: LocalizedText | undefined): string[] {
  if (!text) return [`${where}: missing`];
  const problems: string[] = [];
  if (!text.vi?.trim()) problems.push(`${where}: no Vietnamese`);
  else if (!vietnameseLetter.test(text.vi)) problems.push(`${where}: Vietnamese without diacritics ("${text.vi}")`);
  if (!text.en?.trim()) problems.push(`${where}: no English`);
  return problems;
}

/** The catalogue entry: id = its folder, titles, the rubric's criteria and weights (sum 100). */
export function catalogueProblems(rules: AnyScene): string[] {
  const { summary, rubric } = rules;
  const problems: string[] = [];
  if (!existsSync(join(scenesDir, summary.id, 'index.ts'))) problems.push(`${summary.id}: no folder scenes/${summary.id}/ with index.ts`);
  if (rubric.sceneId !== summary.id) problems.push(`${summary.id}: rubric names scene ${rubric.sceneId}`);
  if (!summary.title.vi?.trim() || !summary.title.en?.trim()) problems.push(`${summary.id}: title needs vi and en`);
  if (!summary.occupation.trim()) problems.push(`${summary.id}: no occupation`);
  if (summary.rubricVersion !== rubric.rubricVersion) problems.push(`${summary.id}: summary rubricVersion ${summary.rubricVersion}, rubric ${rubric.rubricVersion}`);
  const weights = rubric.criteria.map(({ id, weight }) => ({ id, weight }));
  if (!isDeepStrictEqual(summary.criteria, weights)) problems.push(`${summary.id}: summary criteria differ from the rubric's`);
  const sum = rubric.criteria.reduce((total, c) => total + c.weight, 0);
  if (Math.abs(sum - 100) > 1e-9) problems.push(`${summary.id}: weights add up to ${sum}`);
  if (!(rubric.passMark > 0 && rubric.passMark <= 100)) problems.push(`${summary.id}: pass mark ${rubric.passMark}`);
  return problems;
}

/** Names and advice in vi and en for every criterion and critical error; step names too. */
export function textProblems(rules: AnyScene): string[] {
  const id = rules.summary.id;
  const ids = [...rules.rubric.criteria.map((c) => c.id), ...rules.rubric.criticalIds];
  return [
    ...ids.flatMap((key) => [...localized(`${id} name of ${key}`, rules.names[key]), ...localized(`${id} advice for ${key}`, rules.advice[key])]),
    ...rules.procedureSteps.flatMap((step) => localized(`${id} step ${step.criterionId}/${step.id}`, step.name)),
    ...rules.judgementAspects.flatMap((aspect) => localized(`${id} judgement aspect ${aspect.id}`, aspect.descriptor)),
  ];
}

/** Judgement aspects (MARKING): unique ids, whole max adding up to 20, the same in the catalogue. */
export function judgementProblems(rules: AnyScene): string[] {
  const id = rules.summary.id;
  const aspects = rules.judgementAspects;
  const problems: string[] = [];
  if (aspects.length === 0) problems.push(`${id}: no judgement aspects for exams`);
  if (new Set(aspects.map((a) => a.id)).size !== aspects.length) problems.push(`${id}: judgement aspect ids repeat`);
  const sum = aspects.reduce((total, a) => total + a.max, 0);
  if (aspects.length > 0 && sum !== judgementPointsPerStandard) problems.push(`${id}: judgement aspects add up to ${sum}, not ${judgementPointsPerStandard}`);
  if (aspects.some((a) => !(Number.isInteger(a.max) && a.max > 0))) problems.push(`${id}: a judgement aspect's max is not a positive whole number`);
  if (!isDeepStrictEqual(rules.summary.judgementAspects ?? [], [...aspects])) problems.push(`${id}: catalogue judgement aspects differ from the rules'`);
  return problems;
}

/** Something to review: measured parameters or procedure steps, each step under a scored criterion. */
export function reviewProblems(rules: AnyScene): string[] {
  const id = rules.summary.id;
  const problems: string[] = [];
  if (rules.measuredParameters.length === 0 && rules.procedureSteps.length === 0) problems.push(`${id}: neither measured parameters nor procedure steps`);
  const eventCriteria = new Set(rules.rubric.criteria.filter((c) => c.scoredBy === 'events').map((c) => c.id));
  const seen = new Set<string>();
  for (const step of rules.procedureSteps) {
    if (!eventCriteria.has(step.criterionId)) problems.push(`${id}: step ${step.id} under ${step.criterionId}, not a criterion scored from events`);
    const key = `${step.criterionId}/${step.id}`;
    if (seen.has(key)) problems.push(`${id}: step ${key} declared twice`);
    seen.add(key);
  }
  if (new Set(rules.measuredParameters.map((p) => p.id)).size !== rules.measuredParameters.length) problems.push(`${id}: measured parameter ids repeat`);
  return problems;
}

/** A log as the server would store it: every event valid, seq 1..n, t never going back. */
export function logProblems(rules: AnyScene, events: readonly AttemptEvent[], what: string): string[] {
  const problems: string[] = [];
  if (events.length === 0) problems.push(`${what}: empty log`);
  events.forEach((event, index) => {
    const invalid = rules.validateEvent(event);
    if (invalid !== undefined) problems.push(`${what}: event seq ${event.seq} invalid: ${invalid}`);
    if (event.seq !== index + 1) problems.push(`${what}: event ${index} has seq ${event.seq}`);
    if (index > 0 && event.t < events[index - 1]!.t) problems.push(`${what}: event seq ${event.seq} goes back in time`);
  });
  return problems.slice(0, 5);
}

/** Splits `events` into batches of random sizes (1..maxBatch), as a live connection delivers them. */
export function randomBatches<T>(events: readonly T[], seed: number, maxBatch = 40): T[][] {
  const random = createSeededRandom(seed);
  const batches: T[][] = [];
  for (let i = 0; i < events.length; ) {
    const size = 1 + Math.floor(random() * maxBatch);
    batches.push(events.slice(i, i + size));
    i += size;
  }
  return batches;
}

/**
 * Replay determinism for one simulated attempt: the same plan gives the same log; scoring it
 * twice gives the same report; the live scorer fed random batches agrees with scoreLog; the
 * timeline is the same twice, names steps the scene declares and criticals the report has.
 */
export function determinismProblems(rules: AnyScene, seed: number, hints?: object): string[] {
  const id = rules.summary.id;
  const what = `${id} seed ${seed}`;
  const params = rules.drawParams(createSeededRandom(seed));
  const problems: string[] = [];
  const reading = rules.paramsSchema.safeParse(params);
  if (!reading.success) return [`${what}: drawParams gave ${JSON.stringify(params)}, which paramsSchema refuses`];
  const plan = { seed, params, hints };
  const events = rules.simulate(plan);
  problems.push(...logProblems(rules, events, what));
  if (!isDeepStrictEqual(rules.simulate(plan), events)) problems.push(`${what}: simulate gave two different logs`);
  const report = scoreLog(rules, events, params);
  if (!isDeepStrictEqual(scoreLog(rules, events, params), report)) problems.push(`${what}: scoring twice differs`);
  const live = rules.createScorer(reading.data);
  for (const batch of randomBatches(events, seed + 1)) live.pushAll(batch);
  if (!isDeepStrictEqual(live.report(), report)) problems.push(`${what}: live scorer in batches differs from scoreLog`);
  const timeline = rules.timeline(events, reading.data);
  if (!isDeepStrictEqual(rules.timeline(events, reading.data), timeline)) problems.push(`${what}: timeline differs twice`);
  if (rules.procedureSteps.length > 0 && timeline.length === 0) problems.push(`${what}: a procedure scene with an empty timeline`);
  const steps = new Set(rules.procedureSteps.map((s) => `${s.criterionId}/${s.id}`));
  const seqs = new Map(events.map((e) => [e.seq, e.t]));
  for (const entry of timeline) {
    if (seqs.get(entry.seq) !== entry.t) problems.push(`${what}: timeline entry seq ${entry.seq} at t ${entry.t} is not an event of the log`);
    if (!entry.label.vi?.trim() || !entry.label.en?.trim()) problems.push(`${what}: timeline entry seq ${entry.seq} has no label in vi and en`);
    if (entry.step && !steps.has(`${entry.step.criterionId}/${entry.step.id}`)) problems.push(`${what}: timeline step ${entry.step.criterionId}/${entry.step.id} is not declared`);
    for (const critical of entry.critical ?? []) {
      if (!report.critical.some((c) => c.id === critical && c.t === entry.t)) problems.push(`${what}: timeline critical ${critical} at ${entry.t} is not in the report there`);
    }
  }
  return problems;
}

/** The scene's 3D view, found by convention (contract 3). */
export function viewProblems(rules: AnyScene): string[] {
  const file = join(scenesDir, rules.summary.id, 'view', 'index.tsx');
  return existsSync(file) ? [] : [`${rules.summary.id}: no view at scenes/${rules.summary.id}/view/index.tsx`];
}
