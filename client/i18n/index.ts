// i18next set-up: Vietnamese by default, English on request; the choice is kept in
// localStorage and mirrored into <html lang> for screen readers and hyphenation.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { vi } from './vi';
import { en } from './en';

export const languages = ['vi', 'en'] as const;
export type Language = (typeof languages)[number];
const storageKey = 'vocaxr.lang';

function keptLanguage(): Language {
  try {
    const kept = localStorage.getItem(storageKey);
    return languages.includes(kept as Language) ? (kept as Language) : 'vi';
  } catch {
    return 'vi';
  }
}

export function setLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: keptLanguage(),
  fallbackLng: 'vi',
  supportedLngs: languages,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export default i18n;
