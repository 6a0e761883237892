// SPDX-License-Identifier: EUPL-1.2

/** The Swedish or English text, by the interface language (Swedish by default). */
export function inLanguage<T>(language: string, sv: T, en: T): T {
  return language.startsWith('en') ? en : sv;
}

export function formatDate(language: string, value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return '';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(value));
}
