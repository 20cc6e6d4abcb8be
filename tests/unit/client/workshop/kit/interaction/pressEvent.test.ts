import { describe, expect, it } from 'vitest';
import { pressSource } from '../../../../../../client/workshop/kit/interaction/pressEvent';
import { checklistLines } from '../../../../../../client/workshop/kit/interaction/checklist';

describe('pressSource', () => {
  it('tells a page mouse click from XR pointers, with their side', () => {
    expect(pressSource({ pointerType: 'mouse', nativeEvent: {} })).toEqual({ xr: false, holder: 'mouse', pointerType: 'mouse' });
    expect(pressSource({ pointerType: 'ray', pointerState: { inputSource: { handedness: 'left' } } })).toEqual({ xr: true, holder: 'left', pointerType: 'ray' });
    expect(pressSource({ pointerType: 'touch', pointerState: { inputSource: { handedness: 'right' } } })).toEqual({ xr: true, holder: 'right', pointerType: 'touch' });
  });
});

describe('checklistLines', () => {
  it('ticks done steps and marks the next one', () => {
    const items = [
      { id: 'a', label: { vi: 'Cắt điện', en: 'Switch off' }, done: true },
      { id: 'b', label: { vi: 'Khóa', en: 'Lock' }, done: false },
      { id: 'c', label: { vi: 'Thử', en: 'Prove' }, done: false },
    ];
    expect(checklistLines(items, 'b', 'en')).toEqual(['✓ Switch off', '▶ Lock', '☐ Prove']);
    expect(checklistLines(items, null, 'vi')[1]).toBe('☐ Khóa');
  });
});
