import { createFinding } from 'src/modules/screening/finding.factory';
import { Finding, FindingKind } from 'src/modules/screening/screening.types';

/**
 * Local part in Unicode letters (å/ä/ö, internationalised addresses) with the usual punctuation;
 * the domain is one or more labels and a letters-only top-level domain, so a sentence-ending dot
 * is left out. The look-behind stops "@handle" mentions and the middle of longer tokens from
 * matching: a local part is required and must start the token.
 */
const EMAIL =
  /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}_%+'-]+(?:\.[\p{L}\p{N}_%+'-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}@-])/gu;

export function detectEmailAddresses(text: string): Finding[] {
  return Array.from(text.matchAll(EMAIL), (match) =>
    createFinding(FindingKind.EMAIL, text, match.index, match.index + match[0].length),
  );
}
