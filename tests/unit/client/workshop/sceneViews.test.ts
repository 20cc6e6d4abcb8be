// Scene views are found by convention: scenes/<id>/view/index.tsx, the id being the folder name.
// Every view folder on disk is found, and the paths map to ids as the registry names scenes.
import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sceneIdFromViewPath, sceneViewsByPath } from '../../../../client/workshop/sceneViewPaths';
import { sceneView, sceneViews } from '../../../../client/workshop/sceneViews';

const scenesDir = fileURLToPath(new URL('../../../../scenes/', import.meta.url));

describe('scene view discovery', () => {
  it('maps a view index path to its scene id', () => {
    expect(sceneIdFromViewPath('../../scenes/welding-bead/view/index.tsx')).toBe('welding-bead');
    expect(sceneIdFromViewPath('/repo/scenes/electrical-isolation/view/index.tsx')).toBe('electrical-isolation');
    expect(sceneIdFromViewPath('../../scenes/welding-bead/view/replay.ts')).toBeNull();
    expect(sceneIdFromViewPath('../../scenes/welding-bead/index.tsx')).toBeNull();
    expect(sceneIdFromViewPath('../../scenes/Welding_Bead/view/index.tsx')).toBeNull();
  });

  it('builds the map from the loaders, and names a path that breaks the convention', () => {
    const views = sceneViewsByPath({ '../../scenes/a-b/view/index.tsx': 1, '../../scenes/c/view/index.tsx': 2 }, (n) => n * 10);
    expect(views).toEqual({ 'a-b': 10, c: 20 });
    expect(() => sceneViewsByPath({ '../../scenes/Bad/view/index.tsx': 1 }, (n) => n)).toThrow(/Bad/);
  });

  it('finds every scene folder that has a view, and only those', () => {
    const onDisk = readdirSync(scenesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(`${scenesDir}${entry.name}/view/index.tsx`))
      .map((entry) => entry.name)
      .sort();
    expect(onDisk).toContain('welding-bead');
    expect(Object.keys(sceneViews).sort()).toEqual(onDisk);
    expect(sceneView('welding-bead')).toBeDefined();
    expect(sceneView('no-such-trade')).toBeUndefined();
    expect(sceneView('toString')).toBeUndefined();
  });
});
