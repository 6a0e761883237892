// SPDX-License-Identifier: EUPL-1.2
import { GuidelineKind } from 'src/modules/guidelines/guideline-enums';

export interface DemoGuidelineSection {
  key: string;
  headingSv: string;
  headingEn: string;
  bodySv: string;
  bodyEn: string;
}

/**
 * A short demo guideline whose steps follow the public outline of the national guidelines
 * (DOMAIN §13). The wording is our own, written for the demo; it quotes no published text.
 * Version 2 changes three sections, adds none and removes none, so the diff view has work.
 */
export const DEMO_GUIDELINE = {
  slug: 'ansvarsfull-internationalisering-demo',
  kind: GuidelineKind.NATIONAL_GUIDELINE,
  titleSv: 'Ansvarsfull internationalisering – stöd för bedömning (demo)',
  titleEn: 'Responsible internationalisation – an assessment aid (demo)',
  v1: [
    {
      key: 'purpose-and-balance',
      headingSv: 'Syfte och avvägning',
      headingEn: 'Purpose and balance',
      bodySv:
        'Samarbete över gränser är en styrka. Börja med vad samarbetet ska ge och väg nyttan mot riskerna: så öppet som möjligt, så säkert som nödvändigt.',
      bodyEn:
        'Working across borders is a strength. Start from what the collaboration should achieve and weigh the benefit against the risks: as open as possible, as secure as necessary.',
    },
    {
      key: 'know-your-research',
      headingSv: 'Känn din forskning',
      headingEn: 'Know your research',
      bodySv:
        'Vilken kunskap, teknik eller data ingår? Kan den användas för andra ändamål än de avsedda, till exempel militärt? Fråga exportkontrollfunktionen tidigt.',
      bodyEn:
        'What knowledge, technology or data is involved? Could it be used for other ends than intended, for example military ones? Ask your export-control function early.',
    },
    {
      key: 'know-the-country',
      headingSv: 'Känn landet',
      headingEn: 'Know the country',
      bodySv:
        'Hur ser rättsläget ut i partnerns land: lagar om underrättelseinhämtning, sanktioner, akademisk frihet och mänskliga rättigheter?',
      bodyEn:
        'What is the legal setting in the partner’s country: laws on intelligence gathering, sanctions, academic freedom and human rights?',
    },
    {
      key: 'know-your-partner',
      headingSv: 'Känn din partner',
      headingEn: 'Know your partner',
      bodySv:
        'Vem äger och finansierar partnern, och vilka band har den till staten eller försvaret? Använd öppna källor och fråga kollegor som samarbetat med den.',
      bodyEn:
        'Who owns and funds the partner, and what ties does it have to the state or the military? Use open sources and ask colleagues who have worked with it.',
    },
    {
      key: 'people',
      headingSv: 'Människor',
      headingEn: 'People',
      bodySv:
        'Tänk på medarbetares och studenters säkerhet, på resor och fältarbete, och på risken för påtryckningar mot personer i Sverige.',
      bodyEn:
        'Think of the safety of staff and students, of travel and fieldwork, and of the risk of pressure on people in Sweden.',
    },
    {
      key: 'information-security',
      headingSv: 'Informationssäkerhet',
      headingEn: 'Information security',
      bodySv:
        'Bestäm vilken information som delas, hur den skyddas och vem som får tillgång till system och lokaler.',
      bodyEn:
        'Decide which information is shared, how it is protected and who has access to systems and premises.',
    },
    {
      key: 'agreements',
      headingSv: 'Avtal',
      headingEn: 'Agreements',
      bodySv:
        'Skriv in det viktiga: immateriella rättigheter, publicering, dataskydd och rätten att avsluta samarbetet.',
      bodyEn:
        'Put the important things in writing: intellectual property, publication, data protection and the right to end the collaboration.',
    },
    {
      key: 'risks-and-mitigations',
      headingSv: 'Risker och åtgärder',
      headingEn: 'Risks and mitigations',
      bodySv:
        'Lista riskerna, bedöm hur sannolika och allvarliga de är, och bestäm en åtgärd och en ansvarig för varje risk som inte kan accepteras.',
      bodyEn:
        'List the risks, judge how likely and how serious they are, and decide a mitigation and an owner for each risk that cannot be accepted.',
    },
    {
      key: 'decision-and-follow-up',
      headingSv: 'Beslut och uppföljning',
      headingEn: 'Decision and follow-up',
      bodySv: 'Dokumentera beslutet och skälen för det, och bestäm när bedömningen ska ses över.',
      bodyEn:
        'Record the decision and the reasons for it, and decide when to review the assessment.',
    },
  ] satisfies DemoGuidelineSection[],
  /** Version 2: what changes, by section key. */
  v2Changes: {
    'know-your-partner': {
      bodySv:
        'Vem äger, styr och finansierar partnern, och vilka band har den till staten eller försvaret? Använd öppna källor, kontrollera sanktionslistor och fråga kollegor som samarbetat med den.',
      bodyEn:
        'Who owns, controls and funds the partner, and what ties does it have to the state or the military? Use open sources, check sanctions lists and ask colleagues who have worked with it.',
    },
    'information-security': {
      bodySv:
        'Bestäm vilken information som delas, hur den skyddas och vem som får tillgång till system och lokaler. Gå igenom behörigheterna igen när samarbetet avslutas.',
      bodyEn:
        'Decide which information is shared, how it is protected and who has access to systems and premises. Review access again when the collaboration ends.',
    },
    'decision-and-follow-up': {
      bodySv:
        'Dokumentera beslutet och skälen för det, bestäm när bedömningen ska ses över och vem som ansvarar för uppföljningen.',
      bodyEn:
        'Record the decision and the reasons for it, decide when to review the assessment and who is responsible for the follow-up.',
    },
  } as Record<string, Pick<DemoGuidelineSection, 'bodySv' | 'bodyEn'>>,
  changeNoteSv: 'Tydligare om ägarkontroll, behörigheter vid avslut och ansvar för uppföljning.',
  changeNoteEn: 'Clearer on ownership checks, access at the end and who owns the follow-up.',
};

type DemoQuestion = { key: string; textSv: string; textEn: string };
const q = (key: string, textSv: string, textEn: string): DemoQuestion => ({ key, textSv, textEn });

/**
 * Assessment questions per section (DOMAIN §15), our own wording. Both versions carry them;
 * version 2 rewords one, keeping its key, as an editor would.
 */
export const DEMO_GUIDELINE_QUESTIONS: Record<string, DemoQuestion[]> = {
  'purpose-and-balance': [
    q(
      'clear-purpose',
      'Är syftet med samarbetet tydligt beskrivet?',
      'Is the purpose of the collaboration clearly described?',
    ),
    q(
      'benefit-weighed',
      'Har nyttan vägts mot riskerna?',
      'Has the benefit been weighed against the risks?',
    ),
  ],
  'know-your-research': [
    q(
      'dual-use',
      'Kan resultaten användas för både civila och militära ändamål?',
      'Could the results be used for both civilian and military purposes?',
    ),
    q(
      'export-control',
      'Omfattas tekniken eller kunskapen av exportkontroll?',
      'Is the technology or knowledge subject to export control?',
    ),
    q(
      'sensitive-data',
      'Hanteras känsliga eller skyddsvärda uppgifter?',
      'Are sensitive or protected data handled?',
    ),
  ],
  'know-the-country': [
    q(
      'legal-obligations',
      'Kan partnern enligt sitt lands lagar tvingas lämna ut information?',
      'Can the partner be compelled by its country’s laws to hand over information?',
    ),
    q(
      'academic-freedom',
      'Finns det risker för den akademiska friheten i landet?',
      'Are there risks to academic freedom in the country?',
    ),
  ],
  'know-your-partner': [
    q(
      'ownership-known',
      'Vet ni vem som äger, styr och finansierar partnern?',
      'Do you know who owns, controls and funds the partner?',
    ),
    q(
      'sanctions-checked',
      'Har sanktionslistor kontrollerats?',
      'Have sanctions lists been checked?',
    ),
    q(
      'military-ties',
      'Har partnern band till staten eller försvaret?',
      'Does the partner have ties to the state or the military?',
    ),
  ],
  people: [
    q(
      'visiting-researchers',
      'Har gästforskarnas bakgrund och finansiering gåtts igenom?',
      'Have visiting researchers’ backgrounds and funding been reviewed?',
    ),
    q(
      'staff-informed',
      'Vet de som deltar vad de ska vara uppmärksamma på?',
      'Do the people taking part know what to watch out for?',
    ),
  ],
  'information-security': [
    q(
      'information-classified',
      'Är det bestämt vilken information som får delas?',
      'Has it been decided which information may be shared?',
    ),
    q(
      'access-controlled',
      'Är åtkomst till system och lokaler begränsad till det som behövs?',
      'Is access to systems and premises limited to what is needed?',
    ),
  ],
  agreements: [
    q(
      'ip-agreed',
      'Är rättigheter till resultat och immateriella rättigheter avtalade?',
      'Are rights to results and intellectual property agreed?',
    ),
    q(
      'exit-clause',
      'Går det att avsluta samarbetet om förutsättningarna ändras?',
      'Can the collaboration be ended if circumstances change?',
    ),
  ],
  'risks-and-mitigations': [
    q(
      'risks-listed',
      'Är de identifierade riskerna listade med en ansvarig?',
      'Are the identified risks listed with someone responsible?',
    ),
    q('residual-risk', 'Är den kvarvarande risken godtagbar?', 'Is the remaining risk acceptable?'),
  ],
  'decision-and-follow-up': [
    q(
      'decision-recorded',
      'Är beslutet och skälen dokumenterade?',
      'Are the decision and its reasons recorded?',
    ),
    q(
      'review-planned',
      'Är det bestämt när bedömningen ska ses över?',
      'Has it been decided when to review the assessment?',
    ),
  ],
};

/** Version 2 rewords one question (same key). */
export const DEMO_GUIDELINE_QUESTIONS_V2: Record<string, DemoQuestion[]> = {
  ...DEMO_GUIDELINE_QUESTIONS,
  'decision-and-follow-up': [
    q(
      'decision-recorded',
      'Är beslutet och skälen dokumenterade?',
      'Are the decision and its reasons recorded?',
    ),
    q(
      'review-planned',
      'Är det bestämt när bedömningen ska ses över och vem som följer upp?',
      'Has it been decided when to review the assessment and who follows up?',
    ),
  ],
};
