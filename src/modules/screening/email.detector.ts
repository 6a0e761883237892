// SPDX-License-Identifier: EUPL-1.2
import { createFinding } from 'src/modules/screening/finding.factory';
import { Detection, FindingKind } from 'src/modules/screening/screening.types';

const LOCAL_ATOM = "[\\p{L}\\p{N}_%+'-]+";
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
/** Academic web pages write "anna.lind [at] example.se" to fool harvesters; it is still an address. */
const SPELLED_AT = '[^\\S\\n]*[[(][^\\S\\n]*(?:at|snabel-a)[^\\S\\n]*[\\])][^\\S\\n]*';
const SPELLED_DOT = '[^\\S\\n]*[[(][^\\S\\n]*(?:dot|punkt)[^\\S\\n]*[\\])][^\\S\\n]*';
const AT = `(?:@|${SPELLED_AT})`;
const DOT = `(?:\\.|${SPELLED_DOT})`;

/**
 * Local part in Unicode letters (å/ä/ö, internationalised addresses) with the usual punctuation;
 * the domain is one or more labels and a letters-only top-level domain, so a sentence-ending dot
 * is left out. The look-behind stops "@handle" mentions and the middle of longer tokens from
 * matching: a local part is required and must start the token.
 */
const EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}._%+'-])${LOCAL_ATOM}(?:\\.${LOCAL_ATOM})*${AT}(?:${LABEL}${DOT})+\\p{L}{2,24}(?![\\p{L}\\p{N}@-])`,
  'giu',
);
const SPELLED_AT_ANYWHERE = new RegExp(SPELLED_AT, 'giu');
const SPELLED_DOT_ANYWHERE = new RegExp(SPELLED_DOT, 'giu');

export function detectEmailAddresses(text: string): Detection[] {
  return Array.from(text.matchAll(EMAIL), (match) =>
    createFinding(
      FindingKind.EMAIL,
      text,
      match.index,
      match.index + match[0].length,
      plainAddress(match[0]),
    ),
  );
}

/** One fingerprint however the address was disguised. */
function plainAddress(address: string): string {
  return address.replace(SPELLED_AT_ANYWHERE, '@').replace(SPELLED_DOT_ANYWHERE, '.');
}
