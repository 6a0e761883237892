// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { ORGANISATION_CATALOGUE } from 'src/modules/organisations/organisation-catalogue.data';
import { organisationDictionaryOf } from 'src/modules/screening/organisation-dictionary';
import { piiUnresolved } from 'src/modules/screening/screening.errors';
import { PiiScreener, unresolvedFindings } from 'src/modules/screening/pii-screener';
import type { FieldFinding, Finding } from 'src/modules/screening/screening.types';

/**
 * Personal-data screening for the features that share text (DOMAIN §4). The screener compiles
 * the organisation names once; it is pure, so one instance serves every request. Nothing here
 * stores or logs the screened text.
 */
@Injectable()
export class ScreeningService {
  private readonly screener: PiiScreener;

  constructor(config: AppConfig) {
    this.screener = new PiiScreener(
      organisationDictionaryOf(ORGANISATION_CATALOGUE),
      config.env.SCREENING_FINGERPRINT_KEY,
    );
  }

  screen(text: string): Finding[] {
    return this.screener.screen(text);
  }

  /**
   * Screens each non-empty field; findings come in the order the fields are given (callers list
   * them as the author sees them), then by offset within the field.
   */
  screenFields(fields: Record<string, string | null | undefined>): FieldFinding[] {
    return Object.entries(fields).flatMap(([field, text]) =>
      text ? this.screener.screen(text).map((finding) => ({ ...finding, field })) : [],
    );
  }

  /**
   * Throws PII_UNRESOLVED unless the author has acknowledged every finding by its fingerprint and
   * there is no personal identity or coordination number (those cannot be acknowledged).
   */
  assertResolved(
    fields: Record<string, string | null | undefined>,
    acknowledgedFingerprints: readonly string[],
  ): void {
    const unresolved = unresolvedFindings(this.screenFields(fields), acknowledgedFingerprints);
    if (unresolved.length > 0) throw piiUnresolved(unresolved);
  }
}
