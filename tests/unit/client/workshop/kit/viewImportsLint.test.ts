// The lint rule that keeps scene views on the kit's one public module: a view's deep import into
// client/ is an error, the kit itself is not, and scene rules and client code are not affected.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('scene view imports (eslint.config.js)', () => {
  // Loading the config (typescript-eslint) takes seconds on a busy machine; linting a snippet is quick.
  it('refuses a view importing runtime internals, the kit core or the kit interaction folder directly', { timeout: 60_000 }, async () => {
    const deep = ['client/workshop/runtime/grab', 'client/workshop/kit/core', 'client/workshop/kit/interaction', 'client/testHook', 'client/workshop/contract'];
    const code = deep.map((path, i) => `import { x${i} } from '../../../${path}';\n`).join('') + `export const all = [${deep.map((_, i) => `x${i}`).join(', ')}];\n`;
    const messages = await restrictedImports(code, 'scenes/some-trade/view/index.tsx');
    expect(messages).toHaveLength(deep.length);
    for (const message of messages) expect(message).toContain('client/workshop/kit');
    const typeOnly = await restrictedImports("import type { X } from '../../../../client/workshop/runtime/workshopRuntime';\nexport type Y = X;\n", 'scenes/some-trade/view/parts/panel.ts');
    expect(typeOnly).toHaveLength(1);
  });

  it('lets a view import the kit, its own scene and packages', async () => {
    const code = "import { useWorkshopRuntime } from '../../../client/workshop/kit';\nimport { rules } from '../rules';\nimport { Vector3 } from 'three';\nexport const all = [useWorkshopRuntime, rules, Vector3];\n";
    expect(await restrictedImports(code, 'scenes/some-trade/view/index.tsx')).toEqual([]);
  });

  it('leaves client code alone', async () => {
    expect(await restrictedImports("import { x } from '../runtime/grab';\nexport const y = x;\n", 'client/workshop/kit/core.ts')).toEqual([]);
  });
});
