import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { featureMessages } from './features';
import { nlBE } from './nl-BE';

const LANGUAGE_KEY = 'doorlicht.language';
export const LANGUAGES = [
  { code: 'nl-BE', label: 'Nederlands' },
  { code: 'en', label: 'English' },
] as const;

function pick(language: 'nl' | 'en'): Record<string, unknown> {
  return Object.fromEntries(Object.entries(featureMessages).map(([namespace, messages]) => [namespace, messages[language]]));
}

export function initI18n() {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  void i18next.use(initReactI18next).init({
    resources: {
      'nl-BE': { translation: { ...nlBE, ...pick('nl') } },
      en: { translation: { ...en, ...pick('en') } },
    },
    lng: stored === 'en' ? 'en' : 'nl-BE',
    fallbackLng: 'nl-BE',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export function setLanguage(code: string) {
  localStorage.setItem(LANGUAGE_KEY, code);
  void i18next.changeLanguage(code);
  document.documentElement.lang = code;
}
