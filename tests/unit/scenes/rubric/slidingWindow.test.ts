import { describe, expect, it } from 'vitest';
import { SlidingSampleWindow } from '../../../../scenes/rubric/slidingWindow';

describe('SlidingSampleWindow', () => {
  it('keeps samples in order through growth and wrap-around', () => {
    const window = new SlidingSampleWindow();
    for (let i = 0; i < 50; i += 1) window.push(i, i * 10, i);
    window.dropBefore(40); // head moves to 40, so later pushes wrap round the ring
    for (let i = 50; i < 300; i += 1) window.push(i, i * 10, i);
    expect(window.size).toBe(260);
    expect(window.frontTime).toBe(40);
    expect(window.frontValue).toBe(400);
    window.dropBefore(299);
    expect(window.size).toBe(1);
    expect(window.frontOrder).toBe(299);
  });

  it('keeps a sample exactly at the limit', () => {
    const window = new SlidingSampleWindow();
    window.push(100, 1, 1);
    window.push(200, 2, 2);
    window.dropBefore(100);
    expect(window.frontTime).toBe(100);
    window.clear();
    expect(window.size).toBe(0);
  });
});
