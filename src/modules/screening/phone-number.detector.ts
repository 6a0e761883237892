// SPDX-License-Identifier: EUPL-1.2
import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import { createFinding } from 'src/modules/screening/finding.factory';
import { Detection, FindingKind } from 'src/modules/screening/screening.types';

/**
 * "0046 8 …" after another number ("…06 99, 0046 8 …") is glued onto the previous match by the
 * library; rewriting the international prefix to " +" keeps every offset and makes it start a
 * number of its own. Not after a digit group, so "465 004 00" is left alone.
 */
const INTERNATIONAL_PREFIX = /(?<![\p{N}+]|\p{N}[^\S\n]|\p{N}[-–])00(?=[1-9])/gu;

/** Reference numbers that libphonenumber would happily read as Swedish subscriber numbers. */
const REFERENCE_LABEL =
  /(?<!\p{L})(?:isbn|issn|doi|dnr|diarie\p{L}*|ärende\p{L}*|org\.?\s*nr|organisationsnummer|vat|moms\p{L}*|grant|ref\.?|referens\p{L}*|kontrakt\p{L}*|contract)[\s:.#-]*$/iu;
const CURRENCY_BEFORE = /(?<!\p{L})(?:sek|eur|usd|gbp|cny|kr|€|\$|£)\s*$/iu;
/** A whole word: "070-174 06 05 sekreterare" or "… Europakontoret" is no amount. */
const CURRENCY_AFTER =
  /^\s*(?:(?:kr|kronor|sek|msek|mkr|tkr|eur|euros?|usd|dollars?)(?!\p{L})|€|\$|£)/iu;
const DATE_LIKE = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/u;
/**
 * Opening hours, "08.00–17.00" (also with an em dash or in brackets), and the start of a match the
 * library glued onto the next range ("08.00–17.00, 18.00–20.00" gives "08.00–17.00, 18").
 */
const TIME_RANGE = /^\(?\s*\d{1,2}[.:]\d{2}\s*[-–—]\s*\d{1,2}[.:]\d{2}/u;
const LABEL_WINDOW = 24;

/**
 * Phone numbers as libphonenumber finds and validates them (Swedish by default, any country when
 * written with + or 00). People write phone numbers with their trunk or international prefix, so
 * a match must start with 0, + or "(0": this is what keeps years, year ranges, amounts, grant and
 * diary numbers out, since libphonenumber reads any valid-length digit group as a local number.
 */
export function detectPhoneNumbers(text: string): Detection[] {
  const masked = text.replace(INTERNATIONAL_PREFIX, ' +');
  const findings: Detection[] = [];
  for (const found of findPhoneNumbersInText(masked, { defaultCountry: 'SE' })) {
    let start = found.startsAt;
    // The rewritten "00" starts one character before the "+" the library saw.
    if (masked[start] === '+' && text[start] !== '+') start -= 1;
    const end = trimmedEnd(text, start, found.endsAt);
    const raw = text.slice(start, end);
    if (!/^(?:\+|0|\(\s*[0+])/u.test(raw) || DATE_LIKE.test(raw) || TIME_RANGE.test(raw)) continue;
    if (looksLikeReferenceOrAmount(text, start, end)) continue;
    findings.push(createFinding(FindingKind.PHONE_NUMBER, text, start, end, found.number.number));
  }
  return findings;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && !/[\p{N})]/u.test(text[trimmed - 1] ?? '')) trimmed -= 1;
  return trimmed;
}

function looksLikeReferenceOrAmount(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LABEL_WINDOW), start);
  const after = text.slice(end, end + LABEL_WINDOW);
  return REFERENCE_LABEL.test(before) || CURRENCY_BEFORE.test(before) || CURRENCY_AFTER.test(after);
}
