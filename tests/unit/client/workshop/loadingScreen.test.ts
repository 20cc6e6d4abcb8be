// The workshop's loading bar has an accessible name (its visible title), in the UI language.
import { describe, expect, it } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { LoadingScreen } from '../../../../client/workshop/runtime/LoadingScreen';
import { createWorkshopRuntime } from '../../../../client/workshop/runtime/workshopRuntime';

function render(language: 'vi' | 'en'): string {
  const runtime = createWorkshopRuntime();
  runtime.progress.add(4);
  runtime.progress.finish('booth');
  return renderToStaticMarkup(createElement(LoadingScreen, { runtime, language, visible: true }));
}

/** The attributes of each tag in static markup that has the given attribute value (no DOM in the unit project). */
function tagsWith(html: string, attribute: string, value: string): Array<Record<string, string>> {
  const tags = [...html.matchAll(/<[a-z]+((?:\s+[a-z-]+="[^"]*")*)\s*\/?>/g)].map((m) => Object.fromEntries([...m[1]!.matchAll(/([a-z-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])));
  return tags.filter((attributes) => attributes[attribute] === value);
}

function textOf(html: string, id: string): string | undefined {
  return new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
}

describe('workshop loading screen', () => {
  it.each([
    ['vi', 'Đang chuẩn bị xưởng…'],
    ['en', 'Preparing the workshop…'],
  ] as const)('names the progress bar by its title (%s) and reports real progress', (language, title) => {
    const html = render(language);
    const bars = tagsWith(html, 'role', 'progressbar');
    expect(bars).toHaveLength(1);
    const bar = bars[0]!;
    const name = bar['aria-label'] ?? (bar['aria-labelledby'] ? textOf(html, bar['aria-labelledby']) : undefined);
    expect(name).toBe(title);
    expect(bar['aria-valuenow']).toBe('25');
  });
});
