// Opening practice when the learner left an attempt of the scene open: the workshop first asks
// whether to continue it or discard it. Tests that open a workshop more than once answer here.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readHook } from './signIn';

/** Waits until the workshop knows whether to ask; if it asks, answers with `choice`. */
export async function answerOpenAttemptPrompt(page: Page, choice: 'continue' | 'discard' = 'discard'): Promise<void> {
  const phase = () => readHook<{ phase: string } | undefined>(page, 'attemptChoice').then((s) => s?.phase ?? 'checking');
  await expect.poll(phase, { timeout: 30_000 }).not.toBe('checking');
  if ((await phase()) === 'ask') await page.getByTestId(`${choice}-attempt`).click();
}
