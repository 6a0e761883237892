// SPDX-License-Identifier: EUPL-1.2
import { createFinding } from 'src/modules/screening/finding.factory';
import { longestWithoutOverlaps, Span } from 'src/modules/screening/finding-overlaps';
import {
  Detection,
  FindingKind,
  OrganisationDictionary,
} from 'src/modules/screening/screening.types';

interface NamePattern {
  readonly regex: RegExp;
  readonly acronym: boolean;
  /** Set for short single words ("Formas", "Forte"): they are also common words in lower case. */
  readonly requiredInitial?: string;
  readonly revealsAuthor: boolean;
}

interface Candidate extends Span {
  readonly name: string;
  readonly revealsAuthor: boolean;
}

/**
 * An organisation's name takes no indefinite article: "an ISP", "en lokal ISP" are internet
 * service providers, "a VR headset" is virtual reality.
 */
const GENERIC_DETERMINER =
  /(?<!\p{L})(?:a|an|another|any|each|every|no|some|local|en|ett|någon|något|varje|annan|annat|lokal|lokala)\s+$/iu;
const DETERMINER_WINDOW = 16;
const LONG_NAME_LENGTH = 8;
const ACRONYM_MAX_LENGTH = 6;
const compiledDictionaries = new WeakMap<OrganisationDictionary, readonly NamePattern[]>();

/**
 * Names of member organisations, any of which would reveal the author of an anonymous post.
 * Acronyms (KTH, LiU, KI, ISP) match case-sensitively so "ki" or "isp" in running text and
 * inside words are not flagged; long names match case-insensitively. A Swedish or English
 * genitive ("KTH:s", "Säkerhetspolisens", "Uppsala universitets", "KTH's") is part of the
 * match. Where names overlap (a short form inside a long name), the longest wins.
 */
export function detectOrganisationNames(
  text: string,
  dictionary: OrganisationDictionary,
): Detection[] {
  const candidates: Candidate[] = [];
  for (const pattern of patternsFor(dictionary)) {
    for (const match of text.matchAll(pattern.regex)) {
      const name = match[1] ?? '';
      if (pattern.requiredInitial && !name.startsWith(pattern.requiredInitial)) continue;
      if (pattern.acronym && isGenericUse(text, match.index, match.index + match[0].length)) {
        continue;
      }
      candidates.push({
        start: match.index,
        end: match.index + match[0].length,
        name,
        revealsAuthor: pattern.revealsAuthor,
      });
    }
  }
  return longestWithoutOverlaps(candidates).map((candidate) => ({
    ...createFinding(
      FindingKind.ORGANISATION_NAME,
      text,
      candidate.start,
      candidate.end,
      candidate.name,
    ),
    ...(candidate.revealsAuthor ? {} : { harmless: true }),
  }));
}

function patternsFor(dictionary: OrganisationDictionary): readonly NamePattern[] {
  let patterns = compiledDictionaries.get(dictionary);
  if (!patterns) {
    // A name shared with an organisation that reveals its author reveals it.
    const revealing = new Map<string, boolean>();
    for (const entry of dictionary) {
      for (const name of entry.names.map((n) => n.trim()).filter((n) => n.length > 0))
        revealing.set(name, (revealing.get(name) ?? false) || entry.revealsAuthor !== false);
    }
    patterns = [...revealing].map(([name, revealsAuthor]) => compileName(name, revealsAuthor));
    compiledDictionaries.set(dictionary, patterns);
  }
  return patterns;
}

function compileName(name: string, revealsAuthor: boolean): NamePattern {
  const body = name
    .split(/\s+/u)
    .map((word) => escapeRegExp(word).replace(/\\\.$/u, '\\.?'))
    .join('\\s+');
  const acronym = isAcronym(name);
  // A bare "s" after an acronym is a plural ("ISPs"), not a genitive.
  const genitive = acronym ? "(?::s|['’]s)?" : "(?::s|['’]s|s)?";
  const source = `(?<![\\p{L}\\p{N}])(${body})${genitive}(?![\\p{L}\\p{N}])`;
  if (acronym) return { regex: new RegExp(source, 'gu'), acronym, revealsAuthor };
  const shortWord = !/\s/u.test(name) && name.length < LONG_NAME_LENGTH;
  const initial = name[0];
  return {
    regex: new RegExp(source, 'giu'),
    acronym,
    revealsAuthor,
    requiredInitial:
      shortWord && initial && initial !== initial.toLowerCase() ? initial : undefined,
  };
}

/** The article of a compound belongs to the compound: "ett ISP-ärende", "a KTH-led project". */
function isGenericUse(text: string, start: number, end: number): boolean {
  if (/^-\p{L}/u.test(text.slice(end, end + 2))) return false;
  return GENERIC_DETERMINER.test(text.slice(Math.max(0, start - DETERMINER_WINDOW), start));
}

/** KTH, LiU, KI, SLU, ISP, VR, UHR: short, no spaces, at least two capitals. */
function isAcronym(name: string): boolean {
  const capitals = name.match(/\p{Lu}/gu)?.length ?? 0;
  return !/\s/u.test(name) && name.length <= ACRONYM_MAX_LENGTH && capitals >= 2;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
