// SPDX-License-Identifier: EUPL-1.2
import { detectEmailAddresses } from 'src/modules/screening/email.detector';
import { FindingFingerprinter } from 'src/modules/screening/finding.factory';
import { longestWithoutOverlaps } from 'src/modules/screening/finding-overlaps';
import { detectOrganisationNames } from 'src/modules/screening/organisation-name.detector';
import { detectPersonNames } from 'src/modules/screening/person-name.detector';
import { detectPersonalIdentityNumbers } from 'src/modules/screening/personal-identity-number.detector';
import { detectPhoneNumbers } from 'src/modules/screening/phone-number.detector';
import {
  Finding,
  FindingKind,
  OrganisationDictionary,
  REMOVE_ONLY_KINDS,
} from 'src/modules/screening/screening.types';

/**
 * Between equally long overlapping findings the more specific one wins: a checksum-validated
 * identity number over the phone number the same digits also form, an address over a name.
 */
const SPECIFICITY: Record<FindingKind, number> = {
  [FindingKind.PERSONAL_IDENTITY_NUMBER]: 0,
  [FindingKind.COORDINATION_NUMBER]: 0,
  [FindingKind.EMAIL]: 1,
  [FindingKind.PHONE_NUMBER]: 2,
  [FindingKind.ORGANISATION_NAME]: 3,
  [FindingKind.PERSON_NAME]: 4,
};

/**
 * Screens a case, question or answer before it is shared (DOMAIN.md §4): personal data and the
 * names of member organisations, which would reveal an anonymous author. Pure and synchronous;
 * construct once per organisation dictionary and fingerprint key, and reuse.
 */
export class PiiScreener {
  private readonly fingerprinter: FindingFingerprinter;

  constructor(
    private readonly dictionary: OrganisationDictionary,
    fingerprintKey: string,
  ) {
    this.fingerprinter = new FindingFingerprinter(fingerprintKey);
  }

  /** Non-overlapping findings, sorted by start; the longest (then most specific) wins. */
  screen(text: string): Finding[] {
    const candidates = [
      ...detectPersonalIdentityNumbers(text),
      ...detectEmailAddresses(text),
      ...detectPhoneNumbers(text),
      ...detectOrganisationNames(text, this.dictionary),
      ...detectPersonNames(text),
    ];
    return longestWithoutOverlaps(candidates, (finding) => SPECIFICITY[finding.kind])
      .filter((detection) => !detection.harmless)
      .map(({ canonical, harmless: _, ...detection }) => ({
        ...detection,
        fingerprint: this.fingerprinter.fingerprint(detection.kind, canonical),
        acknowledgeable: !REMOVE_ONLY_KINDS.has(detection.kind),
      }));
  }
}

/**
 * What still blocks submission (`PII_UNRESOLVED`): findings the author has not acknowledged, and
 * every personal identity or coordination number, which no acknowledgement lets through.
 */
export function unresolvedFindings<F extends Finding>(
  findings: readonly F[],
  acknowledgedFingerprints: readonly string[],
): F[] {
  const acknowledged = new Set(acknowledgedFingerprints);
  return findings.filter(
    (finding) => !finding.acknowledgeable || !acknowledged.has(finding.fingerprint),
  );
}
