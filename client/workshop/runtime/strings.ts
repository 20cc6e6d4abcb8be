// The workshop runtime's own UI words in Vietnamese and English (the app's i18n files belong to
// the pages); pick with the current i18next language.

export const workshopStrings = {
  loading: { vi: 'Đang chuẩn bị xưởng…', en: 'Preparing the workshop…' },
  enterVR: { vi: 'Vào VR', en: 'Enter VR' },
  enterAR: { vi: 'Vào AR', en: 'Enter AR' },
  exitXR: { vi: 'Thoát', en: 'Exit' },
  noWebGL: {
    vi: 'Trình duyệt không tạo được WebGL, không thể hiển thị xưởng 3D.',
    en: 'This browser could not create WebGL, so the 3D workshop cannot be shown.',
  },
  noSceneView: {
    vi: 'Bài thực hành này chưa có xưởng 3D (thiếu thư mục scenes/<id>/view).',
    en: 'This exercise has no 3D workshop yet (its scenes/<id>/view folder is missing).',
  },
  controlsTitle: { vi: 'Điều khiển (máy tính)', en: 'Controls (desktop)' },
  controlsTitleTouch: { vi: 'Cách thao tác (cảm ứng)', en: 'Controls (touch)' },
  adjustTitle: { vi: 'Chỉnh mỏ hàn', en: 'Adjust the torch' },
} as const;

export type WorkshopStringId = keyof typeof workshopStrings;
export type WorkshopLanguage = 'vi' | 'en';

export function workshopLanguage(language: string | undefined): WorkshopLanguage {
  return language?.startsWith('en') ? 'en' : 'vi';
}

export function workshopText(id: WorkshopStringId, language: WorkshopLanguage): string {
  return workshopStrings[id][language];
}

/** A bilingual line, for scene views that bring their own words. */
export type Bilingual = { vi: string; en: string };
