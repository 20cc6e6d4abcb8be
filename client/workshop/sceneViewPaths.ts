// How a scene's view is found by convention: scenes/<id>/view/index.tsx, the scene id being the
// folder's name (the same id as its rules in scenes/registry.ts). Pure, for sceneViews.ts and tests.

const viewPath = /(?:^|\/)scenes\/([a-z0-9]+(?:-[a-z0-9]+)*)\/view\/index\.tsx$/;

/** The scene id a view module's path names, or null when the path is not a scene's view index. */
export function sceneIdFromViewPath(path: string): string | null {
  return viewPath.exec(path)?.[1] ?? null;
}

/** Scene id -> what `wrap` makes of its loader; a path that names no scene is a convention breach. */
export function sceneViewsByPath<L, V>(loaders: Readonly<Record<string, L>>, wrap: (load: L) => V): Record<string, V> {
  const views: Record<string, V> = {};
  for (const [path, load] of Object.entries(loaders)) {
    const id = sceneIdFromViewPath(path);
    if (id === null) throw new Error(`scene view at ${path}: expected scenes/<id>/view/index.tsx with a lower-case, hyphenated id`);
    views[id] = wrap(load);
  }
  return views;
}
