import { describe, expect, it } from 'vitest';
import { TravelSpeedMeter } from '../../../../scenes/welding-bead/travelSpeed';

describe('TravelSpeedMeter', () => {
  it('needs at least 200 ms between j and i', () => {
    const meter = new TravelSpeedMeter();
    expect(meter.sample(0, true, 0)).toBeUndefined(); // j = i
    expect(meter.sample(100, true, 0.0006)).toBeUndefined(); // 100 ms < 200
    expect(meter.sample(199.9, true, 0.0012)).toBeUndefined();
    // exactly 200 ms: defined; (0.0012 m - 0) / 200 ms = 6 mm/s
    expect(meter.sample(200, true, 0.0012)).toBeCloseTo(6, 9);
  });

  it('takes j as the earliest arc-on sample at or after t_i - 500', () => {
    const meter = new TravelSpeedMeter();
    const xs = [0, 0.001, 0.0013, 0.002, 0.0031, 0.004, 0.0045];
    const speeds = xs.map((x, k) => meter.sample(k * 100, true, x));
    // t 500: j = t 0 (0 >= 0): (0.004 - 0) / 500 ms = 8 mm/s
    expect(speeds[5]).toBeCloseTo(8, 9);
    // t 600: j = t 100 (100 >= 100, the limit is inclusive): (0.0045 - 0.001) / 500 = 7 mm/s
    expect(speeds[6]).toBeCloseTo(7, 9);
    // t 300: j = t 0: 0.002 / 300 ms = 6.667 mm/s
    expect(speeds[3]).toBeCloseTo(20 / 3, 9);
  });

  it('is undefined while the window reaches back across an arc-off sample', () => {
    const meter = new TravelSpeedMeter();
    const at = (t: number, arc: boolean) => meter.sample(t, arc, arc ? t * 6e-6 : undefined);
    at(0, true);
    at(100, true);
    expect(at(200, true)).toBeCloseTo(6, 9);
    expect(at(250, false)).toBeUndefined(); // arc off
    // t 300..700: the earliest arc-on sample in the window is from before the arc went off
    // (t 500: j = t 0; t 700: j = t 200), so the speed is undefined even when 200 ms of new
    // arc time has passed (t 500 has j' = t 300 after the restart, but j is t 0).
    for (const t of [300, 400, 500, 600, 700]) expect(at(t, true)).toBeUndefined();
    // t 800: window [300, 800], j = t 300 after the arc-off: 6 mm/s again
    expect(at(800, true)).toBeCloseTo(6, 9);
  });

  it('skips arc-on samples without a work point when choosing j, and they do not break the arc', () => {
    const meter = new TravelSpeedMeter();
    meter.sample(0, true, undefined); // arc on, nozzle up: no work point, cannot be j
    meter.sample(100, true, 0.001);
    expect(meter.sample(250, true, 0.0015)).toBeUndefined(); // j = t 100: 150 ms
    expect(meter.sample(300, true, 0.002)).toBeCloseTo(5, 9); // (0.002 - 0.001) / 200 ms
    expect(meter.sample(350, true, undefined)).toBeUndefined(); // i itself needs a work point
    expect(meter.sample(400, true, 0.0025)).toBeCloseTo(5, 9);
  });

  it('reports a backward motion as a negative speed', () => {
    const meter = new TravelSpeedMeter();
    meter.sample(0, true, 0.01);
    expect(meter.sample(500, true, 0.008)).toBeCloseTo(-4, 9);
  });
});
