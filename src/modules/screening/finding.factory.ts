// SPDX-License-Identifier: EUPL-1.2
import { createHmac } from 'node:crypto';
import { Detection, FindingKind } from 'src/modules/screening/screening.types';

const FINGERPRINT_LENGTH = 16;

/**
 * Case, width and spacing differences do not make a different finding: an author who acknowledged
 * "Anna  Lind" has also acknowledged "anna lind".
 */
export function normaliseMatchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * What a detector found. `canonical` lets a detector say that differently written matches are the
 * same thing (a personal identity number with or without century, a phone number in national or
 * international form), so one acknowledgement covers every way of writing it.
 */
export function createFinding(
  kind: FindingKind,
  source: string,
  start: number,
  end: number,
  canonical?: string,
): Detection {
  const text = source.slice(start, end);
  return { kind, start, end, text, canonical: normaliseMatchText(canonical ?? text) };
}

/**
 * Fingerprints are HMAC-SHA-256 of kind and canonical text under a server secret
 * (`SCREENING_FINGERPRINT_KEY`), shortened to 16 hex characters. They are returned to clients,
 * carried in error extensions and stored as acknowledgements, so they must not let anyone recover
 * the text: an unkeyed hash of a personal identity number is reversed by enumerating one birth
 * year (365 days × 1,000 serials) in under a second. Without the key there is nothing to enumerate
 * against; the shortening only bounds collisions, which 64 bits make negligible per author.
 */
export class FindingFingerprinter {
  constructor(private readonly key: string) {
    if (key.length < 32) throw new Error('The fingerprint key must be at least 32 characters');
  }

  fingerprint(kind: FindingKind, canonical: string): string {
    return createHmac('sha256', this.key)
      .update(`${kind}\u0000${normaliseMatchText(canonical)}`)
      .digest('hex')
      .slice(0, FINGERPRINT_LENGTH);
  }
}
