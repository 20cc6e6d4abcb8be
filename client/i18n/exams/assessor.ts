// UI strings, vi and en side by side. Assessors: create an exam and list their exams (client/pages/exams).
// Wired into vi.ts/en.ts under `examAssessor`; the same keys in both (the i18n unit test checks).
export const vi = {
  title: 'Kỳ thi',
};

export const en: typeof vi = {
  title: 'Exam',
};
