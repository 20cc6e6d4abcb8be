// Both UI languages carry the same keys, and no string is left empty.
import { describe, expect, it } from 'vitest';
import { vi } from '../../../client/i18n/vi';
import { en } from '../../../client/i18n/en';

function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value as object, `${prefix}${key}.`),
  );
}

describe('UI strings', () => {
  it('have the same keys in Vietnamese and English', () => {
    expect(leaves(en).map(([k]) => k).sort()).toEqual(leaves(vi).map(([k]) => k).sort());
  });

  it('are never empty', () => {
    for (const [key, text] of [...leaves(vi), ...leaves(en)]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    const english = new Map(leaves(en));
    for (const [key, text] of leaves(vi)) {
      const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
      expect(vars(english.get(key)!), key).toEqual(vars(text));
    }
  });
});
