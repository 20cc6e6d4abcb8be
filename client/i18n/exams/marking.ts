// UI strings, vi and en side by side. Judges: the marking page, the results table and sign-off.
// Wired into vi.ts/en.ts under `examMarking`; the same keys in both (the i18n unit test checks).
export const vi = {
  title: 'Chấm điểm',
};

export const en: typeof vi = {
  title: 'Marking',
};
