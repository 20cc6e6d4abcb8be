// Live (any batch sizes, report() on the way) and whole-log welding reports are identical.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { scoreLiveInBatches } from '../support/liveScoring';
import { weldingBeadRules } from '../../../../scenes/welding-bead';
import { torchData } from './support/weldLog';

const torchEvent = fc
  .record({
    x: fc.double({ min: -0.11, max: 0.11, noNaN: true }),
    ctwdMm: fc.double({ min: 2, max: 30, noNaN: true }),
    travelDeg: fc.double({ min: -30, max: 40, noNaN: true }),
    workDeg: fc.double({ min: -25, max: 25, noNaN: true }),
    aimMm: fc.double({ min: -8, max: 8, noNaN: true }),
    arc: fc.boolean(),
  })
  .map((pose) => ({ type: 'torch', data: torchData(pose) }));

const pointingUp = fc.constantFrom([0, 1, 0], [1, 0, 0], [0, 0.6, -0.8]).map((d) => ({ type: 'torch', data: { p: [0, 1, -0.45], d, arc: true } }));

const weldingEvent = fc.oneof(
  { weight: 12, arbitrary: torchEvent },
  { weight: 1, arbitrary: pointingUp },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('ppe'), data: fc.record({ item: fc.constantFrom('helmet', 'gloves'), worn: fc.boolean() }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('grab', 'release', 'ui'), data: fc.constant({}) }) },
);

const weldingLog = fc
  .array(fc.tuple(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 }), fc.double({ min: 0, max: 700, noNaN: true })), weldingEvent), {
    maxLength: 300,
  })
  .map((items) => {
    let t = 0;
    return items.map(([dt, event], index): AttemptEvent => {
      t += dt;
      return { seq: index + 1, t, ...event };
    });
  });

describe('welding-bead: live and whole-log scoring agree', () => {
  it('for any log, batch sizes and mid-stream reports', () => {
    fc.assert(
      fc.property(weldingLog, fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 10 }), (events, batchSizes) => {
        for (const event of events) expect(weldingBeadRules.validateEvent(event)).toBeUndefined();
        const whole = scoreLog(weldingBeadRules, events);
        const live = scoreLiveInBatches(weldingBeadRules, {}, events, batchSizes);
        expect(live).toEqual(whole);
        expect(Object.is(live.total, whole.total)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
