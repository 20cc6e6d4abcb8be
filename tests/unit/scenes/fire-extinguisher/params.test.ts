// The server-drawn variant: a strict {fireClass}, drawn uniformly over the three classes.
import { describe, expect, it } from 'vitest';
import { drawFireParams, fireExtinguisherRules, fireParamsSchema } from '../../../../scenes/fire-extinguisher';
import { readSceneParams } from '../../../../scenes/rubric/scoreLog';
import { createSeededRandom } from '../../../../scenes/rubric/seededRandom';

describe('fire-extinguisher params', () => {
  it('accept exactly {fireClass} with one of the three classes', () => {
    for (const fireClass of ['A', 'B', 'electrical']) expect(fireParamsSchema.safeParse({ fireClass }).success).toBe(true);
    expect(fireParamsSchema.safeParse({}).success).toBe(false);
    expect(fireParamsSchema.safeParse({ fireClass: 'C' }).success).toBe(false);
    expect(fireParamsSchema.safeParse({ fireClass: 'B', agent: 'foam' }).success).toBe(false);
    expect(readSceneParams(fireExtinguisherRules, undefined)).toEqual({ ok: false, message: expect.stringMatching(/^params\.fireClass: .*\(scene fire-extinguisher\)$/) });
  });

  it('draw each class for a third of [0, 1)', () => {
    expect(drawFireParams(() => 0)).toEqual({ fireClass: 'A' });
    expect(drawFireParams(() => 0.3333)).toEqual({ fireClass: 'A' });
    expect(drawFireParams(() => 0.3334)).toEqual({ fireClass: 'B' });
    expect(drawFireParams(() => 0.6667)).toEqual({ fireClass: 'electrical' });
    expect(drawFireParams(() => 0.9999999999)).toEqual({ fireClass: 'electrical' });
    expect(drawFireParams(() => 1)).toEqual({ fireClass: 'electrical' }); // a random() that breaks its contract
  });

  it('draw roughly uniformly', () => {
    const random = createSeededRandom(42);
    const counts: Record<string, number> = { A: 0, B: 0, electrical: 0 };
    for (let i = 0; i < 3000; i++) counts[drawFireParams(random).fireClass]! += 1;
    for (const count of Object.values(counts)) expect(count).toBeGreaterThan(900);
    expect(fireExtinguisherRules.drawParams).toBe(drawFireParams);
  });
});
