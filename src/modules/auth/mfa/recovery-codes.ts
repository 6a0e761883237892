// SPDX-License-Identifier: EUPL-1.2
import { randomInt } from 'node:crypto';

export const RECOVERY_CODE_COUNT = 10;

/** Crockford's base32 without look-alikes (no I, L, O, U): easy to read off paper and type. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Ten codes of 10 characters (50 bits each), shown as `XXXXX-XXXXX`. */
export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/**
 * The canonical form that is hashed: case, spaces and hyphens do not matter, and the letters a
 * reader confuses with digits count as those digits (Crockford).
 */
export function normaliseRecoveryCode(input: string): string | null {
  const canonical = input
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (canonical.length !== 10) return null;
  return [...canonical].every((c) => ALPHABET.includes(c)) ? canonical : null;
}
