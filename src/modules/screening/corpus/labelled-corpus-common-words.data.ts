// SPDX-License-Identifier: EUPL-1.2
import {
  LabelledText,
  organisation,
  person,
} from 'src/modules/screening/corpus/labelled-text.type';

/**
 * The false positives every author met (issue 11), next to the real names and organisation
 * names the fixes must keep finding: "Inga" (and "Sanna", "Urban") as ordinary words at the start
 * of a sentence versus as given names; the authorities that take questions (Säkerhetspolisen,
 * Inspektionen för strategiska produkter, Försvarsmakten), which are no finding in a case, a
 * question or their own official answer, versus the universities named beside them, which are.
 * Fictional people only.
 */
export const LABELLED_CORPUS_COMMON_WORDS: readonly LabelledText[] = [
  // "Inga" the word (none, no) — at the start of a sentence it is capitalised like a name.
  sv('sv-88', 'Inga åtgärder behövdes efter granskningen av avtalet.'),
  sv('sv-89', 'Vi såg inga problem med exportkontrollen och inga hinder för utbytet.'),
  sv(
    'sv-90',
    'Frågan gällde ett stipendium från en utländsk stat. Inga villkor om återrapportering fanns i avtalet.',
  ),
  sv('sv-91', 'Har ni haft liknande fall? Inga som vi känner till, men vi har inte frågat runt.'),
  sv('sv-92', 'Resultat av granskningen:\n- Inga avvikelser\n- Inga incidenter rapporterade'),
  sv('sv-93', 'Inga personuppgifter delades med partnern, och inga prover skickades utomlands.'),
  sv(
    'sv-94',
    'Sanna uppgifter om finansiären kom fram först efter att avtalet hade skrivits under.',
  ),
  sv('sv-95', 'Urban planering var temat för samarbetet med universitetet i Shanghai.'),
  // "Inga" the name.
  sv('sv-96', 'Inga Lindström sa att avtalet måste granskas av juristerna.', [
    person('Inga Lindström'),
  ]),
  sv('sv-97', 'Vi pratade med Inga på internationella kontoret om avtalsvillkoren.', [
    person('Inga'),
  ]),
  sv('sv-98', 'Inga Karlsson och Per Holm deltog i mötet. Inga beslut fattades den dagen.', [
    person('Inga Karlsson'),
    person('Per Holm'),
  ]),
  sv('sv-99', 'Projektledaren Inga Berg kontaktade oss i mars om en ny partner.', [
    person('Inga Berg'),
  ]),
  sv('sv-100', 'Ansökan granskades av Sanna Lundberg på forskningsstödet.', [
    person('Sanna Lundberg'),
  ]),
  sv('sv-101', 'Urban Lindqvist ledde förhandlingarna med den kinesiska partnern.', [
    person('Urban Lindqvist'),
  ]),
  // The trade-off of reading a capitalised word after a sentence-opening "Inga" as a surname:
  // short surnames are found, a capitalised compound is a false alarm (kept here to be counted).
  sv('sv-114', 'Inga Ek ringde tillbaka från exportkontrollen dagen efter.', [person('Inga Ek')]),
  sv('sv-115', 'Inga Kinaresor planeras under året, och inga USA-resor heller.'),
  // Authorities that take questions: named by everyone, revealing no one.
  sv(
    'sv-102',
    'Vi kontaktade Säkerhetspolisen efter att en doktorand blivit uppvaktad av en främmande makt.',
  ),
  sv('sv-103', 'Säpo rekommenderade att vi skulle se över behörigheterna till labbet.'),
  sv('sv-104', 'Enligt ISP krävs tillstånd för att exportera programvaran till Iran.'),
  sv(
    'sv-105',
    'Inspektionen för strategiska produkter bedömde att utrustningen var en produkt med dubbla användningsområden.',
  ),
  sv('sv-106', 'Försvarsmakten har inga synpunkter på samarbetet om satellitdata.'),
  sv(
    'sv-107',
    'Officiellt svar från Säkerhetspolisen: Vi rekommenderar att lärosätet gör en säkerhetsskyddsanalys innan avtalet tecknas. Kontakta Säpo om ni misstänker otillåten påverkan.',
  ),
  sv(
    'sv-108',
    'ISP svarar: Om utrustningen finns i bilaga I till förordning (EU) 2021/821 krävs tillstånd från ISP. Inspektionen för strategiska produkter handlägger ansökan inom fyra veckor.',
  ),
  sv(
    'sv-109',
    'Försvarsmaktens svar: Samarbetet kräver ingen anmälan till Försvarsmakten, men lärosätet bör bedöma partnerns kopplingar.',
  ),
  // … while the university beside them is a finding, and so are people.
  sv(
    'sv-110',
    'Säpo har varnat KTH för att en forskargrupp har kontakter med en underrättelsetjänst.',
    [organisation('KTH')],
  ),
  sv(
    'sv-111',
    'Försvarsmakten och Uppsala universitet diskuterade ett gemensamt projekt om radarteknik.',
    [organisation('Uppsala universitet')],
  ),
  sv(
    'sv-112',
    'Vi anmälde ärendet till Säkerhetspolisen och informerade Lunds universitets säkerhetschef.',
    [organisation('Lunds universitets')],
  ),
  sv('sv-113', 'Handläggaren Maria Ek på ISP svarade inom en vecka.', [person('Maria Ek')]),
  en('en-88', 'We asked the Swedish Security Service for advice before signing the agreement.'),
  en('en-89', 'Säpo advised us to limit access to the cleanroom to staff only.'),
  en(
    'en-90',
    'The Inspectorate of Strategic Products (ISP) confirmed that an export licence is required.',
  ),
  en(
    'en-91',
    'Official answer from the Swedish Armed Forces: we have no objection to the exchange, but the university should assess the partner.',
  ),
  en(
    'en-92',
    'The Swedish Security Service warned Karolinska Institutet about the recruitment attempt.',
    [organisation('Karolinska Institutet')],
  ),
  en('en-93', 'Inga Holm from the grants office reviewed the contract.', [person('Inga Holm')]),
  en('en-94', 'We contacted Inga at the international office about the visa.', [person('Inga')]),
  en('en-95', 'Our contact at ISP, Anders Nilsson, replied within a week.', [
    person('Anders Nilsson'),
  ]),
  en('en-96', 'No problems arose; Inga Svensson signed the agreement for the faculty.', [
    person('Inga Svensson'),
  ]),
];

function sv(id: string, text: string, expected: LabelledText['expected'] = []): LabelledText {
  return { id, language: 'sv', text, expected };
}

function en(id: string, text: string, expected: LabelledText['expected'] = []): LabelledText {
  return { id, language: 'en', text, expected };
}
