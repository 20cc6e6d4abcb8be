// Live (any batch split, report() on the way) and whole-log electrical reports are identical, for
// simulated attempts and for random action sequences; and the timeline's errors match the report's.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import { electricalIsolationRules } from '../../../../scenes/electrical-isolation';
import { circuitIds } from '../../../../scenes/electrical-isolation';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { scoreLiveInBatches } from '../support/liveScoring';

const conductor = fc.constantFrom('L', 'N', 'PE');
const terminal = fc.constantFrom('L', 'N', 'E');
const actionData = fc.oneof(
  fc.record({ name: fc.constant('ppe'), item: fc.constantFrom('gloves', 'glasses'), worn: fc.boolean() }),
  fc.record({ name: fc.constant('breaker'), circuit: fc.constantFrom(...circuitIds), on: fc.boolean() }),
  fc.record({ name: fc.constant('lock'), circuit: fc.constantFrom('C3', 'main', 'C4'), applied: fc.boolean() }),
  fc.record({ name: fc.constant('prove') }),
  fc.record({ name: fc.constant('test-dead'), pair: fc.constantFrom('L-N', 'L-E', 'N-E') }),
  fc.record({ name: fc.constant('faceplate'), removed: fc.boolean() }),
  fc.record({ name: fc.constant('touch'), part: fc.constantFrom('L', 'N', 'PE', 'terminal') }),
  fc.record({ name: fc.constant('connect'), conductor, terminal }),
  fc.record({ name: fc.constant('disconnect'), conductor }),
  fc.record({ name: fc.constant('torque'), terminal, nm: fc.constantFrom(0.3, 0.6, 0.8, 1.0, 1.4) }),
  fc.record({ name: fc.constant('socket-test') }),
);
const anyEvent = fc.oneof(
  { weight: 10, arbitrary: actionData.map((data) => ({ type: 'action', data: data as Record<string, unknown> })) },
  { weight: 1, arbitrary: fc.constant({ type: 'ui', data: {} }) },
);
const randomLog = fc.array(fc.tuple(fc.integer({ min: 0, max: 9000 }), anyEvent), { maxLength: 120 }).map((items) => {
  let t = 0;
  return items.map(([dt, event], index): AttemptEvent => {
    t += dt;
    return { seq: index + 1, t, ...event };
  });
});
const skill = fc.constantFrom('expert', 'competent', 'careless', 'novice') as fc.Arbitrary<'expert'>;
const mistake = fc.constantFrom(undefined, 'touched-live', 'no-ppe', 'not-proven-dead', 'energised-miswired', 'left-unsafe', 'wrong-circuit', 'skip-prove', 'loose-torque', 'swap-N-PE') as fc.Arbitrary<undefined>;
const simulatedLog = fc.tuple(fc.integer({ min: 1, max: 1e6 }), skill, mistake).map(([seed, s, m]) => electricalIsolationRules.simulate({ seed, params: {}, hints: { skill: s, mistake: m } }));

function liveEqualsWhole(events: readonly AttemptEvent[], batchSizes: readonly number[]): void {
  for (const event of events) expect(electricalIsolationRules.validateEvent(event)).toBeUndefined();
  const whole = scoreLog(electricalIsolationRules, events, {});
  expect(scoreLiveInBatches(electricalIsolationRules, {}, events, batchSizes)).toEqual(whole);
  // The timeline runs the same fold: its errors are the report's, at the same t.
  const fromTimeline = electricalIsolationRules.timeline(events, {}).flatMap((e) => e.critical ?? []);
  expect(fromTimeline).toEqual(whole.critical.map((e) => e.id));
}

const splits = fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 8 });

describe('electrical-isolation: live and whole-log scoring agree', () => {
  it('for simulated attempts split into any batches', () => {
    fc.assert(fc.property(simulatedLog, splits, liveEqualsWhole), { numRuns: 150 });
  });

  it('for random action sequences split into any batches', () => {
    fc.assert(fc.property(randomLog, splits, liveEqualsWhole), { numRuns: 300 });
  });
});
