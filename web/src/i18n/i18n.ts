// SPDX-License-Identifier: EUPL-1.2
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import sv from './sv.json';

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A visitor's own choice, kept until they sign in (then the member's `locale` wins). */
const STORAGE_KEY = 'samrad.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'sv';
  } catch {
    return 'sv';
  }
}

/** Swedish is bundled; English is its own chunk, fetched the first time it is needed. */
async function catalogue(language: string): Promise<Record<string, unknown>> {
  return language === 'en' ? (await import('./en.json')).default : sv;
}

/**
 * Swedish by default; `<html lang>` always follows the language shown. Swedish ships with the
 * first load; English loads when first chosen (or stored), which keeps the first load smaller
 * however much text the client grows. `changeLanguage` waits for the catalogue before switching.
 */
export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    try {
      localStorage.setItem(STORAGE_KEY, language);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this page only.
    }
  });
  await i18next
    .use(initReactI18next)
    .use(resourcesToBackend(catalogue))
    .init({
      resources: { sv: { translation: sv } },
      partialBundledLanguages: true,
      lng: storedLanguage(),
      fallbackLng: 'sv',
      supportedLngs: LANGUAGES,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  document.documentElement.lang = i18next.language;
  return i18next;
}
