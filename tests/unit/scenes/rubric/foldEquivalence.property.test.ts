// The live fold and the whole-log fold must give the same report to the bit, however the log
// is cut into batches and however often report() is called on the way.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { AttemptEvent } from '../../../../scenes/rubric/events';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { tankRules } from './support/tankScene';

const tankEvent = fc.oneof(
  fc.record({ type: fc.constant('reading'), data: fc.record({ level: fc.double({ min: 0, max: 100, noNaN: true }) }) }),
  fc.record({ type: fc.constant('gap'), data: fc.constant({}) }),
  fc.record({ type: fc.constant('dip'), data: fc.record({ x: fc.double({ min: -0.2, max: 1.2, noNaN: true }) }) }),
  fc.record({ type: fc.constant('step'), data: fc.record({ name: fc.constantFrom('open', 'check', 'close') }) }),
  fc.record({ type: fc.constant('seal'), data: fc.constant({}) }),
  fc.record({ type: fc.constant('ui'), data: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 2 }) }),
);

/** Logs with irregular, sometimes repeated, sometimes fractional times. */
export const tankLog = fc
  .array(fc.tuple(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 400, noNaN: true })), tankEvent), { maxLength: 120 })
  .map((items) => {
    let t = 0;
    return items.map(([dt, event], index): AttemptEvent => {
      t += dt;
      return { seq: index + 1, t, ...event };
    });
  });

describe('live and whole-log scoring agree', () => {
  it('for any batch sizes and mid-stream reports', () => {
    fc.assert(
      fc.property(
        tankLog,
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 50, max: 100 }),
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
        (events, batchSizes, highLevel, tidiness) => {
          const params = { highLevel };
          const options = tidiness === undefined ? undefined : { judgements: { tidiness } };
          const live = tankRules.createScorer(params);
          let next = 0;
          for (let batch = 0; next < events.length; batch += 1) {
            const size = batchSizes[batch % batchSizes.length]!;
            live.pushAll(events.slice(next, next + size));
            next += size;
            live.report(options); // a live view's look must not disturb the fold
          }
          const atOnce = tankRules.createScorer(params);
          atOnce.pushAll(events);
          expect(live.report(options)).toEqual(atOnce.report(options));
          expect(live.report()).toEqual(scoreLog(tankRules, events, params));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reports stay within their bounds and add up', () => {
    fc.assert(
      fc.property(tankLog, (events) => {
        const report = scoreLog(tankRules, events, { highLevel: 70 });
        expect(report.total).toBeGreaterThanOrEqual(0);
        expect(report.total).toBeLessThanOrEqual(100);
        const sum = report.criteria.reduce((total, c) => total + c.points, 0);
        expect(Math.abs(report.total - sum)).toBeLessThanOrEqual(0.05 + 1e-9);
        for (const c of report.criteria) {
          expect(c.score).toBeGreaterThanOrEqual(0);
          expect(c.score).toBeLessThanOrEqual(1);
          expect(Math.abs(c.points - c.weight * c.score)).toBeLessThanOrEqual(0.005 + 1e-9);
        }
        expect(new Set(report.critical.map((e) => e.id)).size).toBe(report.critical.length);
        expect(report.durationMs).toBe(events.at(-1)?.t ?? 0);
      }),
      { numRuns: 200 },
    );
  });
});
