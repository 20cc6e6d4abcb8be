// UI strings, vi and en side by side. Certificates: the public verify and lookup pages, the
// learner's certificates (PDF, credential JSON), who holds which, revocation.
// Wired into vi.ts/en.ts under `certificates`; the same keys in both (the i18n unit test checks).
export const vi = {
  title: 'Chứng chỉ',
};

export const en: typeof vi = {
  title: 'Certificates',
};
