// SPDX-License-Identifier: EUPL-1.2
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

const expectedOf =
  (kind: FindingKind) =>
  (text: string): ExpectedFinding => ({ kind, text });

export const pin = expectedOf(FindingKind.PERSONAL_IDENTITY_NUMBER);
export const coordination = expectedOf(FindingKind.COORDINATION_NUMBER);
export const email = expectedOf(FindingKind.EMAIL);
export const phone = expectedOf(FindingKind.PHONE_NUMBER);
export const person = expectedOf(FindingKind.PERSON_NAME);
export const organisation = expectedOf(FindingKind.ORGANISATION_NAME);
