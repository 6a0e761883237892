import { createHash } from 'node:crypto';
import { Finding, FindingKind } from 'src/modules/screening/screening.types';

const FINGERPRINT_LENGTH = 16;

/**
 * Case, width and spacing differences do not make a different finding: an author who acknowledged
 * "Anna  Lind" has also acknowledged "anna lind".
 */
export function normaliseMatchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * `canonical` lets a detector say that differently written matches are the same thing (a
 * personal identity number with or without century, a phone number in national or
 * international form), so one acknowledgement covers every way of writing it.
 */
export function fingerprintOf(kind: FindingKind, canonical: string): string {
  return createHash('sha256')
    .update(`${kind}\u0000${normaliseMatchText(canonical)}`)
    .digest('hex')
    .slice(0, FINGERPRINT_LENGTH);
}

export function createFinding(
  kind: FindingKind,
  source: string,
  start: number,
  end: number,
  canonical?: string,
): Finding {
  const text = source.slice(start, end);
  return { kind, start, end, text, fingerprint: fingerprintOf(kind, canonical ?? text) };
}
