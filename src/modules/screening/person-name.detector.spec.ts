// SPDX-License-Identifier: EUPL-1.2
import { detectPersonNames } from 'src/modules/screening/person-name.detector';
import { FindingKind } from 'src/modules/screening/screening.types';

describe(detectPersonNames.name, () => {
  const sut = detectPersonNames;
  const texts = (text: string) => sut(text).map((finding) => finding.text);

  // Issue 11: "Inga" (none) opens countless sentences; Inga is also a common given name.
  describe('"Inga", "Sanna", "Urban": words at a sentence start, names elsewhere', () => {
    it.each([
      ['Inga åtgärder behövdes.', []],
      ['Avtalet granskades. Inga avvikelser hittades.', []],
      ['Resultat:\n- Inga avvikelser', []],
      ['Sanna uppgifter kom fram sent. Urban planering var temat.', []],
      ['Inga Lindström sa nej.', ['Inga Lindström']],
      ['Inga Holm ringde.', ['Inga Holm']],
      ['Vi pratade med Inga på kansliet.', ['Inga']],
      ['Frågan gick till Sanna Lundberg.', ['Sanna Lundberg']],
      ['Inga Karlsson kom. Inga beslut fattades, men Inga återkommer.', ['Inga Karlsson', 'Inga']],
    ])('%j → %j', (text, expected) => {
      expect(texts(text)).toEqual(expected);
    });
  });

  describe('finds', () => {
    it.each([
      ['a given name and surname', 'Kontakta Anna Lindqvist om avtalet.', ['Anna Lindqvist']],
      ['a double given name', 'Frågan kom från Anna-Karin Holm.', ['Anna-Karin Holm']],
      ['a hyphenated surname', 'prorektor Eva Åberg-Nilsson skrev under', ['Eva Åberg-Nilsson']],
      ['a middle name', 'Ali Reza Mohammadi disputerade 2021.', ['Ali Reza Mohammadi']],
      ['a given name alone', 'Anna från internationella kansliet', ['Anna']],
      ['a Swedish genitive', 'Anna Lindbergs grupp', ['Anna Lindbergs']],
      ['an English possessive', "Wei Zhang's visit", ["Wei Zhang's"]],
      [
        'particles',
        'Pieter van der Berg and Khalid al-Rashid',
        ['Pieter van der Berg', 'Khalid al-Rashid'],
      ],
      ['an apostrophe', "Kevin O'Brien negotiated", ["Kevin O'Brien"]],
      ['Chinese order', 'doktoranden Zhang Wei och Wang Xiaoming', ['Zhang Wei', 'Wang Xiaoming']],
      ['Korean given names', 'Professor Kim Ji-hoon visited', ['Kim Ji-hoon']],
      ['a surname after a title', 'enligt professor Lindqvist', ['Lindqvist']],
      ['an abbreviated title', 'Prof. Elena Petrova och Dr. Rahimi', ['Elena Petrova', 'Rahimi']],
      ['chained titles', 'Prof. Dr. Hans Müller', ['Hans Müller']],
      ['Swedish role titles', 'doktorand Chen Jie och docent Sara Lind', ['Chen Jie', 'Sara Lind']],
      [
        'an unknown given name with a Nordic surname',
        'Tack till Gunvald Bergqvist',
        ['Gunvald Bergqvist'],
      ],
      ['a patronymic surname alone', 'Enligt Karlsson på enheten', ['Karlsson']],
      ['an initial and surname', 'skriven av A. Svensson', ['A. Svensson']],
      ['a name with a place-like surname', 'contact Emma Lund before', ['Emma Lund']],
      [
        'an ambiguous given name with a surname',
        'Per Andersson och Hans Lindgren',
        ['Per Andersson', 'Hans Lindgren'],
      ],
      [
        'an ambiguous given name mid-sentence before a surname',
        'med Stig Ek och Jan Ek',
        ['Stig Ek', 'Jan Ek'],
      ],
      [
        'a later mention of a named person',
        'Prof. Hans Müller chaired; later Hans left.',
        ['Hans Müller', 'Hans'],
      ],
      [
        'a later mention of the surname alone',
        'Prof. Hans Müller chaired; later Müller left.',
        ['Hans Müller', 'Müller'],
      ],
      [
        'a mention right after the full name',
        'Kontakta Prof. Hans Müller; Müller svarar snabbt.',
        ['Hans Müller', 'Müller'],
      ],
      [
        'a mention before the full name, in text order',
        'enligt Müller själv, som Prof. Hans Müller skrev',
        ['Müller', 'Hans Müller'],
      ],
      ['an initial after a title', 'enligt professor A. Rahimi', ['A. Rahimi']],
      ['an initial inside the name', 'Kontakta Anna K. Lindqvist', ['Anna K. Lindqvist']],
      ['particles followed by no name', 'Hälsningar, Anna van de redactie', ['Anna']],
      [
        'a name before a comma and an organisation word',
        'Frågan gick till Anna Lind, universitetet i Lund.',
        ['Anna Lind'],
      ],
      // A name is at most four words long: the title-case headline after it is no part of it,
      // nor is a capitalised word before it.
      [
        'a four-word name before a title-case headline',
        'Eva Maria Lind Bergström Elected Vice-Chancellor',
        ['Eva Maria Lind Bergström'],
      ],
      [
        'a four-word name after a capitalised word',
        'Thanks to our Host Anna Maria Lind Bergström.',
        ['Anna Maria Lind Bergström'],
      ],
      [
        'only the surname after a capitalised word opening the sentence',
        'Projektledaren Lindberg svarade.',
        ['Lindberg'],
      ],
      [
        'an English possessive that ends the name',
        "We visited Anna's Stockholm office.",
        ["Anna's"],
      ],
      [
        'an ambiguous given name opening a sentence before another given name',
        'Per Olof Svensson svarade.',
        ['Per Olof Svensson'],
      ],
      ['an initial alone after a title', 'Enligt professor K. var det fel.', ['K']],
      [
        'a name in a dashed list above an organisation word',
        'Deltagare:\n– Anna Lind\n– Stiftelsen för strategisk forskning',
        ['Anna Lind'],
      ],
      [
        'a name before a dash and a quotation',
        'Anna Lind – ”Stiftelsen måste ta ansvar”',
        ['Anna Lind'],
      ],
    ])('%s', (_case, text, expected) => {
      expect(texts(text)).toEqual(expected);
    });
  });

  describe('ignores', () => {
    it.each([
      ['"Per" as a preposition', 'Per år tar vi emot 40 doktorander. Per capita räknat.'],
      ['"Maj" and "Jan." as months', 'Maj 2023 och Jan. 2024 kom delegationer.'],
      ['"Hans" as a pronoun', 'Hans forskning gäller drönare.'],
      ['"Bo", "Stig", "Klara", "Liv" as words', 'Bo i Kina. Stig ut. Klara besked. Liv och hälsa.'],
      ['"Ask" and "Will" as verbs', 'Ask the partner. Will the council fund it?'],
      ['"Rut" in a compound', 'RUT-avdraget och Rut-avdraget'],
      ['a place that is also a name', 'Konferensen i Sofia samlade forskare.'],
      [
        'eponymous institutes and programmes',
        'the Max Planck Institute and Marie Skłodowska-Curie Actions',
      ],
      ['Swedish eponyms', 'Max Planck-institutet och Knut och Alice Wallenbergs stiftelse'],
      ['a street name', 'adress Drottning Kristinas väg 30'],
      ['a prize', 'Marcus Wallenberg Prize winners were invited'],
      ['place names with surname endings', 'resan gick till Stockholm, Varberg och Heidelberg'],
      ['a company', 'samarbetet med Ericsson och Huawei'],
      ['capitalised adjectives', 'Internationell samverkan. Generell modell.'],
      ['Hong Kong', 'a fellow from Hong Kong'],
      ['compounds with a name in them', 'Li-ion batteries and Long-term funding'],
      [
        'a title followed by a lower-case word',
        'Professor emerita i kemi och rektor för lärosätet',
      ],
      ['title-case headings', 'Good Morning All, Following Our Meeting On Tuesday'],
      ['lower-case text', 'anna lindqvist skrev till per'],
      ['"Per" in a title-case phrase', 'Per Capita räknat blev det mer.'],
      [
        'an eponym after a dash',
        'Anna Lind – stiftelsen, Anna Lind –stiftelsen och Anna Lind– stiftelsen',
      ],
      ['capitalised words without a surname ending', 'vi läste Dagens Nyheter i Stora Salen'],
      ['a hyphenated eponym in the name', 'the Nils Holm-prize ceremony'],
      ['a title ending the text', 'Vi söker en ny professor'],
      ['a place on the line after a title', 'Ansökan om befordran till professor\nLund den 3 maj'],
      ['a lower-case word after a title', 'Hon är docent i Lund.'],
      ['a title-case heading opening with an ambiguous given name', 'Hans Uppdrag I Kina'],
    ])('%s', (_case, text) => {
      expect(texts(text)).toEqual([]);
    });
  });

  it('reports offsets and the person-name kind', () => {
    const text = 'Kontakta Anna Lindqvist.';
    const [finding] = sut(text);
    expect(finding).toMatchObject({ kind: FindingKind.PERSON_NAME, start: 9, end: 23 });
  });

  it('does not run a name over punctuation or a line break', () => {
    expect(texts('träffade Anna. Sedan Lindqvist')).toEqual(['Anna']);
    expect(texts('Anna\nLindqvist')).toEqual(['Anna']);
  });

  it('does not run particles over a line break', () => {
    expect(texts('Pieter van der\nBerg')).toEqual(['Pieter']);
  });

  it('does not end a name with an initial', () => {
    expect(texts('Vi frågade Anna K. och fick svar.')).toEqual(['Anna']);
  });

  it('does not take a later word that was a particle, or a sentence-opening pronoun, for a name', () => {
    expect(texts('Pieter van der Berg hyrde en van.')).toEqual(['Pieter van der Berg']);
    expect(texts('Vi mötte Hans Lindgren. Hans forskning gäller drönare.')).toEqual([
      'Hans Lindgren',
    ]);
  });

  it('gives a name and its possessive the same canonical form', () => {
    expect(sut("Wei Zhang's visit")[0]?.canonical).toBe(sut('Wei Zhang visited')[0]?.canonical);
  });
});
