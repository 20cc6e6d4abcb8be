// Live equals final: the fire the view folds event by event (applyFireEvent, no observer) is the
// fire the scorer folds, and the live scorer fed any batches (with reports on the way) gives the
// report of the whole log at once — for seeded random logs and simulated attempts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import type { Agent, FireClass, FireHints, FireMistake } from '../../../../scenes/fire-extinguisher';
import { agents, applyFireEvent, createFireState, fireClasses, fireExtinguisherRubric, fireExtinguisherRules, FireFold } from '../../../../scenes/fire-extinguisher';
import { createLiveScorer } from '../../../../scenes/rubric/liveScorer';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { createSeededRandom } from '../../../../scenes/rubric/seededRandom';

const pickOne = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A random but plausible attempt: mostly nozzle samples near the fire, the other events mixed in. */
function randomLog(seed: number): { fireClass: FireClass; events: AttemptEvent[] } {
  const random = createSeededRandom(seed);
  const fireClass = pickOne(random, fireClasses);
  const length = 200 + Math.floor(random() * 1300);
  const events: AttemptEvent[] = [];
  let t = Math.floor(random() * 3000);
  let aimX = 0;
  let stance = [0, 1, -0.5];
  for (let i = 0; i < length; i++) {
    const roll = random();
    // Mostly 11–33 ms apart, sometimes the same ms, sometimes a dropped-frame gap.
    t += roll < 0.05 ? 0 : roll < 0.08 ? 200 + Math.floor(random() * 2000) : 11 + Math.floor(random() * 23);
    const kind = random();
    let type = 'nozzle';
    let data: Record<string, unknown>;
    if (kind < 0.01) [type, data] = ['alarm', {}];
    else if (kind < 0.025) [type, data] = ['pick', { agent: pickOne<Agent>(random, agents) }];
    else if (kind < 0.04) [type, data] = ['pin', {}];
    else if (kind < 0.045) [type, data] = ['ui', { button: 'x' }];
    else {
      // The learner moves now and then, from right at the fire to 4 m off.
      if (random() < 0.02) stance = [-1 + 2 * random(), 0.4 + random(), -4.2 + 4.2 * random()];
      const p = stance.map((c) => c + (random() - 0.5) * 0.02);
      aimX = Math.max(-0.8, Math.min(0.8, aimX + (random() - 0.5) * 0.3));
      const target = [aimX, 0.2, -3 + (random() - 0.5) * 0.9];
      const v = random() < 0.1 ? [random() - 0.5, random() - 0.5, random() - 0.5] : [target[0]! - p[0]!, target[1]! - p[1]!, target[2]! - p[2]!];
      const length3 = Math.hypot(v[0]!, v[1]!, v[2]!) || 1;
      data = { p, d: v.map((c) => c / length3), squeeze: random() < 0.85 };
      if (Math.hypot(...(data.d as number[])) < 0.99) data.d = [0, -1, 0];
    }
    events.push({ seq: events.length + 1, t, type, data });
  }
  return { fireClass, events };
}

function liveEqualsWhole(fireClass: FireClass, events: readonly AttemptEvent[], batchSizes: readonly number[]): void {
  for (const event of events) expect(fireExtinguisherRules.validateEvent(event)).toBeUndefined();
  const fold = new FireFold(fireClass);
  const live = createLiveScorer(fireExtinguisherRubric, fold);
  const view = createFireState(fireClass);
  let next = 0;
  for (let batch = 0; next < events.length; batch += 1) {
    const size = batchSizes[batch % batchSizes.length]!;
    const slice = events.slice(next, next + size);
    if (size % 2 === 0) live.pushAll(slice);
    else for (const event of slice) live.push(event);
    for (const event of slice) applyFireEvent(view, event);
    next += size;
    // The view's fire is the scorer's at every step, and a report on the way changes nothing.
    expect(view).toEqual(fold.state);
    live.report();
  }
  expect(live.report()).toEqual(scoreLog(fireExtinguisherRules, events, { fireClass }));
}

const splits = fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 8 });

describe('fire-extinguisher: live and whole-log folds agree', () => {
  it('for seeded random logs split into any batches', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 }), splits, (seed, sizes) => {
        const { fireClass, events } = randomLog(seed);
        liveEqualsWhole(fireClass, events, sizes);
      }),
      { numRuns: 80 },
    );
  });

  it('for simulated attempts split into any batches', () => {
    const skill = fc.constantFrom('expert', 'competent', 'novice') as fc.Arbitrary<FireHints['skill']>;
    const mistakes = fc.subarray<FireMistake>(['water', 'too-close', 'no-alarm', 'no-pin', 'give-up']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(...fireClasses), skill, mistakes, splits, (seed, fireClass, s, m, sizes) => {
        const events = fireExtinguisherRules.simulate({ seed, params: { fireClass }, hints: { skill: s, mistakes: m } });
        liveEqualsWhole(fireClass, events, sizes);
      }),
      { numRuns: 40 },
    );
  });

  it('the random logs exercise the rules (not all trivially empty)', () => {
    const reports = Array.from({ length: 60 }, (_, seed) => {
      const { fireClass, events } = randomLog(seed + 1);
      return scoreLog(fireExtinguisherRules, events, { fireClass });
    });
    const ids = new Set(reports.flatMap((r) => r.critical.map((e) => e.id)));
    expect(ids).toEqual(new Set(['wrong-agent', 'too-close', 'fire-not-out']));
    expect(reports.some((r) => r.criteria.find((c) => c.id === 'aim')!.score > 0)).toBe(true);
    expect(reports.some((r) => r.criteria.find((c) => c.id === 'sweep')!.score > 0)).toBe(true);
    expect(reports.filter((r) => r.criteria.find((c) => c.id === 'extinguished')!.score === 1).length).toBeGreaterThanOrEqual(3);
  });
});
