// The kit's core is plain TypeScript over three and cannon-es: nothing it imports, however deep,
// pulls in React, React DOM or react-three, so a scene's logic built on it runs in Node tests
// and could serve another renderer. The React bindings are react.ts's alone.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const kitDir = fileURLToPath(new URL('../../../../../client/workshop/kit/', import.meta.url));
const specifiers = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g;

function resolveModule(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) if (existsSync(candidate)) return candidate;
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/** Every package the module imports, directly or through the project's own modules. */
function packagesOf(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(specifiers)) {
      if (specifier!.startsWith('.')) visit(resolveModule(file, specifier!));
      else packages.set(specifier!, file);
    }
  };
  visit(entry);
  return packages;
}

describe('kit core', () => {
  it('imports no React, however deep', () => {
    const packages = packagesOf(`${kitDir}core.ts`);
    expect([...packages.keys()]).toContain('three');
    const react = [...packages].filter(([name]) => /^(react|react-dom|@react-three\/.*)(\/|$)/.test(name));
    expect(react.map(([name, file]) => `${name} (${file})`)).toEqual([]);
  });

  it('is not all there is: the React bindings do import React', () => {
    expect([...packagesOf(`${kitDir}react.ts`).keys()]).toContain('react');
  });
});
