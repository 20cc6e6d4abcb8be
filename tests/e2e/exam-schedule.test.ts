// An assessor schedules an exam through the form (issue 11, "Assessor"): assessor1 opens "New
// exam", the form's own checks stop an empty save, then welding for student1 and student2 picked
// from the class, assessor2 as co-assessor and a 45 s time limit; the home list shows it open
// with its counts and links to the proctor dashboard, and the server holds exactly that exam. A
// server refusal is shown beside the field it names; a student cannot use the form. Screenshots: test-results/exam-create-form.png, exam-list.png.
import { describe, expect, it } from 'vitest';
import type { Exam } from '../../scenes/protocol/exams';
import type { PublicUser } from '../../scenes/protocol/rest';
import { saveScreenshot } from './support/browser';
import { fillExamForm, openNewExamForm, saveExamForm } from './support/scheduleExam';
import { signIn } from './support/signIn';
import { serverAndBrowser } from './support/serverAndBrowser';
import { signInAs } from '../support/testServer';

const title = 'Thi hàn giáp mối — đợt 1';

describe('scheduling an exam through the form', () => {
  const e2e = serverAndBrowser();

  it('assessor1 schedules welding for student1 and student2 with assessor2; the list and the server show exactly that exam', { timeout: 120_000 }, async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, e2e.server.url, 'assessor1');
    await page.getByTestId('no-exams').waitFor();

    await openNewExamForm(page);
    expect(await page.title()).toBe('Tạo kỳ thi — VocaXR');
    // Nothing picked and no title: the form says so beside each field and sends nothing.
    await page.getByTestId('save-exam').click();
    expect(await page.getByTestId('problem-exam-title-problem').textContent()).toBe('Hãy đặt tên cho kỳ thi.');
    expect(await page.getByTestId('problem-exam-candidateIds-problem').textContent()).toBe('Hãy chọn ít nhất một thí sinh.');
    expect(await page.getByTestId('form-problems').textContent()).toBe('Còn 2 mục cần sửa, được đánh dấu bên dưới.');
    expect(await page.getByTestId('exam-title').getAttribute('aria-invalid')).toBe('true');
    // The defaults: 30 minutes, one judge, the lead is the signed-in assessor.
    expect(await page.getByTestId('time-limit').inputValue()).toBe('30');
    expect(await page.getByTestId('judges').inputValue()).toBe('1');
    expect(await page.getByTestId('assessor-picker').textContent()).toContain('Võ Thị Hạnh (bạn, trưởng ban giám khảo)');

    await fillExamForm(page, {
      title,
      sceneId: 'welding-bead',
      classCode: 'HAN-K24',
      candidates: ['Nguyễn Văn An', 'Trần Thị Bích'],
      coAssessors: ['Hồ Văn Khánh'],
      timeLimit: { value: 45, unit: 'seconds' },
    });
    expect(await page.getByTestId('picked-count').textContent()).toBe('Đã chọn 2 thí sinh: Nguyễn Văn An, Trần Thị Bích');
    expect(await page.getByTestId('form-problems').count()).toBe(0);
    await saveScreenshot(page, 'exam-create-form');

    const examId = await saveExamForm(page, title);
    expect(await page.getByTestId('exam-created').textContent()).toBe(`Đã lên lịch kỳ thi “${title}”.`);
    const row = page.getByTestId(`exam-row-${examId}`);
    expect(await row.getByTestId('exam-state').textContent()).toBe('Đang mở');
    const cells = await row.locator('td').allTextContents();
    expect(cells.slice(2)).toEqual(['45 giây', '2', '0', '0']);
    expect(await row.locator('th').textContent()).toContain('Hàn MIG/MAG giáp mối tư thế bằng (1G)');
    expect(await page.getByTestId(`proctor-${examId}`).getAttribute('href')).toBe(`/exams/${examId}/proctor`);
    await saveScreenshot(page, 'exam-list');

    // The server holds exactly this exam, as scheduled.
    const assessor = await signInAs(e2e.server.url, 'assessor1');
    const people = async (path: string) =>
      (await (await fetch(`${e2e.server.url}/api${path}`, { headers: { Authorization: `Bearer ${assessor.token}` } })).json()) as PublicUser[];
    const classes = (await people('/classes')) as unknown as { id: string }[];
    const students = await people(`/classes/${classes[0]!.id}/students`);
    const assessors = await people('/institution/assessors');
    const idOf = (list: PublicUser[], name: string) => list.find((p) => p.name === name)!.id;
    const exams = (await (await fetch(`${e2e.server.url}/api/exams`, { headers: { Authorization: `Bearer ${assessor.token}` } })).json()) as Exam[];
    expect(exams).toHaveLength(1);
    expect(exams[0]).toMatchObject({ id: examId, sceneId: 'welding-bead', title, timeLimitMs: 45_000, judges: 1, leadAssessorId: assessor.user.id, status: 'open' });
    expect(exams[0]!.candidates.map((c) => c.learnerId).sort()).toEqual([idOf(students, 'Nguyễn Văn An'), idOf(students, 'Trần Thị Bích')].sort());
    expect(exams[0]!.assessorIds.sort()).toEqual([assessor.user.id, idOf(assessors, 'Hồ Văn Khánh')].sort());
    // Opened "now" (this minute), closing 2 h after the default opening.
    expect(Date.parse(exams[0]!.opensAt)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(exams[0]!.closesAt) - Date.now()).toBeGreaterThan(3_600_000);
    await context.close();
  });

  it("shows the server's refusal beside the field it names, and saves nothing", { timeout: 60_000 }, async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, e2e.server.url, 'assessor1');
    await openNewExamForm(page);
    await fillExamForm(page, { title: 'Thi thử', candidates: ['Lê Hoàng Cường'], coAssessors: ['Bùi Thị Lan'] });
    // Meanwhile an admin makes assessor3 a teacher: the form's choice is stale, the server says which field.
    const admin = await signInAs(e2e.server.url, 'admin1');
    const assessor3 = (await signInAs(e2e.server.url, 'assessor3')).user.id;
    const demoted = await fetch(`${e2e.server.url}/api/users/${assessor3}`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'teacher' }),
    });
    expect(demoted.status).toBe(200);
    await page.getByTestId('save-exam').click();
    const problem = page.getByTestId('problem-exam-assessorIds-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe('Có giám khảo không còn là giám khảo của trường (tài khoản vừa đổi vai trò). Hãy tải lại trang và chọn lại.');
    expect(page.url()).toBe(`${e2e.server.url}/exams/new`);
    const exams = (await (await fetch(`${e2e.server.url}/api/exams`, { headers: { Authorization: `Bearer ${admin.token}` } })).json()) as Exam[];
    expect(exams.map((e) => e.title)).not.toContain('Thi thử');
    await context.close();
  });

  it('tells a student they cannot create exams', { timeout: 60_000 }, async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signIn(page, e2e.server.url, 'student1');
    expect(await page.getByTestId('new-exam').count()).toBe(0);
    await page.goto(`${e2e.server.url}/exams/new`);
    expect(await page.getByTestId('not-allowed').textContent()).toBe('Chỉ giám khảo và quản trị viên mới tạo được kỳ thi. Tài khoản của bạn không có quyền này.');
    expect(await page.getByTestId('exam-form').count()).toBe(0);
    await context.close();
  });
});
