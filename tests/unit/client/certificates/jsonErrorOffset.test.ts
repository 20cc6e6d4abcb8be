// The first place a JSON text breaks, found by a scan of the grammar: it agrees with JSON.parse
// on what is valid, and points at the stray token, the missing comma or the early end.
import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from '../../../../client/pages/certificates/jsonErrorOffset';

describe('where JSON breaks', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', '"a\\u00e9\\n"', '-0.5e+3', ' { "a": [1, true, false, null, {"b": "c"}] } ', JSON.stringify({ x: 'Nguyễn', y: [1.5, -2] }, null, 2)]) {
      expect(jsonErrorOffset(text), text).toBeUndefined();
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });

  it('points at the first character that cannot continue', () => {
    expect(jsonErrorOffset('{\n  "id": x\n}')).toBe(10);
    expect(jsonErrorOffset('{"a": 1 "b": 2}')).toBe(8);
    expect(jsonErrorOffset('{"a": [1, 2,]}')).toBe(12);
    expect(jsonErrorOffset("{'a': 1}")).toBe(1);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{"a": "\\x"}')).toBe(8);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
    expect(jsonErrorOffset('{} x')).toBe(3);
  });

  it('points past the end of a text cut short', () => {
    const text = '{"a": {"b": [1, 2';
    expect(jsonErrorOffset(text)).toBe(text.length);
    expect(jsonErrorOffset('"abc')).toBe(4);
    expect(jsonErrorOffset('')).toBe(0);
  });

  it('gives up quietly on nesting deeper than the stack', () => {
    expect(jsonErrorOffset('['.repeat(200_000))).toBeUndefined();
  });
});
