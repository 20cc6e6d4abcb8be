// How deeply a parsed JSON value nests, measured without recursion: JSON.parse builds a
// 500,000-deep value without complaint, but every recursive walk after it (JSON.stringify,
// schema checks) overflows the stack. Checked before any of them runs.

/** True when `value` has arrays/objects nested more than `maxDepth` levels deep (a scalar is 0, `{}` is 1). */
export function nestsDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > maxDepth) return true;
    const children: unknown[] = Array.isArray(current) ? current : Object.values(current);
    for (const child of children) if (child !== null && typeof child === 'object') stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}
