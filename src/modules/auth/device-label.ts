// SPDX-License-Identifier: EUPL-1.2
import Bowser from 'bowser';

/**
 * What a member's list of sessions shows of the device behind a User-Agent, so they can
 * recognise one to revoke: the browser and the operating system by name (proper names, which the
 * client puts into a sentence of the member's language, "Chrome på Linux"), and an English label
 * kept for older clients ("Chrome on Linux"). Nothing is decided on it. Bowser knows the browsers'
 * spoofing order; an agent it does not know keeps its first product token ("curl").
 */
export interface Device {
  browser: string | null;
  operatingSystem: string | null;
  /** English: "Firefox on Windows", "Firefox", "curl"; null without a header. */
  label: string | null;
}

const MAX_NAME_LENGTH = 40;
const MAX_LABEL_LENGTH = 100;

/** Only printable letters, digits and a few marks: the names are shown back to the member. */
function printable(text: string | undefined, max: number): string | null {
  const clean = (text ?? '').replace(/[^\p{L}\p{N} ._-]/gu, '').trim();
  return clean ? clean.slice(0, max) : null;
}

export function deviceOf(userAgent: string | undefined | null): Device {
  const agent = userAgent?.trim();
  if (!agent) return { browser: null, operatingSystem: null, label: null };
  const parsed = Bowser.parse(agent);
  const browser = printable(parsed.browser.name, MAX_NAME_LENGTH);
  const operatingSystem = printable(parsed.os.name, MAX_NAME_LENGTH);
  if (browser && operatingSystem)
    return { browser, operatingSystem, label: `${browser} on ${operatingSystem}` };
  if (browser ?? operatingSystem)
    return { browser, operatingSystem, label: browser ?? operatingSystem };
  const product = printable(agent.split(/[\s/]/)[0], MAX_LABEL_LENGTH);
  return { browser: null, operatingSystem: null, label: product };
}
