import { describe, expect, it } from 'vitest';
import { breakBeadRun, createBeadBuffer, depositBead } from '../../../../scenes/welding-bead/view/beadBuffer';

describe('bead buffer', () => {
  it('grows by one deposit per spacing travelled, filling small gaps evenly', () => {
    const bead = createBeadBuffer(100, 0.001);
    expect(depositBead(bead, 0, 0.95, -0.45, 0, 0)).toBe(1);
    expect(depositBead(bead, 0.0005, 0.95, -0.45, 0, 0)).toBe(0);
    expect(depositBead(bead, 0.0045, 0.95, -0.45, 1, 0)).toBe(4);
    expect(bead.count).toBe(5);
    expect(bead.positions[4 * 3]).toBeCloseTo(0.0045, 6);
    expect(bead.quality[4]).toBe(1);
  });

  it('starts a new run after the arc stops and never writes past its capacity', () => {
    const bead = createBeadBuffer(3, 0.001);
    depositBead(bead, 0, 0.95, -0.45, 0, 0);
    breakBeadRun(bead);
    expect(depositBead(bead, 0.0001, 0.95, -0.45, 0, 0)).toBe(1);
    expect(depositBead(bead, 0.01, 0.95, -0.45, 0, 0)).toBe(1);
    expect(depositBead(bead, 0.02, 0.95, -0.45, 0, 0)).toBe(0);
    expect(bead.count).toBe(3);
    expect(bead.positions.length).toBe(9);
  });
});
