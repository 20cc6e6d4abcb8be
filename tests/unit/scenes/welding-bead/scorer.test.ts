// Hand-computed logs for each criterion and the edges the standard defines.
import { describe, expect, it } from 'vitest';
import type { ScoreReport } from '../../../../scenes/rubric/report';
import { scoreLog } from '../../../../scenes/rubric/scoreLog';
import { weldingBeadRules } from '../../../../scenes/welding-bead';
import type { UnnumberedEvent } from './support/weldLog';
import { dressed, numbered, ppe, torch } from './support/weldLog';

const score = (events: readonly UnnumberedEvent[]): ScoreReport => scoreLog(weldingBeadRules, numbered(events));
const criterion = (report: ScoreReport, id: string) => report.criteria.find((c) => c.id === id)!.score;

describe('welding-bead: time-weighted parameter criteria', () => {
  it('weights each sample by the time to the next torch sample, with irregular sampling', () => {
    const report = score([
      ...dressed,
      torch(0, { x: 0, ctwdMm: 11 }), // carries 10 ms, within
      torch(10, { x: 0, ctwdMm: 20 }), // carries 30 ms, outside
      torch(40, { x: 0, ctwdMm: 11 }), // carries 60 ms, within
      torch(100, { x: 0, ctwdMm: 20 }), // last torch sample: carries nothing
    ]);
    expect(criterion(report, 'ctwd')).toBe(0.7); // (10 + 60) / 100
    expect(criterion(report, 'work-angle')).toBe(1);
  });

  it('uses the next torch sample, not the next event, and ignores other event types', () => {
    const report = score([
      ...dressed,
      torch(0, { x: 0, travelDeg: 10 }), // carries 50 ms (next torch sample at 50), within
      { t: 20, type: 'ui', data: { panel: 'help' } },
      ppe(30, 'gloves', true),
      torch(50, { x: 0, travelDeg: 25 }), // carries 50 ms, outside
      torch(100, { x: 0, travelDeg: 25 }),
      { t: 900, type: 'release', data: {} },
    ]);
    expect(criterion(report, 'travel-angle')).toBe(0.5);
    expect(report.durationMs).toBe(900);
  });

  it('does not assess arc-off samples, but they end the previous sample', () => {
    const report = score([
      ...dressed,
      torch(0, { x: 0, aimMm: 1 }), // carries 30 ms (to the arc-off sample), within
      torch(30, { x: 0, aimMm: 9, arc: false }), // not assessed
      torch(100, { x: 0, aimMm: 3 }), // carries 10 ms, outside (> 2 mm)
      torch(110, { x: 0, aimMm: 0 }),
    ]);
    expect(criterion(report, 'aim')).toBe(0.75); // 30 / 40
  });

  it('does not assess arc-on samples with d.y >= 0', () => {
    const report = score([
      ...dressed,
      torch(0, { x: 0, workDeg: 5 }), // carries 40 ms, within
      { t: 40, type: 'torch', data: { p: [0, 1, -0.45], d: [1, 0, 0], arc: true } }, // d.y = 0
      { t: 60, type: 'torch', data: { p: [0, 1, -0.45], d: [0, 1, 0], arc: true } }, // d.y > 0
      torch(80, { x: 0, workDeg: 12 }), // carries 20 ms, outside
      torch(100, { x: 0 }),
    ]);
    expect(criterion(report, 'work-angle')).toBe(0.6667); // 40 / 60, reported to 4 decimals
  });

  it('scores every criterion 0 when nothing was assessed', () => {
    const cases: [UnnumberedEvent[], number][] = [
      [[], 0],
      [[...dressed, { t: 5, type: 'grab', data: {} }], 0],
      [[...dressed, torch(0, { x: 0, arc: false }), torch(100, { x: 0.01, arc: false })], 0],
      // one arc-on sample: the last carries no weight, though its work point covers a bin
      [[...dressed, torch(0, { x: 0 })], 0.005],
    ];
    for (const [events, coverage] of cases) {
      const report = score(events);
      expect(report.criteria.map((c) => c.score)).toEqual([0, 0, 0, 0, 0, coverage]);
      expect(report.critical.map((c) => c.id)).toEqual(['incomplete-seam']);
      expect(report.passed).toBe(false);
    }
  });

  it('scores travel speed only on samples where it is defined', () => {
    // 100 ms samples. Speed is undefined at t 0 and 100 (< 200 ms since j), defined from t 200.
    // x: 6 mm/s until t 300, then 12 mm/s; speeds: t 200: 6; t 300: 6; t 400: (0.003 - 0) / 400 = 7.5;
    // t 500: (0.0042 - 0) / 500 = 8.4 (outside); t 600 is the last sample.
    const xs = [0, 0.0006, 0.0012, 0.0018, 0.003, 0.0042, 0.0054];
    const report = score([...dressed, ...xs.map((x, k) => torch(k * 100, { x }))]);
    // weights: t 200, 300, 400 within (300 ms), t 500 outside (100 ms)
    expect(criterion(report, 'travel-speed')).toBe(0.75);
  });

  it('leaves travel speed undefined after an arc-off until the window has cleared it', () => {
    // 6 mm/s throughout; the arc goes off at t 250 for one sample.
    const arcOn = [0, 100, 200, 300, 400, 500, 600, 700, 800, 900];
    const report = score([
      ...dressed,
      ...arcOn.slice(0, 3).map((t) => torch(t, { x: t * 6e-6 })),
      torch(250, { x: 0.0015, arc: false }),
      ...arcOn.slice(3).map((t) => torch(t, { x: t * 3e-5 })), // now 30 mm/s: only counts once defined
    ]);
    // defined at t 200 (6 mm/s, carries 50 ms, within) and t 800 (j = t 300: 30 mm/s, carries
    // 100 ms, outside); t 300..700 undefined; t 900 last.
    expect(criterion(report, 'travel-speed')).toBe(0.3333); // 50 / 150
  });
});

describe('welding-bead: coverage', () => {
  const straightDown = (t: number, x: number, extra: { y?: number; z?: number; arc?: boolean } = {}): UnnumberedEvent => ({
    t,
    type: 'torch',
    data: { p: [x, extra.y ?? 0.961, extra.z ?? -0.45], d: [0, -1, 0], arc: extra.arc ?? true },
  });

  it('counts bins on [-0.100, +0.100): the start edge is in, the end edge out', () => {
    const report = score([...dressed, straightDown(0, -0.1), straightDown(10, 0.1), straightDown(20, -0.1001), straightDown(30, 0.0999)]);
    expect(criterion(report, 'coverage')).toBe(0.01); // bins 0 and 199
  });

  it('needs the arc on, aim offset <= 5 mm and CTWD <= 25 mm', () => {
    const report = score([
      ...dressed,
      straightDown(0, 0.0005, { z: -0.455 }), // aim 5 mm: bin 100 counts
      straightDown(10, 0.0015, { z: -0.4551 }), // aim 5.1 mm: bin 101 does not
      straightDown(20, 0.0025, { y: 0.975 }), // CTWD 25 mm: bin 102 counts
      straightDown(30, 0.0035, { y: 0.9751 }), // CTWD 25.1 mm: bin 103 does not
      straightDown(40, 0.0045, { arc: false }), // arc off: bin 104 does not
      straightDown(50, 0.0055), // the last sample still covers its bin: bin 105
    ]);
    expect(criterion(report, 'coverage')).toBe(0.015);
  });

  it('raises incomplete-seam below 180 covered bins, at the t of the last event', () => {
    const bins = (count: number) => Array.from({ length: count }, (_, k) => straightDown(k, -0.0995 + k * 0.001));
    const short = score([...dressed, ...bins(179), { t: 5000, type: 'ui', data: {} }]);
    expect(short.critical).toEqual([{ id: 'incomplete-seam', t: 5000, message: 'the bead covers 89.5% of the seam; at least 90% is required' }]);
    expect(criterion(short, 'coverage')).toBe(0.895);
    const enough = score([...dressed, ...bins(180)]);
    expect(enough.critical).toEqual([]);
    expect(criterion(enough, 'coverage')).toBe(0.9);
  });
});

describe('welding-bead: PPE critical errors', () => {
  it('raises each once, at the first arc-on sample without it', () => {
    const report = score([
      torch(0, { x: 0, arc: false }), // arc off without PPE: fine
      ppe(5, 'helmet'),
      torch(10, { x: 0 }), // no gloves
      torch(20, { x: 0 }),
      ppe(30, 'gloves'),
      ppe(40, 'helmet', false),
      torch(50, { x: 0, arc: false }),
      torch(60, { x: 0 }), // helmet off
      torch(70, { x: 0 }),
    ]);
    expect(report.critical.slice(0, 2)).toEqual([
      { id: 'arc-without-gloves', t: 10, message: 'arc struck without welding gloves' },
      { id: 'arc-without-helmet', t: 60, message: 'arc struck without the welding helmet' },
    ]);
  });

  it('counts an arc-on sample pointing up as striking the arc', () => {
    const report = score([{ t: 3, type: 'torch', data: { p: [0, 1, 0], d: [0, 1, 0], arc: true } }]);
    expect(report.critical.map((c) => [c.id, c.t])).toEqual([
      ['arc-without-helmet', 3],
      ['arc-without-gloves', 3],
      ['incomplete-seam', 3],
    ]);
  });
});

describe('welding-bead: pass rule', () => {
  const pass = (pose: Parameters<typeof torch>[1]) => {
    // A full pass at 6 mm/s, 10 Hz, with one parameter held off.
    const samples = Array.from({ length: 341 }, (_, k) => torch(k * 100, { ...pose, x: -0.1 + k * 0.0006 }));
    return score([...dressed, ...samples]);
  };

  it('passes at total 70 exactly and fails below it without any critical error', () => {
    const at70 = pass({ x: 0, travelDeg: 0, aimMm: 3 }); // loses travel-angle (15) and aim (15)
    expect(at70.total).toBe(70);
    expect(at70.critical).toEqual([]);
    expect(at70.passed).toBe(true);
    const at65 = pass({ x: 0, travelDeg: 0, ctwdMm: 20 }); // loses travel-angle (15) and ctwd (20)
    expect(at65.total).toBe(65);
    expect(at65.passed).toBe(false);
  });
});
