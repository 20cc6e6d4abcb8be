// Synthetic welders: a steady one passes with a high total, a careless one does not.
import { describe, expect, it } from 'vitest';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../../../../scenes/welding-bead';
import { simulateWeld } from '../../../../scenes/welding-bead/simulatedWelder';

describe('a realistic good weld (+X at 6 mm/s, 10 degree push, CTWD 11 mm, 60 Hz)', () => {
  it('produces only valid events', () => {
    const events = simulateWeld({ unsteadiness: 1, seed: 11 });
    for (const event of events) expect(weldingBeadRules.validateEvent(event)).toBeUndefined();
    expect(events.filter((e) => e.type === 'torch').length).toBeGreaterThan(60 * 33);
  });

  it('scores 100 when held perfectly', () => {
    const report = scoreLog(weldingBeadRules, simulateWeld());
    expect(report.total).toBe(100);
    expect(report.passed).toBe(true);
    expect(report.critical).toEqual([]);
  });

  it.each([1, 2, 3, 4, 5])('passes with a high total with a steady student (seed %d)', (seed) => {
    const report = scoreLog(weldingBeadRules, simulateWeld({ unsteadiness: 1, seed }));
    expect(report.passed).toBe(true);
    expect(report.total).toBeGreaterThanOrEqual(95);
    expect(report.criteria.find((c) => c.id === 'coverage')!.score).toBe(1);
  });

  it('fails a student who forgets the gloves, whatever the total', () => {
    const events = simulateWeld({ wearPpe: false, unsteadiness: 1 });
    const report = scoreLog(weldingBeadRules, events);
    expect(report.total).toBeGreaterThan(90);
    expect(report.passed).toBe(false);
    expect(report.critical.map((c) => c.id)).toEqual(['arc-without-helmet', 'arc-without-gloves']);
  });

  it('loses the speed criterion when welding too fast, and the angle when dragging', () => {
    const fast = scoreLog(weldingBeadRules, simulateWeld({ travelSpeedMmPerS: 12 }));
    expect(fast.criteria.find((c) => c.id === 'travel-speed')!.score).toBe(0);
    const drag = scoreLog(weldingBeadRules, simulateWeld({ travelAngleDeg: -10 }));
    expect(drag.criteria.find((c) => c.id === 'travel-angle')!.score).toBe(0);
    expect(drag.total).toBe(85);
  });
});
