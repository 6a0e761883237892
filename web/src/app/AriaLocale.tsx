// SPDX-License-Identifier: EUPL-1.2
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { I18nProvider } from 'react-aria-components';

/** React Aria's locale for each language of the UI. */
const ARIA_LOCALE = { sv: 'sv-SE', en: 'en-GB' } as const;

/**
 * React Aria's own text (a tag's "remove", a combo box's announcements), its collation (the
 * pickers' matching) and its number and date formats follow the language shown, not the
 * browser's: a Swedish page on an English browser spoke English before, and the English UI
 * Swedish. It also means React Aria never needs the browser's language (see
 * web/build/react-aria-locale-check.ts).
 */
export function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <I18nProvider locale={i18n.language === 'en' ? ARIA_LOCALE.en : ARIA_LOCALE.sv}>
      {children}
    </I18nProvider>
  );
}
