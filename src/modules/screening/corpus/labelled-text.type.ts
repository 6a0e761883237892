import { FindingKind } from 'src/modules/screening/screening.types';

/** A finding the screener should report: right kind and exactly this text. */
export interface ExpectedFinding {
  readonly kind: FindingKind;
  readonly text: string;
}

export interface LabelledText {
  readonly id: string;
  readonly language: 'sv' | 'en';
  readonly text: string;
  /** Every finding in the text, in any order; an empty list marks a tricky negative. */
  readonly expected: readonly ExpectedFinding[];
}

const expect =
  (kind: FindingKind) =>
  (text: string): ExpectedFinding => ({ kind, text });

export const pin = expect(FindingKind.PERSONAL_IDENTITY_NUMBER);
export const coordination = expect(FindingKind.COORDINATION_NUMBER);
export const email = expect(FindingKind.EMAIL);
export const phone = expect(FindingKind.PHONE_NUMBER);
export const person = expect(FindingKind.PERSON_NAME);
export const organisation = expect(FindingKind.ORGANISATION_NAME);
