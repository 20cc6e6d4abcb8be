// A standard's judgement aspects are checked when the scene loads: unique ids, whole positive
// points adding up to 20, a descriptor in both languages.
import { describe, expect, it } from 'vitest';
import { defineJudgementAspects } from '../../../../scenes/rubric/judgementAspects';

const text = { vi: 'mô tả', en: 'descriptor' };

describe('defineJudgementAspects', () => {
  it('accepts aspects adding up to 20 and freezes them', () => {
    const aspects = defineJudgementAspects('s', [
      { id: 'a', max: 12, descriptor: text },
      { id: 'b', max: 8, descriptor: text },
    ]);
    expect(aspects.map((a) => a.max)).toEqual([12, 8]);
    expect(Object.isFrozen(aspects[0])).toBe(true);
    expect(defineJudgementAspects('none', [])).toEqual([]);
  });

  it('refuses a repeated id, a sum other than 20, a bad max or a missing language', () => {
    expect(() => defineJudgementAspects('s', [{ id: 'a', max: 10, descriptor: text }, { id: 'a', max: 10, descriptor: text }])).toThrow(/'a' is used twice/);
    expect(() => defineJudgementAspects('s', [{ id: 'a', max: 10, descriptor: text }])).toThrow(/add up to 10, not 20/);
    expect(() => defineJudgementAspects('s', [{ id: 'a', max: 20.5, descriptor: text }])).toThrow(/positive whole max/);
    expect(() => defineJudgementAspects('s', [{ id: 'a', max: 20, descriptor: { vi: '', en: 'x' } }])).toThrow(/vi and en/);
  });
});
