/**
 * A short, human label for the device behind a User-Agent ("Firefox on Windows"), shown in the
 * member's list of sessions so they can recognise one to revoke. Nothing is decided on it, so a
 * few patterns in the order browsers spoof each other are enough; anything else keeps its first
 * product token ("curl"), and no header gives null.
 */
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\bOPR\/|\bOpera\b/, 'Opera'],
  [/\bFirefox\/|\bFxiOS\//, 'Firefox'],
  [/\bChrom(?:e|ium)\/|\bCriOS\//, 'Chrome'],
  [/\bSafari\//, 'Safari'],
];

const SYSTEMS: readonly [RegExp, string][] = [
  [/\bWindows\b/, 'Windows'],
  [/\biPhone\b|\biPad\b|\biPod\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bMacintosh\b|\bMac OS X\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

const MAX_LABEL_LENGTH = 100;

export function deviceLabel(userAgent: string | undefined | null): string | null {
  const agent = userAgent?.trim();
  if (!agent) return null;
  const browser = BROWSERS.find(([pattern]) => pattern.test(agent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(agent))?.[1];
  if (browser && system) return `${browser} on ${system}`;
  if (browser ?? system) return (browser ?? system)!;
  // Only printable characters of the first product token: the label is shown back to the member.
  const product = (agent.split(/[\s/]/)[0] ?? '').replace(/[^\p{L}\p{N}._-]/gu, '');
  return product ? product.slice(0, MAX_LABEL_LENGTH) : null;
}
