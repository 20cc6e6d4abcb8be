// Scheduling an exam the way an assessor does it, through the create-exam form (/exams/new), for
// any e2e that needs one (the whole exam: schedule → take → proctor). Only input and what the
// page shows: the form is filled by labels and test ids, people are picked by their names.
import type { Page } from 'playwright-core';

export interface ExamThroughUi {
  title: string;
  /** Candidates' names as the class list shows them ("Nguyễn Văn An"). */
  candidates: string[];
  /** Co-assessors' names; the signed-in assessor always leads. */
  coAssessors?: string[];
  /** The scene's id; the form's first scene (welding-bead) when left out. */
  sceneId?: string;
  /** The class the candidates are picked from, by code; the first class when left out. */
  classCode?: string;
  /** Default 30 minutes; seconds for short rehearsals (10 s at least). */
  timeLimit?: { value: number; unit: 'minutes' | 'seconds' };
  judges?: 1 | 2 | 3;
  /** Open at once (the default), or keep the form's opening at the next 5 minutes (the exam is then "scheduled"). */
  opensNow?: boolean;
}

/** From the signed-in assessor's (or admin's) home: clicks "New exam" and waits for the form. */
export async function openNewExamForm(page: Page): Promise<void> {
  await page.getByTestId('new-exam').click();
  await page.getByTestId('exam-form').waitFor();
}

/** Fills the open form; candidates are found through the name search, one by one. */
export async function fillExamForm(page: Page, exam: ExamThroughUi): Promise<void> {
  if (exam.sceneId) await page.getByTestId('exam-scene').selectOption(exam.sceneId);
  await page.getByTestId('exam-title').fill(exam.title);

  const candidates = page.getByTestId('candidate-picker');
  const classSelect = page.getByTestId('class-select');
  const option = exam.classCode ? classSelect.locator('option', { hasText: exam.classCode }) : classSelect.locator('option:not([value=""])').first();
  await classSelect.selectOption((await option.getAttribute('value'))!);
  const search = page.getByTestId('candidate-search');
  for (const name of exam.candidates) {
    await search.fill(name);
    await candidates.getByRole('checkbox', { name, exact: true }).check();
  }
  await search.fill('');

  const assessors = page.getByTestId('assessor-picker');
  for (const name of exam.coAssessors ?? []) await assessors.getByRole('checkbox', { name, exact: true }).check();

  if (exam.opensNow ?? true) await page.getByTestId('opens-now').click();
  if (exam.timeLimit) {
    await page.getByTestId('time-limit').fill(String(exam.timeLimit.value));
    await page.getByTestId('time-unit').selectOption(exam.timeLimit.unit);
  }
  if (exam.judges) await page.getByTestId('judges').selectOption(String(exam.judges));
}

/** Saves the form and waits for the home page's confirmation; answers the new exam's id (from its row). */
export async function saveExamForm(page: Page, title: string): Promise<string> {
  await page.getByTestId('save-exam').click();
  await page.getByTestId('exam-created').waitFor();
  const row = page.getByTestId('exam-list').locator('tbody tr', { hasText: title });
  const testId = await row.first().getAttribute('data-testid');
  if (!testId?.startsWith('exam-row-')) throw new Error(`no row for the exam "${title}" in the list`);
  return testId.slice('exam-row-'.length);
}

/** The whole of it: "New exam", the form, save; answers the exam's id. The page must show the home. */
export async function scheduleExamThroughUi(page: Page, exam: ExamThroughUi): Promise<string> {
  await openNewExamForm(page);
  await fillExamForm(page, exam);
  return saveExamForm(page, exam.title);
}
