// SPDX-License-Identifier: EUPL-1.2
import { Injectable } from '@nestjs/common';
import worldCountries from 'world-countries';
import { Errors, type FieldProblem } from 'src/graph/errors/app-error';
import type { Viewer } from 'src/graph/auth/viewer';
import { CountryRegion } from 'src/modules/countries/country-region.enum';
import { FieldProblemReason } from 'src/graph/errors/field-problem-reason';

export interface Country {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly code: string;
  readonly nameSv: string;
  readonly nameEn: string;
  readonly region: CountryRegion;
  /** English, as the library names it; null for the Antarctic territories. */
  readonly subregion: string | null;
}

export type CountryLocale = Viewer['locale'];

const REGION_BY_LIBRARY_NAME: Readonly<Record<string, CountryRegion>> = {
  Africa: CountryRegion.AFRICA,
  Americas: CountryRegion.AMERICAS,
  Antarctic: CountryRegion.ANTARCTIC,
  Asia: CountryRegion.ASIA,
  Europe: CountryRegion.EUROPE,
  Oceania: CountryRegion.OCEANIA,
};

/**
 * Countries come from the maintained world-countries data (DOMAIN §5), not the database: they are
 * built once, in memory, and every lookup is a map read. Only officially assigned ISO codes count,
 * so user-assigned ones such as XK (Kosovo) are not accepted.
 */
@Injectable()
export class CountriesService {
  private readonly byCode: ReadonlyMap<string, Country>;
  private readonly sorted: Readonly<Record<CountryLocale, readonly Country[]>>;

  constructor() {
    const countries = worldCountries
      .filter((country) => country.status === 'officially-assigned')
      .map(toCountry);
    this.byCode = new Map(countries.map((country) => [country.code, country]));
    // Sorted once per language: Swedish puts Å, Ä and Ö after Z, English files Åland under A.
    const sv = new Intl.Collator('sv');
    const en = new Intl.Collator('en');
    this.sorted = {
      SV: [...countries].sort((a, b) => sv.compare(a.nameSv, b.nameSv)),
      EN: [...countries].sort((a, b) => en.compare(a.nameEn, b.nameEn)),
    };
  }

  /** Every country, sorted by name in the given language. */
  all(locale: CountryLocale = 'SV'): Country[] {
    return [...this.sorted[locale]];
  }

  /** Optionally one region's countries, sorted by name in the given language. */
  list(region?: CountryRegion, locale: CountryLocale = 'SV'): Country[] {
    const countries = this.sorted[locale];
    return region ? countries.filter((country) => country.region === region) : [...countries];
  }

  /** By ISO 3166-1 alpha-2 code, in any case. */
  find(code: string): Country | null {
    return this.byCode.get(code.trim().toUpperCase()) ?? null;
  }

  isValid(code: string): boolean {
    return this.find(code) !== null;
  }

  /** Many at once, in the order asked, for nested fields without N+1; unknown codes give null. */
  byCodes(codes: readonly string[]): (Country | null)[] {
    return codes.map((code) => this.find(code));
  }

  /**
   * The codes a member submitted for `field`, upper-cased and each once, in the order given;
   * one BAD_USER_INPUT naming every code that is not an officially assigned ISO 3166-1 code.
   */
  requireCodes(codes: readonly string[], field: string): string[] {
    const known = new Set<string>();
    const problems: FieldProblem[] = [];
    for (const code of codes) {
      const country = this.find(code);
      if (country) known.add(country.code);
      else
        problems.push({
          field,
          message: `${quote(code)} is not a country code`,
          reason: FieldProblemReason.UNKNOWN,
        });
    }
    if (problems.length) {
      throw Errors.badInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    }
    return [...known];
  }
}

function toCountry(country: (typeof worldCountries)[number]): Country {
  const region = REGION_BY_LIBRARY_NAME[country.region];
  // A new region in a library update must be mapped deliberately, not silently dropped.
  if (!region) throw new Error(`Unknown world-countries region ${country.region}`);
  return {
    code: country.cca2,
    nameSv: country.translations.swe?.common ?? country.name.common,
    nameEn: country.name.common,
    region,
    subregion: country.subregion || null,
  };
}

/** The submitted value, quoted and cut short so a long one cannot bloat the error. */
function quote(value: string): string {
  return JSON.stringify(value.length > 16 ? `${value.slice(0, 16)}…` : value);
}
