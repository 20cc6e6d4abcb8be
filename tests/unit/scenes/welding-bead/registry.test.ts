import { describe, expect, it } from 'vitest';
import { findScene, sceneRegistry } from '../../../../scenes/registry';
import { weldingBeadRules } from '../../../../scenes/welding-bead';

describe('welding-bead in the scene registry', () => {
  it('is registered and found by id', () => {
    expect(sceneRegistry).toContain(weldingBeadRules);
    expect(findScene('welding-bead')).toBe(weldingBeadRules);
    expect(findScene('nope')).toBeUndefined();
  });

  it('has the catalogue entry of the standard', () => {
    expect(weldingBeadRules.summary).toEqual({
      id: 'welding-bead',
      title: { vi: 'Hàn MIG/MAG giáp mối tư thế bằng (1G)', en: 'GMAW (MIG/MAG) butt weld, flat position (1G)' },
      occupation: 'Hàn (Welding)',
      rubricVersion: '1',
      criteria: [
        { id: 'work-angle', weight: 20 },
        { id: 'travel-angle', weight: 15 },
        { id: 'ctwd', weight: 20 },
        { id: 'travel-speed', weight: 20 },
        { id: 'aim', weight: 15 },
        { id: 'coverage', weight: 10 },
      ],
      judgementAspects: weldingBeadRules.judgementAspects,
    });
    expect(weldingBeadRules.rubric.passMark).toBe(70);
  });

  it("has the standard's two judgement aspects, 10 points each, described in vi and en", () => {
    expect(weldingBeadRules.judgementAspects).toEqual([
      {
        id: 'bead-appearance',
        max: 10,
        descriptor: {
          vi: 'Mối hàn đều: bề rộng và vảy hàn đồng đều, không khuyết cạnh, rỗ khí hay bắn tóe nhìn thấy được.',
          en: 'Uniform bead: even width and ripples, no visible undercut, porosity or spatter.',
        },
      },
      {
        id: 'work-practice',
        max: 10,
        descriptor: {
          vi: 'Thao tác an toàn, gọn gàng: cầm mỏ và cáp hàn đúng cách, tư thế vững, bảo hộ suốt quá trình.',
          en: 'Safe, orderly practice: torch and cable handled correctly, steady posture, PPE throughout.',
        },
      },
    ]);
  });

  it('has advice in both languages for every criterion and critical error, and nothing else', () => {
    const ids = [...weldingBeadRules.rubric.criteria.map((c) => c.id), ...weldingBeadRules.rubric.criticalIds];
    expect(Object.keys(weldingBeadRules.advice).sort()).toEqual([...ids].sort());
    for (const advice of Object.values(weldingBeadRules.advice)) {
      expect(advice.vi.length).toBeGreaterThan(0);
      expect(advice.en.length).toBeGreaterThan(0);
    }
  });

  it('has no params: an empty object, drawn and accepted', () => {
    expect(weldingBeadRules.drawParams(Math.random)).toEqual({});
    expect(weldingBeadRules.paramsSchema.safeParse({}).success).toBe(true);
    expect(weldingBeadRules.paramsSchema.safeParse({ fireClass: 'A' }).success).toBe(false);
  });
});
