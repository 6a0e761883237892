// SPDX-License-Identifier: EUPL-1.2
/** What a piece of text reveals; string values so findings serialise readably in GraphQL and logs. */
export enum FindingKind {
  PERSONAL_IDENTITY_NUMBER = 'PERSONAL_IDENTITY_NUMBER',
  COORDINATION_NUMBER = 'COORDINATION_NUMBER',
  EMAIL = 'EMAIL',
  PHONE_NUMBER = 'PHONE_NUMBER',
  PERSON_NAME = 'PERSON_NAME',
  ORGANISATION_NAME = 'ORGANISATION_NAME',
}

/**
 * Personal identity and coordination numbers cannot be acknowledged: the author must remove them
 * (DOMAIN §4, §11), at every sharing level, including those that skip moderation.
 */
export const REMOVE_ONLY_KINDS: ReadonlySet<FindingKind> = new Set([
  FindingKind.PERSONAL_IDENTITY_NUMBER,
  FindingKind.COORDINATION_NUMBER,
]);

/** What a detector reports, before the screener fingerprints it. */
export interface Detection {
  readonly kind: FindingKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Normalised canonical form (12-digit number, E.164 phone, plain address …); never leaves the screener. */
  readonly canonical: string;
  /**
   * A match that is no finding (an authority that takes questions) but still claims its words,
   * so "kontaktperson Säpo" is not reported as a person either.
   */
  readonly harmless?: boolean;
}

export interface Finding {
  readonly kind: FindingKind;
  /** UTF-16 offset into the screened text (what `String.prototype.slice` expects). */
  readonly start: number;
  /** Exclusive end offset. */
  readonly end: number;
  /** The matched text, `text.slice(start, end)`. */
  readonly text: string;
  /**
   * Stable id of what was found, independent of where: an author's acknowledgement of a finding
   * must survive edits elsewhere in the text (and a re-formatted number). Keyed (see
   * `FindingFingerprinter`): it does not reveal the text.
   */
  readonly fingerprint: string;
  /** False for personal identity and coordination numbers: they must be removed. */
  readonly acknowledgeable: boolean;
}

/**
 * Every member organisation with all the names it goes by (Swedish, English, short forms): any of
 * them would reveal the author of an anonymous post, unless `revealsAuthor` is false (the
 * authorities that take questions, see `organisationDictionaryOf`).
 */
export type OrganisationDictionary = readonly {
  readonly names: readonly string[];
  /** Default true. False: matched, so no weaker detector reads the words, but never reported. */
  readonly revealsAuthor?: boolean;
}[];

/** A finding in one named field of a case, question or answer (`title`, `summary`, `body` …). */
export type FieldFinding = Finding & { readonly field: string };
