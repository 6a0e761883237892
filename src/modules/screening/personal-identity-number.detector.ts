// SPDX-License-Identifier: EUPL-1.2
import Personnummer from 'personnummer';
import { createFinding } from 'src/modules/screening/finding.factory';
import { Detection, FindingKind } from 'src/modules/screening/screening.types';

/**
 * Every written form: YYMMDD-XXXX, YYMMDD+XXXX (100 years or older), YYYYMMDD-XXXX,
 * YYYYMMDDXXXX, YYMMDDXXXX, with a space as separator or spaces around it. The century is limited
 * to 18, 19 and 20 so a twelve-digit reference number is not read as a birth date in year 2301.
 * The look-arounds keep the pattern out of longer digit runs, including hyphen- or dot-joined
 * ones such as "2021-811218-9876" or an IBAN.
 */
const CANDIDATE =
  /(?<![\p{L}\p{N}+]|\p{N}[-/.–])((?:18|19|20)?\d{6})(?:[^\S\n]*([-+–−])[^\S\n]*|[^\S\n])?(\d{4})(?![\p{L}\p{N}]|[-/.–]\p{N})/gu;

/**
 * Swedish personal identity numbers and coordination numbers (day of birth + 60). The checksum and
 * the date are checked by the `personnummer` library, so invoice numbers, dates and random
 * ten-digit numbers are not flagged.
 */
export function detectPersonalIdentityNumbers(text: string): Detection[] {
  const findings: Detection[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const [whole, birth = '', separator, serial = ''] = match;
    const parsed = parse(`${birth}${separator === '+' ? '+' : '-'}${serial}`);
    if (!parsed) continue;
    const kind = parsed.isCoordinationNumber()
      ? FindingKind.COORDINATION_NUMBER
      : FindingKind.PERSONAL_IDENTITY_NUMBER;
    findings.push(
      createFinding(kind, text, match.index, match.index + whole.length, parsed.format(true)),
    );
  }
  return findings;
}

function parse(candidate: string): Personnummer | undefined {
  try {
    return Personnummer.parse(candidate, {
      allowCoordinationNumber: true,
      allowInterimNumber: false,
    });
  } catch {
    return undefined;
  }
}
