// UI strings, vi and en side by side. The proctor dashboard (/exams/:id/proctor) and spectating a candidate in 3D.
// Wired into vi.ts/en.ts under `examProctor`; the same keys in both (the i18n unit test checks).
export const vi = {
  title: 'Kỳ thi',
};

export const en: typeof vi = {
  title: 'Exam',
};
