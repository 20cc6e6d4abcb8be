// UI strings, vi and en side by side. Candidates: the exam on the home page and the workshop in exam mode (countdown, submitted).
// Wired into vi.ts/en.ts under `examCandidate`; the same keys in both (the i18n unit test checks).
export const vi = {
  title: 'Kỳ thi',
};

export const en: typeof vi = {
  title: 'Exam',
};
