// SPDX-License-Identifier: EUPL-1.2
import { createFinding } from 'src/modules/screening/finding.factory';
import {
  followsAbbreviation,
  hasSurnameSuffix,
  isAdjacent,
  isAmbiguousGivenName,
  isChineseSurname,
  isCompound,
  isEponymFollower,
  isGivenName,
  isInitial,
  isNamePart,
  isParticle,
  isPatronymicSurname,
  isPinyinGivenName,
  isStandaloneNameWord,
  isSurnameLike,
  isTitle,
  isWordAtSentenceStart,
  NameToken,
  tokenize,
  withoutPossessive,
} from 'src/modules/screening/name-tokens';
import { Detection, FindingKind } from 'src/modules/screening/screening.types';

/** Index range [first, last] of the tokens that make up a name. */
type NameSpan = readonly [first: number, last: number];

const MAX_PARTS_AFTER_FIRST = 3;

/**
 * Names of people, reported as the full name ("Anna-Karin Lindqvist", "Zhang Wei", the name after
 * "professor"). A capitalised word is a name when it is a known given name, follows a title,
 * ends like a Nordic surname after another capitalised word, or is a patronymic. Given names that
 * are also ordinary words ("Per", "Maj", "Hans", "Jan") count only with a surname after them, those
 * that are words only at a sentence start ("Inga", "Sanna") need one there, and
 * names followed by "Institute", "stiftelse", "Actions"… are eponyms, not people.
 */
export function detectPersonNames(text: string): Detection[] {
  const tokens = tokenize(text);
  const spans: NameSpan[] = [];
  let index = 0;
  while (index < tokens.length) {
    const span = nameAt(tokens, index);
    if (span && !isEponym(tokens, span[1])) spans.push(span);
    index = span ? span[1] + 1 : index + 1;
  }
  return [...spans, ...laterMentions(tokens, spans)]
    .sort((a, b) => a[0] - b[0])
    .map(([first, last]) => {
      const start = tokens[first]?.start ?? 0;
      const end = tokens[last]?.end ?? start;
      const canonical = withoutPossessive(text.slice(start, end));
      return createFinding(FindingKind.PERSON_NAME, text, start, end, canonical);
    });
}

/**
 * Once "Hans Müller" is named, a later "Hans" or "Müller" on its own is the same person, even
 * though "Hans" alone would be read as "his". Sentence-initial ambiguous words stay words.
 */
function laterMentions(tokens: readonly NameToken[], spans: readonly NameSpan[]): NameSpan[] {
  const covered = new Set(spans.flatMap(([first, last]) => range(first, last)));
  const known = new Set(
    spans.flatMap(([first, last]) =>
      range(first, last).map((i) => withoutPossessive(tokens[i]?.text ?? '')),
    ),
  );
  const mentions: NameSpan[] = [];
  tokens.forEach((token, i) => {
    if (covered.has(i) || !known.has(withoutPossessive(token.text))) return;
    if (!isGivenName(token.text) && !isStandaloneNameWord(token.text)) return;
    if (token.sentenceInitial && isAmbiguousGivenName(token.text)) return;
    if (isWordAtSentenceStart(token)) return;
    mentions.push([i, i]);
  });
  return mentions;
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, offset) => first + offset);
}

function nameAt(tokens: readonly NameToken[], index: number): NameSpan | undefined {
  return (
    afterTitle(tokens, index) ??
    chineseOrder(tokens, index) ??
    fromGivenName(tokens, index) ??
    fromInitials(tokens, index) ??
    endingInSurname(tokens, index) ??
    patronymic(tokens, index)
  );
}

/** "professor Lind", "Prof. Dr. Hans Müller", "doktorand Zhang Wei": the name, not the title. */
function afterTitle(tokens: readonly NameToken[], index: number): NameSpan | undefined {
  let next = index;
  while (isTitle(tokens[next]?.text ?? '')) {
    next += 1;
    const candidate = tokens[next];
    if (!candidate || !followsAbbreviation(candidate)) return undefined;
  }
  if (next === index) return undefined;
  const first = tokens[next];
  if (!first) return undefined;
  if (!isNamePart(first.text) && !isInitial(first, tokens[next + 1])) return undefined;
  return [next, extend(tokens, next)];
}

/** Family name first: "Zhang Wei", "Wang Xiaoming". */
function chineseOrder(tokens: readonly NameToken[], index: number): NameSpan | undefined {
  const surname = tokens[index];
  const given = tokens[index + 1];
  if (!surname || !given || !isChineseSurname(surname.text) || !isAdjacent(given)) return undefined;
  return isPinyinGivenName(given.text) ? [index, index + 1] : undefined;
}

function fromGivenName(tokens: readonly NameToken[], index: number): NameSpan | undefined {
  const given = tokens[index];
  if (!given || !isGivenName(given.text)) return undefined;
  const last = extend(tokens, index);
  const second = last > index ? tokens[index + 1] : undefined;
  // "Inga åtgärder behövdes" is a word opening the sentence; "Inga Holm sa" a name, since after
  // these words only a proper name is capitalised (short surnames such as Holm or Ek are not
  // surname-like on their own, and missing a real name costs more than a rare false alarm).
  if (isWordAtSentenceStart(given))
    return second && isStandaloneNameWord(second.text) ? [index, last] : undefined;
  if (!isAmbiguousGivenName(given.text)) return [index, last];
  // "Per år", "Maj 2023", "Hans forskning": a word unless a surname follows.
  if (!second) return undefined;
  const surnameFollows = isSurnameLike(second.text) || isGivenName(second.text);
  return !given.sentenceInitial || surnameFollows ? [index, last] : undefined;
}

/** "A. Svensson", "J. K. Lindqvist". */
function fromInitials(tokens: readonly NameToken[], index: number): NameSpan | undefined {
  let next = index;
  while (tokens[next] && isInitial(tokens[next] as NameToken, tokens[next + 1])) next += 1;
  const surname = tokens[next];
  if (next === index || !surname || !isSurnameLike(surname.text)) return undefined;
  return [index, next];
}

/**
 * "Gunnel Lindqvist", "Tiina Mäkinen Holm": a run of capitalised words ending in a Nordic
 * surname. A sentence-initial word that is not a given name is an ordinary word
 * ("Projektledaren Lindberg"), so only the surname is kept then.
 */
function endingInSurname(tokens: readonly NameToken[], index: number): NameSpan | undefined {
  const first = tokens[index];
  if (!first || !isStandaloneNameWord(first.text)) return undefined;
  let last = index;
  while (last - index < MAX_PARTS_AFTER_FIRST) {
    const next = tokens[last + 1];
    if (!next || !isAdjacent(next) || !isStandaloneNameWord(next.text)) break;
    last += 1;
    if (hasSurnameSuffix(next.text)) {
      const start = first.sentenceInitial && !isGivenName(first.text) ? index + 1 : index;
      return start === last && !isSurnameLike(next.text) ? undefined : [start, last];
    }
  }
  return undefined;
}

function patronymic(tokens: readonly NameToken[], index: number): NameSpan | undefined {
  const token = tokens[index];
  return token && isPatronymicSurname(token.text) ? [index, index] : undefined;
}

/**
 * Middle names, surnames, initials and particles after the first part of a name: "Anna Maria
 * Lind", "John F. Kennedy", "Ludwig van Beethoven". A genitive ends the name ("Anna Linds
 * rapport" is over at "Linds").
 */
function extend(tokens: readonly NameToken[], first: number): number {
  let last = first;
  while (last - first < MAX_PARTS_AFTER_FIRST) {
    const current = tokens[last] as NameToken;
    if (/['’]s$/u.test(current.text)) break;
    const next = tokens[last + 1];
    if (!next) break;
    const joined = isInitial(current, next) ? followsAbbreviation(next) : isAdjacent(next);
    if (!joined) break;
    if (isNamePart(next.text) || isInitial(next, tokens[last + 2])) {
      last += 1;
      continue;
    }
    const particles = particlesBefore(tokens, last + 1);
    const afterParticles = tokens[last + 1 + particles];
    if (particles > 0 && afterParticles && isNamePart(afterParticles.text)) {
      last += particles + 1;
      continue;
    }
    break;
  }
  // An initial cannot end a name: "Anna K." is "Anna".
  while (last > first && /^\p{Lu}$/u.test(tokens[last]?.text ?? '')) last -= 1;
  return last;
}

/** How many adjacent particles start at `index` ("van der", "de la"), at most two. */
function particlesBefore(tokens: readonly NameToken[], index: number): number {
  let count = 0;
  while (count < 2) {
    const token = tokens[index + count];
    if (!token || !isAdjacent(token) || !isParticle(token.text)) break;
    count += 1;
  }
  const next = tokens[index + count];
  return next && isAdjacent(next) ? count : 0;
}

/** The word right after the name (or the tail of its last word) names a prize, fund or place. */
function isEponym(tokens: readonly NameToken[], last: number): boolean {
  const lastToken = tokens[last];
  const next = tokens[last + 1];
  if (lastToken && isCompound(lastToken.text) && isEponymFollower(lastToken.text)) return true;
  return next !== undefined && isAdjacentOrHyphen(next) && isEponymFollower(next.text);
}

function isAdjacentOrHyphen(token: NameToken): boolean {
  return (
    isAdjacent(token) || /^[^\S\n]*[-–][^\S\n]*$/u.test(token.gapBefore) || token.gapBefore === ''
  );
}
