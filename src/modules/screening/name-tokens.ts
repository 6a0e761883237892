// SPDX-License-Identifier: EUPL-1.2
import {
  AMBIGUOUS_FIRST_NAMES,
  FIRST_NAMES,
  SENTENCE_START_WORD_NAMES,
} from 'src/modules/screening/first-names.data';
import {
  CHINESE_SURNAMES,
  EPONYM_FOLLOWERS,
  KNOWN_SURNAMES,
  NAME_PARTICLES,
  NON_NAME_WORDS,
  PLACE_AND_COMPANY_NAMES,
  SURNAME_SUFFIXES,
  TITLES,
} from 'src/modules/screening/name-context.data';

/** A word with the text between it and the previous word, which decides adjacency. */
export interface NameToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly gapBefore: string;
  readonly sentenceInitial: boolean;
}

/** Words may contain hyphens and apostrophes: "Anna-Karin", "Skłodowska-Curie", "O'Brien". */
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const SENTENCE_BREAK = /[.!?:•\n]/u;
const SPACES_ONLY = /^[^\S\n]+$/u;
const AFTER_ABBREVIATION = /^\.?[^\S\n]*$/u;
const SURNAME_STEM_MIN = 2;
const PINYIN_SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|uan|ian|iao|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|ü|v)';
const PINYIN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,3}$`, 'u');

export function tokenize(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const gapBefore = text.slice(previousEnd, match.index);
    tokens.push({
      text: match[0],
      start: match.index,
      end: match.index + match[0].length,
      gapBefore,
      sentenceInitial: tokens.length === 0 || SENTENCE_BREAK.test(gapBefore),
    });
    previousEnd = match.index + match[0].length;
  }
  return tokens;
}

/** Same line, only spaces between: names do not continue over punctuation or line breaks. */
export function isAdjacent(token: NameToken): boolean {
  return SPACES_ONLY.test(token.gapBefore);
}

/** As adjacent, but also after the dot of "Dr." or an initial "A.". */
export function followsAbbreviation(token: NameToken): boolean {
  return token.gapBefore.length > 0 && AFTER_ABBREVIATION.test(token.gapBefore);
}

/** The word itself and its forms without an English or Swedish genitive ("Anna's", "Annas"). */
function forms(word: string): string[] {
  const withoutPossessive = word.replace(/['’]s$/u, '');
  return withoutPossessive.endsWith('s') && withoutPossessive.length > 2
    ? [withoutPossessive, withoutPossessive.slice(0, -1)]
    : [withoutPossessive];
}

export function withoutPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}]/u.test(word) || /^(?:O['’]|D['’])\p{Lu}\p{Ll}/u.test(word);
}

/** "KTH-forskare", "Planck-institutet": a hyphenated word with a lower-case tail. */
export function isCompound(word: string): boolean {
  return word
    .split('-')
    .slice(1)
    .some((part) => !isCapitalised(part));
}

export function isGivenName(word: string): boolean {
  if (!isCapitalised(word)) return false;
  return forms(word).some(
    (form) =>
      FIRST_NAMES.has(form) ||
      (form.includes('-') && form.split('-').every((part) => FIRST_NAMES.has(part))),
  );
}

export function isAmbiguousGivenName(word: string): boolean {
  return forms(word).some((form) => AMBIGUOUS_FIRST_NAMES.has(form.toLowerCase()));
}

/** "Inga", "Sanna", "Urban" opening a sentence: the common word unless a surname follows. */
export function isWordAtSentenceStart(token: NameToken): boolean {
  return (
    token.sentenceInitial &&
    forms(token.text).some((form) => SENTENCE_START_WORD_NAMES.has(form.toLowerCase()))
  );
}

/** Function words, months, countries, organisation words: never part of a name. */
export function isNonNameWord(word: string): boolean {
  return forms(word).some((form) => NON_NAME_WORDS.has(form.toLowerCase()));
}

/** Not a name on its own, but may be the surname after a given name ("Emma Lund"). */
function isPlaceOrCompany(word: string): boolean {
  return forms(word).some((form) => PLACE_AND_COMPANY_NAMES.has(form.toLowerCase()));
}

/** Could be a name without a given name before it. */
export function isStandaloneNameWord(word: string): boolean {
  return (
    isCapitalised(word) && !isCompound(word) && !isNonNameWord(word) && !isPlaceOrCompany(word)
  );
}

export function isTitle(word: string): boolean {
  return TITLES.has(word.toLowerCase());
}

export function isParticle(word: string): boolean {
  return NAME_PARTICLES.has(word.toLowerCase());
}

/** "al-Rashid", "el-Sayed", "bin-Salman": a particle joined to a capitalised name. */
function isJoinedParticleName(word: string): boolean {
  const [particle = '', ...rest] = word.split('-');
  return rest.length > 0 && isParticle(particle) && rest.every(isCapitalised);
}

export function hasSurnameSuffix(word: string): boolean {
  if (!isStandaloneNameWord(word)) return false;
  return forms(word).some((form) => {
    const last = (form.split('-').pop() ?? form).toLowerCase();
    return SURNAME_SUFFIXES.some(
      (suffix) => last.endsWith(suffix) && last.length - suffix.length >= SURNAME_STEM_MIN,
    );
  });
}

/** Patronymic surnames (Andersson, Johansson) are names even on their own. */
export function isPatronymicSurname(word: string): boolean {
  return (
    isStandaloneNameWord(word) &&
    forms(word).some((form) => /\p{L}{3}sson$/u.test(form.toLowerCase()))
  );
}

export function isSurnameLike(word: string): boolean {
  if (isJoinedParticleName(word)) return true;
  if (!isStandaloneNameWord(word)) return false;
  return (
    hasSurnameSuffix(word) ||
    forms(word).some((form) => {
      const lower = form.toLowerCase();
      return KNOWN_SURNAMES.has(lower) || CHINESE_SURNAMES.has(lower);
    })
  );
}

/**
 * A capitalised word that can continue a name; given names win over their word readings.
 * Romanised Korean and Chinese given names keep a lower-case syllable after the hyphen
 * ("Kim Ji-hoon", "Wang Xiao-ming"), which would otherwise read as a compound.
 */
export function isNamePart(word: string): boolean {
  if (isJoinedParticleName(word) || /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u.test(word)) return true;
  if (!isCapitalised(word) || isCompound(word)) return false;
  return isGivenName(word) || !isNonNameWord(word);
}

export function isChineseSurname(word: string): boolean {
  return isCapitalised(word) && CHINESE_SURNAMES.has(word.toLowerCase());
}

export function isPinyinGivenName(word: string): boolean {
  return (
    isCapitalised(word) &&
    !isNonNameWord(word) &&
    PINYIN_NAME.test(withoutPossessive(word).toLowerCase().replace(/[-'’]/gu, ''))
  );
}

/** "Max Planck Institute", "Planck-institutet", "Wallenbergs stiftelse". */
export function isEponymFollower(word: string): boolean {
  const parts = word.toLowerCase().split('-');
  return parts.some(
    (part, index) => (index > 0 || parts.length === 1) && EPONYM_FOLLOWERS.has(part),
  );
}

export function isInitial(token: NameToken, next: NameToken | undefined): boolean {
  return /^\p{Lu}$/u.test(token.text) && next !== undefined && /^\.[^\S\n]*$/u.test(next.gapBefore);
}
