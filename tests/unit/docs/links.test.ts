// The repository's documentation stands on its own: every relative link (and every path a doc
// names in code) leads to a file that exists in this repository, and nothing points outside it
// (such as a `../shared/` folder that only some checkouts have beside the repository).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Not ours or not sources: installed packages, build and test output, third-party files shipped as-is. */
const skippedFolders = new Set(['node_modules', '.git', 'dist', 'test-results', 'data', join('assets', 'public')]);

function markdownFiles(folder = repoRoot): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(relative(repoRoot, path))) found.push(...markdownFiles(path));
    } else if (entry.name.endsWith('.md')) found.push(path);
  }
  return found;
}

/** The text outside fenced code blocks, where links are links. */
const withoutFences = (text: string) => text.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
const withoutCodeSpans = (text: string) => text.replace(/`[^`\n]*`/g, '');

/** Inline links and images `[x](target)`, and reference definitions `[x]: target`. */
function linkTargets(markdown: string): string[] {
  const text = withoutCodeSpans(withoutFences(markdown));
  const inline = [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const references = [...text.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]!);
  return [...inline, ...references];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of withoutFences(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = heading!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

const isInside = (path: string) => path === repoRoot.replace(/[\\/]$/, '') || path.startsWith(repoRoot.endsWith(sep) ? repoRoot : repoRoot + sep);

/** Problems with one link target, resolved from the file that holds it; none for web addresses. */
function linkProblem(file: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return undefined; // https:, mailto:: not a file of ours
  const [pathPart, anchor] = target.split('#', 2) as [string, string | undefined];
  const path = pathPart === '' ? file : resolve(dirname(file), decodeURIComponent(pathPart));
  if (!isInside(path)) return `${target} points outside the repository`;
  if (!existsSync(path)) return `${target} does not exist`;
  if (anchor && path.endsWith('.md') && statSync(path).isFile() && !headingAnchors(readFileSync(path, 'utf8')).has(anchor)) {
    return `${target}: no heading "#${anchor}" in ${relative(repoRoot, path)}`;
  }
  return undefined;
}

/**
 * Paths named in code spans: one that climbs (`../x`) must stay inside the repository and exist;
 * one that starts at a top-level folder of the repository (`server/cli/score.ts`) must exist.
 * Placeholders such as `scenes/<scene-id>/` are not paths.
 */
function namedPathProblems(file: string, markdown: string): string[] {
  const problems: string[] = [];
  // Build and test output (dist/, data/, test-results/, bench/results/) exists only after a run.
  const generated = /^(node_modules|dist|data|test-results|bench\/results)(\/|$)/;
  const topFolders = new Set(readdirSync(repoRoot).filter((name) => !name.startsWith('.') && statSync(join(repoRoot, name)).isDirectory()));
  for (const [, span] of markdown.matchAll(/`([^`\n]+)`/g)) {
    const path = span!.trim();
    if (!/^[\w@.-]+(\/[\w@.-]*)+$/.test(path)) continue;
    if (path.startsWith('../') || path.startsWith('./')) {
      const resolved = resolve(dirname(file), path);
      if (!isInside(resolved)) problems.push(`\`${path}\` points outside the repository`);
      else if (!existsSync(resolved)) problems.push(`\`${path}\` does not exist`);
    } else if (topFolders.has(path.split('/')[0]!) && !generated.test(path) && !existsSync(join(repoRoot, path))) {
      problems.push(`\`${path}\` does not exist`);
    }
  }
  return problems;
}

const files = markdownFiles();
const name = (file: string) => relative(repoRoot, file).split(sep).join('/');

describe('documentation links', () => {
  it('finds the README and the docs', () => {
    const names = files.map(name);
    expect(names).toContain('README.md');
    expect(names).toContain('docs/protocol.md');
    expect(names.filter((n) => n.startsWith('docs/')).length).toBeGreaterThanOrEqual(5);
  });

  it('knows a broken link, a missing heading and a link out of the repository when it sees one', () => {
    const readme = join(repoRoot, 'README.md');
    const targets = linkTargets('[a](docs/nowhere.md) [b](docs/protocol.md#no-such-heading) ![c](../shared/x.png) `[d](not/a/link.md)`\n[e]: ../x.md');
    expect(targets).toEqual(['docs/nowhere.md', 'docs/protocol.md#no-such-heading', '../shared/x.png', '../x.md']);
    expect(targets.map((target) => linkProblem(readme, target))).toEqual([
      'docs/nowhere.md does not exist',
      'docs/protocol.md#no-such-heading: no heading "#no-such-heading" in docs/protocol.md',
      '../shared/x.png points outside the repository',
      '../x.md points outside the repository',
    ]);
    expect(linkProblem(readme, 'https://example.org/a.md')).toBeUndefined();
    expect([...headingAnchors('# A `code` title: v2!\n## Tiến độ\n## Tiến độ\n```\n# not a heading\n```')]).toEqual(['a-code-title-v2', 'tiến-độ', 'tiến-độ-1']);
    expect(namedPathProblems(readme, '`server/no-such-file.ts` `scenes/<scene-id>/` `application/x-ndjson` `dist/client/x.js` `../shared/PROTOCOL.md`')).toEqual([
      '`server/no-such-file.ts` does not exist',
      '`../shared/PROTOCOL.md` points outside the repository',
    ]);
  });

  it.each(files.map((file) => [name(file), file]))('%s: every relative link leads to a file (and heading) in the repository', (_name, file) => {
    const markdown = readFileSync(file, 'utf8');
    const problems = linkTargets(markdown).flatMap((target) => linkProblem(file, target) ?? []);
    expect(problems).toEqual([]);
  });

  it.each(files.map((file) => [name(file), file]))('%s: every path it names exists in the repository', (_name, file) => {
    expect(namedPathProblems(file, readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('has no reference to a folder beside the repository', () => {
    const offenders = files.filter((file) => /\.\.\/shared\//.test(readFileSync(file, 'utf8'))).map(name);
    expect(offenders).toEqual([]);
  });
});
