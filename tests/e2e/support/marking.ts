// The judges' pages driven as a judge would (only input and what the pages show), for any e2e
// that needs an exam marked and signed off: open a candidate's marking page, mark its aspects,
// read the judges' table, open the results table, sign a candidate off.
import type { Page } from 'playwright-core';

export const markingUrl = (baseUrl: string, examId: string, learnerId: string) => `${baseUrl}/exams/${encodeURIComponent(examId)}/candidates/${encodeURIComponent(learnerId)}/marking`;
export const resultsUrl = (baseUrl: string, examId: string) => `${baseUrl}/exams/${encodeURIComponent(examId)}/results`;

/** Opens a candidate's marking page and waits for the marks form (the replay may still be loading). */
export async function openMarkingPage(page: Page, baseUrl: string, examId: string, learnerId: string): Promise<void> {
  await page.goto(markingUrl(baseUrl, examId, learnerId));
  await page.getByTestId('mark-form').waitFor();
}

/** Picks a 0–3 mark per aspect (by aspect id), writes the note if any, saves, and waits for "saved". */
export async function markAspects(page: Page, marks: Record<string, number>, note?: string): Promise<void> {
  for (const [aspectId, mark] of Object.entries(marks)) await page.getByTestId(`mark-${aspectId}-${mark}`).check();
  if (note !== undefined) await page.getByTestId('mark-note').fill(note);
  await page.getByTestId('save-marks').click();
  await page.getByTestId('mark-status').filter({ hasText: /\S/ }).waitFor();
  const error = page.getByTestId('mark-error');
  if (await error.isVisible()) throw new Error(`saving marks failed: ${await error.textContent()}`);
}

/** The marking's state as the page shows it (awaiting_marks, disagreement, ready, signed_off). */
export async function markingState(page: Page): Promise<string | null> {
  return page.getByTestId('marking-state').getAttribute('data-state');
}

/** Aspect ids highlighted as in disagreement in the judges' table (empty when the table is not shown). */
export async function disagreements(page: Page): Promise<string[]> {
  const rows = page.locator('[data-testid^="judges-row-"][data-disagreement="true"]');
  const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')!.slice('judges-row-'.length)));
  return ids;
}

export async function openResults(page: Page, baseUrl: string, examId: string): Promise<void> {
  await page.goto(resultsUrl(baseUrl, examId));
  await page.getByTestId('results-table').waitFor();
}

/** A candidate's marking state in the results table. */
export async function resultRowState(page: Page, learnerId: string): Promise<string | null> {
  return page.getByTestId(`result-row-${learnerId}`).getAttribute('data-state');
}

/** The lead signs a ready candidate off from the results table: Sign off, confirm, the row shows signed off. */
export async function signOff(page: Page, learnerId: string): Promise<void> {
  await page.getByTestId(`result-row-${learnerId}`).getByTestId('signoff').click();
  await page.getByTestId('signoff-confirm').click();
  await page.locator(`[data-testid="result-row-${learnerId}"][data-state="signed_off"]`).waitFor();
}
