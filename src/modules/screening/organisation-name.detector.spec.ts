// SPDX-License-Identifier: EUPL-1.2
import { detectOrganisationNames } from 'src/modules/screening/organisation-name.detector';
import { FindingKind, OrganisationDictionary } from 'src/modules/screening/screening.types';

describe(detectOrganisationNames.name, () => {
  const dictionary: OrganisationDictionary = [
    { names: ['Kungl. Tekniska högskolan', 'KTH Royal Institute of Technology', 'KTH'] },
    { names: ['Linköpings universitet', 'Linköping University', 'LiU'] },
    { names: ['Karolinska institutet', 'KI'] },
    { names: ['Sveriges lantbruksuniversitet', 'SLU'] },
    { names: ['Säkerhetspolisen', 'Swedish Security Service', 'Säpo'] },
    { names: ['Inspektionen för strategiska produkter', 'ISP'] },
    { names: ['Uppsala universitet', 'Uppsala University'] },
    { names: ['Lunds universitet', 'Lund University'] },
    { names: ['Försvarsmakten', 'Swedish Armed Forces'] },
    { names: ['Vetenskapsrådet', 'Swedish Research Council', 'VR'] },
    { names: ['Vinnova', "Sweden's Innovation Agency"] },
    { names: ['Universitets- och högskolerådet', 'UHR'] },
    { names: ['Forskningsrådet för hälsa, arbetsliv och välfärd', 'Forte'] },
  ];
  const sut = (text: string) => detectOrganisationNames(text, dictionary);
  const texts = (text: string) => sut(text).map((finding) => finding.text);

  it.each([
    ['an acronym', 'Vi rådfrågade ISP.', ['ISP']],
    ['a mixed-case acronym', 'forskare vid LiU', ['LiU']],
    [
      'a long name in any case',
      'UPPSALA UNIVERSITET och uppsala universitet',
      ['UPPSALA UNIVERSITET', 'uppsala universitet'],
    ],
    [
      'an abbreviation with and without its dot',
      'Kungl. Tekniska högskolan, Kungl Tekniska Högskolan',
      ['Kungl. Tekniska högskolan', 'Kungl Tekniska Högskolan'],
    ],
    ['a line break inside a name', 'Lunds\nuniversitet', ['Lunds\nuniversitet']],
    ['a Swedish genitive after an acronym', 'KTH:s labb och SLU:s fält', ['KTH:s', 'SLU:s']],
    [
      'a Swedish genitive after a name',
      'Säkerhetspolisens och Uppsala universitets',
      ['Säkerhetspolisens', 'Uppsala universitets'],
    ],
    ['an English possessive', "Lund University's and KI's", ["Lund University's", "KI's"]],
    ['an acronym starting a compound', 'KI-forskare och ett ISP-ärende', ['KI', 'ISP']],
    [
      'a name with a comma in it',
      'Forskningsrådet för hälsa, arbetsliv och välfärd',
      ['Forskningsrådet för hälsa, arbetsliv och välfärd'],
    ],
    ['a hyphenated name', 'Universitets- och högskolerådet', ['Universitets- och högskolerådet']],
    [
      'an apostrophe in the name',
      "Sweden's Innovation Agency funds it",
      ["Sweden's Innovation Agency"],
    ],
    ['a short single word written as a name', 'Forte och Vinnova', ['Forte', 'Vinnova']],
  ])('finds %s', (_case, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ['an acronym in lower case', 'ett ki-kvadrattest och vår isp'],
    ['an acronym inside a word', 'kinesiska KIT-forskare, ISPS-koden och SLUT'],
    ['a plural acronym', 'several ISPs in the region'],
    ['an acronym after an indefinite article', 'An ISP throttled us; en lokal ISP; a VR headset'],
    ['a short name written as a common word', 'it is not my forte, and clay is formed'],
    ['a name inside a longer word', 'Vinnovaprojektet, Säpoanställda och FörsvarsmaktenS2'],
  ])('ignores %s', (_case, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('prefers the longest name and never overlaps', () => {
    expect(texts('KTH Royal Institute of Technology')).toEqual([
      'KTH Royal Institute of Technology',
    ]);
  });

  it('reports the organisation-name kind and offsets', () => {
    const text = 'Svar från Säpo.';
    expect(sut(text)).toEqual([
      expect.objectContaining({
        kind: FindingKind.ORGANISATION_NAME,
        start: 10,
        end: 14,
        text: 'Säpo',
      }),
    ]);
  });

  it('gives a name and its genitive the same canonical form', () => {
    expect(sut('KTH:s')[0]?.canonical).toBe(sut('KTH')[0]?.canonical);
    expect(sut('Säkerhetspolisens')[0]?.canonical).toBe(sut('säkerhetspolisen')[0]?.canonical);
  });

  // Each test below compiles a dictionary of its own (patterns are cached per dictionary).
  it('trims dictionary names, skips blank ones and tolerates extra spaces inside', () => {
    const own: OrganisationDictionary = [{ names: [' KTH ', '', '   ', 'Lunds  universitet'] }];
    expect(detectOrganisationNames('KTH och Lunds universitet.', own).map((f) => f.text)).toEqual([
      'KTH',
      'Lunds universitet',
    ]);
  });

  it('reports a name shared by a revealing and a non-revealing organisation', () => {
    for (const own of [
      [{ names: ['Säpo'] }, { names: ['Säpo'], revealsAuthor: false }],
      [{ names: ['Säpo'], revealsAuthor: false }, { names: ['Säpo'] }],
    ]) {
      expect(detectOrganisationNames('Svar från Säpo.', own)).toEqual([
        expect.not.objectContaining({ harmless: true }),
      ]);
    }
  });

  it('matches acronyms case-sensitively, the Chinese surname Liu is not LiU', () => {
    expect(detectOrganisationNames('professor Liu Wei och LIU', [{ names: ['LiU'] }])).toEqual([]);
    expect(detectOrganisationNames('Swedac och swedac', [{ names: ['SWEDAC'] }])).toEqual([]);
  });

  it('matches names that are no acronyms in any case', () => {
    const found = (text: string, name: string) =>
      detectOrganisationNames(text, [{ names: [name] }]).map((f) => f.text);
    // Eight letters is long: no capital needed.
    expect(found('CHALMERS och chalmers', 'Chalmers')).toEqual(['CHALMERS', 'chalmers']);
    expect(found('ASTRAZENECA och astrazeneca', 'AstraZeneca')).toEqual([
      'ASTRAZENECA',
      'astrazeneca',
    ]);
    expect(found('FORTE svarade', 'Forte')).toEqual(['FORTE']);
    expect(found('i uppsala universitet', 'Uppsala universitet')).toEqual(['uppsala universitet']);
  });

  it('makes only the last dot of a dictionary word optional', () => {
    const found = detectOrganisationNames(
      'Brev från U.S Department of Energy och U.S. Department of Energy',
      [{ names: ['U.S. Department of Energy'] }],
    ).map((f) => f.text);
    expect(found).toEqual(['U.S Department of Energy', 'U.S. Department of Energy']);
  });

  it('needs no capital for a short name that is written in lower case first', () => {
    // "eSam" (the public sector's e-government programme) is no common word in any case.
    const found = detectOrganisationNames('eSam, Esam och ESAM', [{ names: ['eSam'] }]);
    expect(found.map((f) => f.text)).toEqual(['eSam', 'Esam', 'ESAM']);
  });

  it('reads only an article right before an acronym as generic', () => {
    expect(texts('ett möte med ISP')).toEqual(['ISP']);
    expect(texts('an  ISP')).toEqual([]);
  });

  it('finds nothing with an empty dictionary', () => {
    expect(detectOrganisationNames('KTH och Säpo', [])).toEqual([]);
  });
});
