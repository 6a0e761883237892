// SPDX-License-Identifier: EUPL-1.2
import {
  ORGANISATION_CATALOGUE,
  OrganisationKindName,
} from 'src/modules/organisations/organisation-catalogue.data';

/** Bilaga 1 of the decision, in its order, with the OCR slips corrected. */
const ANNEX_NAMES = [
  'Blekinge tekniska högskola',
  'Forskningsrådet för hälsa, arbetsliv och välfärd',
  'Forskningsrådet för miljö, areella näringar och samhällsbyggande',
  'Försvarshögskolan',
  'Försvarsmakten',
  'Gymnastik- och idrottshögskolan',
  'Göteborgs universitet',
  'Högskolan i Borås',
  'Högskolan Dalarna',
  'Högskolan i Gävle',
  'Högskolan i Halmstad',
  'Högskolan Kristianstad',
  'Högskolan i Skövde',
  'Högskolan Väst',
  'Inspektionen för strategiska produkter',
  'Karlstads universitet',
  'Karolinska institutet',
  'Konstfack',
  'Kungl. Konsthögskolan',
  'Kungl. Musikhögskolan i Stockholm',
  'Kungl. Tekniska högskolan',
  'Linköpings universitet',
  'Linnéuniversitetet',
  'Luleå tekniska universitet',
  'Lunds universitet',
  'Malmö universitet',
  'Mittuniversitetet',
  'Mälardalens universitet',
  'Rymdstyrelsen',
  'Statens energimyndighet',
  'Stockholms konstnärliga högskola',
  'Stockholms universitet',
  'Strålsäkerhetsmyndigheten',
  'Svenska institutet',
  'Sveriges lantbruksuniversitet',
  'Säkerhetspolisen',
  'Södertörns högskola',
  'Umeå universitet',
  'Universitetskanslersämbetet',
  'Uppsala universitet',
  'Örebro universitet',
  'Handelshögskolan i Stockholm',
  'Stiftelsen Chalmers tekniska högskola',
  'Stiftelsen för internationalisering av högre utbildning',
  'Stiftelsen Högskolan i Jönköping',
  'Sveriges förenade studentkårer',
  'Sveriges universitets- och högskoleförbund',
] as const;

/**
 * The annex names two institutions by the foundations that run them and shortens STINT's name;
 * the catalogue uses the names members know, so these are looked up by their catalogue name.
 */
const CATALOGUE_NAME_FOR_ANNEX_NAME: Readonly<Record<string, string>> = {
  'Stiftelsen Chalmers tekniska högskola': 'Chalmers tekniska högskola',
  'Stiftelsen Högskolan i Jönköping': 'Högskolan i Jönköping',
  'Stiftelsen för internationalisering av högre utbildning':
    'Stiftelsen för internationalisering av högre utbildning och forskning',
};

/** The agencies that ran the assignment are not in the annex but belong in the catalogue. */
const ASSIGNED_AGENCIES = [
  'Universitets- och högskolerådet',
  'Vetenskapsrådet',
  'Verket för innovationssystem',
];

const KINDS: readonly OrganisationKindName[] = [
  'HIGHER_EDUCATION',
  'RESEARCH_FUNDER',
  'AUTHORITY',
  'OTHER',
];

const duplicates = (values: readonly string[]): string[] =>
  values.filter((value, index) => values.indexOf(value) !== index);

describe('ORGANISATION_CATALOGUE', () => {
  const sut = ORGANISATION_CATALOGUE;

  it('has unique kebab-case ascii slugs', () => {
    const slugs = sut.map((entry) => entry.slug);
    expect(duplicates(slugs)).toEqual([]);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(ANNEX_NAMES)('contains the annex recipient %s', (annexName) => {
    const expected = CATALOGUE_NAME_FOR_ANNEX_NAME[annexName] ?? annexName;
    expect(sut.map((entry) => entry.nameSv)).toContain(expected);
  });

  it('contains the agencies given the assignment', () => {
    expect(sut.map((entry) => entry.nameSv)).toEqual(expect.arrayContaining(ASSIGNED_AGENCIES));
  });

  it('contains nothing beyond the annex and the assigned agencies', () => {
    expect(sut).toHaveLength(ANNEX_NAMES.length + ASSIGNED_AGENCIES.length);
  });

  it('uses only known kinds and fills both names', () => {
    for (const entry of sut) {
      expect(KINDS).toContain(entry.kind);
      expect(entry.nameSv.trim()).not.toBe('');
      expect(entry.nameEn.trim()).not.toBe('');
    }
  });

  it('lets exactly Säkerhetspolisen, ISP and Försvarsmakten take questions', () => {
    const askable = sut.filter((entry) => entry.acceptsQuestions);
    expect(askable.map((entry) => entry.slug).sort()).toEqual([
      'forsvarsmakten',
      'inspektionen-for-strategiska-produkter',
      'sakerhetspolisen',
    ]);
    for (const entry of askable) expect(entry.kind).toBe('AUTHORITY');
  });

  it('never gives two organisations the same short name, ignoring case', () => {
    // Dedupe within an organisation first, so only clashes between organisations count.
    const shortNames = sut.flatMap((entry) => [
      ...new Set(entry.shortNames.map((name) => name.toLocaleLowerCase('sv'))),
    ]);
    expect(duplicates(shortNames)).toEqual([]);
  });

  it('never gives two organisations the same e-mail domain', () => {
    const domains = sut.flatMap((entry) => entry.emailDomains);
    expect(duplicates(domains)).toEqual([]);
    for (const domain of domains) expect(domain).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/);
  });

  it('gives every organisation at least one e-mail domain', () => {
    for (const entry of sut) expect(entry.emailDomains.length).toBeGreaterThan(0);
  });
});
