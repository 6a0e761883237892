// SPDX-License-Identifier: EUPL-1.2
import type { TFunction } from 'i18next';

/** What the API tells of a signed-in device: names, and its older English label. */
export interface SessionDevice {
  browser?: string | null;
  operatingSystem?: string | null;
  device?: string | null;
}

/**
 * The device in the page's language: "Chrome på Linux" from the browser's and system's names
 * (proper names, not translated). The API's `device` label is English ("Chrome on Linux"), so
 * it is used only when there are no names: then it is a product token such as "curl".
 */
export function deviceName(session: SessionDevice, t: TFunction): string {
  const { browser, operatingSystem } = session;
  if (browser && operatingSystem)
    return t('account.sessions.browserOnSystem', { browser, system: operatingSystem });
  return browser ?? operatingSystem ?? session.device ?? t('account.sessions.unknownDevice');
}
