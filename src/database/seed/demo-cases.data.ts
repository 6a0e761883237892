// SPDX-License-Identifier: EUPL-1.2
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { CaseOutcome, CasePhase } from 'src/modules/cases/case-enums';
import { Locale } from 'src/modules/members/locale.enum';

/**
 * A demo case study as the seed writes it (DOMAIN.md §6). Every text field must pass the
 * personal-data screener clean: no people, no member organisations, no contact details.
 */
export interface DemoCase {
  /** Stable key, e.g. 'quantum-visiting-phd-scholarship-reporting'. */
  key: string;
  /** E-mail of the demo account that wrote it (DEMO_ACCOUNTS in demo-accounts.ts). */
  authorEmail: string;
  attribution: Attribution;
  sharingLevel: SharingLevel;
  /** AMBER only: organisation slugs (src/modules/organisations/organisation-catalogue.data.ts). */
  recipientOrganisationSlugs?: string[];
  /** RED only: e-mails of other demo accounts. */
  recipientEmails?: string[];
  /** Most PUBLISHED; a few DRAFT, and SUBMITTED (in the moderation queue) only at CLEAR/GREEN. */
  status: 'DRAFT' | 'SUBMITTED' | 'PUBLISHED';
  language: Locale;
  /** At most 200 characters. */
  title: string;
  /** At most 1000 characters, plain text. */
  summary: string;
  /** Markdown, at most 20 000 characters: what was proposed. */
  context: string;
  /** Markdown. */
  whatHappened: string;
  /** Markdown: steps taken, sources checked, functions and authorities consulted. */
  assessment?: string;
  outcome: CaseOutcome;
  /** Markdown. */
  mitigations?: string;
  /** Markdown. */
  lessonsLearned?: string;
  /** At least one, kind RISK_AREA in src/modules/taxonomy/topic-catalogue.data.ts. */
  riskAreaSlugs: string[];
  /** At least one, kind COLLABORATION_TYPE. */
  collaborationTypeSlugs: string[];
  /** Kind TECHNOLOGY_AREA. */
  technologyAreaSlugs?: string[];
  /** Kind RESEARCH_FIELD. */
  researchFieldSlug?: string;
  /** ISO 3166-1 alpha-2, upper case. */
  countryCodes: string[];
  phase?: CasePhase;
  /** 2019–2026; a case records a year and quarter, never a date. */
  year: number;
  quarter?: 1 | 2 | 3 | 4;
}

/**
 * Markdown written indented with the code: drops the outer blank lines and the indentation common
 * to every line, so the stored text starts at column 0.
 */
function md(strings: TemplateStringsArray): string {
  const lines = strings
    .join('')
    .replace(/^\s*\n|\s+$/gu, '')
    .split('\n');
  const indents = lines
    .filter((line) => line.trim().length > 0)
    .map((line) => line.length - line.trimStart().length);
  const common = Math.min(...indents);
  return lines.map((line) => line.slice(common)).join('\n');
}

/** Plain text written over several source lines: one paragraph, single spaces. */
function oneLine(strings: TemplateStringsArray): string {
  return strings.join('').trim().replace(/\s+/gu, ' ');
}

const KTH_OFFICER = 'officer@kth.example';
const LU_CONTACT = 'contact@lu.example';
const UHR_ADMIN = 'admin@samrad.example';
const ISP_EXPERT = 'expert@isp.example';
const SAPO_EXPERT = 'expert@sapo.example';

/**
 * About thirty fictional, anonymised case studies in Swedish and English for the demo platform,
 * spread over every sharing level, attribution, outcome, phase and risk area. Most describe a
 * proportionate check that let the collaboration go ahead: "as open as possible, as secure as
 * necessary".
 */
export const DEMO_CASES: readonly DemoCase[] = [
  {
    key: 'quantum-visiting-phd-scholarship-reporting',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.GREEN,
    status: 'PUBLISHED',
    language: Locale.SV,
    title:
      'Gästdoktorand inom kvantteknik med ett stipendium som krävde rapportering till hemlandet',
    summary: oneLine`
      En gästdoktorand från ett stort tekniskt universitet i Kina ansökte om en ettårig vistelse i
      en forskargrupp inom kvantteknik, finansierad av ett statligt stipendieprogram. Villkoren för
      stipendiet innehöll skyldighet att rapportera till ambassadens utbildningssektion och att
      återvända efter vistelsen. Vi tog emot gästdoktoranden, men i ett delprojekt utan tillgång
      till exportkontrollerad teknik och med ett tydligt välkomstsamtal om akademisk frihet.
    `,
    context: md`
      Forskargruppen arbetar med supraledande kvantbitar och kryogen mätteknik. En del av
      utrustningen och den tekniska dokumentationen kan omfattas av bilaga I till EU:s förordning
      om produkter med dubbla användningsområden (2021/821).

      - Gästdoktoranden var inskriven vid ett tekniskt universitet med omfattande samarbeten med
        landets försvarsindustri.
      - Vistelsen skulle finansieras av ett statligt stipendium för doktorander utomlands.
      - Gruppen ville ha hjälp med numerisk modellering och hade goda erfarenheter av tidigare
        gäster från samma land.
    `,
    whatHappened: md`
      Handledaren skickade ansökan till forskningsstödet, som enligt vår rutin för gästforskare
      begärde in stipendievillkoren. De kom i översättning efter två veckor och innehöll bland
      annat:

      - rapporter till ambassadens utbildningssektion varje halvår,
      - skyldighet att återvända och arbeta i hemlandet i minst två år,
      - en borgensman i hemlandet som blir återbetalningsskyldig om villkoren bryts.

      Vi genomförde en samlad bedömning och beslutade att ta emot gästdoktoranden med
      anpassningar. Vistelsen pågår och har hittills fungerat väl.
    `,
    assessment: md`
      - **Exportkontroll:** vi klassificerade labbets utrustning och dokumentation mot bilaga I.
        Styrsystemet för kryostaten och vissa mätmetoder bedömdes kunna vara kontrollerad teknik.
        Att visa teknik för en gästforskare i Sverige är i sig ingen export, men om tekniken
        skickas till hemuniversitetet, eller tas med hem, krävs tillstånd.
      - **Listor:** hemuniversitetet fanns inte på EU:s sanktionslistor, men två av dess institut
        fanns på den amerikanska Entity List. Vi läste också öppna sammanställningar över
        universitetets kopplingar till försvarssektorn.
      - **Stipendievillkoren:** rapporteringsplikten och borgensmannen skapar ett beroende som
        kan utnyttjas för påtryckningar, även om rapporterna i praktiken oftast gäller
        studieframsteg.
      - **Vägledning:** vi utgick från säkerhetstjänstens och exportkontrollmyndighetens
        vägledningar om ansvarsfull internationalisering och stämde av med vår säkerhetsfunktion.
      - **Likabehandling:** juristerna påminde om att bedömningen ska gälla forskningen och
        tillgången, inte personens nationalitet.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - Placering i ett delprojekt om teoretisk modellering, utan behörighet till labbets
        styrsystem och kontrollerad dokumentation.
      - Behörigheter i labbets IT-miljö styrda per projekt och granskade efter tre månader.
      - Gästforskaravtal med klausuler om resultat, publicering och att inget material förs ut
        utan prövning.
      - Ett välkomstsamtal om svensk lag, akademisk frihet, att ingen kan åläggas att rapportera
        om kollegor och vart man vänder sig om man upplever press.
    `,
    lessonsLearned: md`
      - Be att få läsa stipendievillkoren tidigt. De säger mycket om vilka beroenden som finns.
      - Anpassa tillgången, inte personen: samma bedömning hade gällt en gäst från vilket land
        som helst.
      - Välkomstsamtalet uppskattades och används nu för alla gästforskare.
    `,
    riskAreaSlugs: [
      'export-control-and-dual-use',
      'unwanted-knowledge-or-technology-transfer',
      'foreign-interference',
    ],
    collaborationTypeSlugs: ['visiting-researcher', 'recruitment'],
    technologyAreaSlugs: ['quantum-technologies'],
    researchFieldSlug: 'natural-sciences',
    countryCodes: ['CN'],
    phase: CasePhase.ONGOING,
    year: 2023,
    quarter: 2,
  },
  {
    key: 'ai-computer-vision-partnership-narrowed',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PUBLISHED',
    language: Locale.EN,
    title: 'AI research partnership narrowed to exclude a person re-identification work package',
    summary: oneLine`
      A large technical university in Shenzhen proposed a three-year joint project on computer
      vision, co-funded by a municipal science fund. Due diligence showed that one of the
      partner's groups supplied video analytics to public-security surveillance projects and that
      the proposed training data had been filmed in public without consent. We went ahead with a
      narrower project on medical image segmentation using public, consented datasets and dropped
      the work package on person re-identification.
    `,
    context: md`
      The proposal came from one of our computer-science groups, which had co-authored with the
      partner for several years. It had three work packages:

      1. Robust image segmentation for medical imaging.
      2. Person re-identification across camera networks in "smart city" settings.
      3. Joint supervision of two doctoral students, with six-month exchanges.

      The partner would bring funding from a municipal science and technology fund and access to a
      large video dataset collected in public spaces.
    `,
    whatHappened: md`
      The research office flagged the proposal in its routine screening because of work package 2
      and the dataset. The group leader argued that re-identification is published openly and
      widely studied.

      After the assessment we met the partner, explained our concerns and proposed a narrower
      project. The partner accepted, and the agreement was signed four months later than planned.
    `,
    assessment: md`
      - **Human rights and ethics:** open-source reports and the partner's own website showed that
        the group behind work package 2 had delivered video analytics to public-security bureaux in
        a region with documented mass surveillance of minorities. We asked our ethics advisory
        board for an opinion.
      - **Export control:** most of the software and know-how is not listed in the EU dual-use
        regulation, but the 2021 recast added a catch-all for cyber-surveillance items (Article 5).
        We consulted the export-control authority informally; a licence obligation could arise if
        we knew the results were intended for internal repression.
      - **Data:** the video dataset showed identifiable people filmed without consent. Using it
        would not be compatible with the GDPR or with our ethical approval.
      - **Lists:** the partner university was not on EU sanctions lists or the US Entity List, but
        two companies spun out of the group were on the Entity List.
      - **Reputation:** we asked our communications office how we would explain the project
        publicly. Nobody could.
    `,
    outcome: CaseOutcome.MODIFIED,
    mitigations: md`
      - Work package 2 removed; the project is limited to medical image segmentation on public,
        consented datasets.
      - A clause that results may not be used for surveillance of individuals and that our
        researchers alone decide what they publish.
      - The doctoral exchanges kept, with a briefing before travel and loan laptops.
      - A joint review after 18 months by the research office and the ethics board.
    `,
    lessonsLearned: md`
      - Raise the concern with the partner directly. They accepted a narrower scope more easily
        than we had expected.
      - "It is published openly" does not settle the question when the application is the problem.
      - The dataset was the clearest warning sign, and it was visible in the first proposal.
    `,
    riskAreaSlugs: [
      'human-rights-and-ethics',
      'unwanted-knowledge-or-technology-transfer',
      'export-control-and-dual-use',
      'reputation',
    ],
    collaborationTypeSlugs: ['research-project', 'data-or-material-transfer'],
    technologyAreaSlugs: ['artificial-intelligence-technologies'],
    researchFieldSlug: 'natural-sciences',
    countryCodes: ['CN'],
    phase: CasePhase.AGREEMENT,
    year: 2024,
    quarter: 1,
  },
  {
    key: 'joint-lab-partner-added-to-entity-list',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.AMBER,
    recipientOrganisationSlugs: [
      'chalmers',
      'linkopings-universitet',
      'inspektionen-for-strategiska-produkter',
    ],
    status: 'PUBLISHED',
    language: Locale.SV,
    title: 'Gemensamt labb avvecklades när industripartnern fördes upp på amerikanska Entity List',
    summary: oneLine`
      Ett gemensamt forskningslabb inom trådlös kommunikation med ett kinesiskt teknikföretag hade
      pågått i tre år när företaget fördes upp på den amerikanska Entity List. Labbet använde
      amerikansk mätutrustning och programvara och hade amerikanska samarbetspartner. Efter en
      genomgång av konsekvenserna avvecklade vi labbet under ett halvår och lät pågående
      doktorandprojekt slutföras utan partnerns finansiering.
    `,
    context: md`
      Labbet inrättades med ett femårigt avtal. Partnern finansierade två doktorander och en
      forskningsingenjör och hade rätt till tidig insyn i resultat och en option på licens.

      - Forskningen gällde antennsystem och signalbehandling för nästa generations mobilnät, ett
        område som EU räknar till kritisk teknik.
      - Labbets utrustning kom till stor del från amerikanska leverantörer, med programvara som
        omfattas av amerikanska exportregler (EAR).
      - Partnern var labbets enda externa finansiär.
    `,
    whatHappened: md`
      Samma vecka som listningen fick vi frågor från två amerikanska universitet som vi samarbetar
      med i andra projekt, från en leverantör som ville ha en slutanvändarförsäkran och från
      forskarna själva. Ledningen bad om en samlad bedömning inom en månad.

      Vi sade upp avtalet med sex månaders varsel. De två doktoranderna fick fortsatt anställning
      med fakultetsmedel och kunde slutföra sina avhandlingar. Partnern informerades vid ett möte
      och fick ett skriftligt besked om hur resultat och avtalade rättigheter hanteras.
    `,
    assessment: md`
      - **Amerikanska regler:** listningen gäller inte direkt för oss, men vidareexport av
        amerikanska varor, programvara och teknik till ett listat företag kräver amerikansk licens.
        Vi inventerade vilken utrustning och programvara som användes och vad som delades med
        partnern, med hjälp av en extern jurist med inriktning på exportkontroll.
      - **EU och Sverige:** företaget omfattades inte av EU:s sanktioner. Vi klassificerade
        labbets teknik mot EU:s kontrollista; inget som delades var listat, men en del låg nära
        gränsen för kryptofunktioner i kategori 5 del 2. Bedömningen stämdes av med
        exportkontrollmyndigheten.
      - **Samarbetspartner:** de amerikanska universiteten kunde inte fortsätta dela mätdata med
        projekt där det listade företaget hade insyn.
      - **Vår säkerhetsfunktion** bedömde risken för oönskad teknologiöverföring som måttlig men
        beroendet av en enda finansiär som högt.
      - **Avtalet:** det saknade en hävningsgrund för listningar, men gav rätt till uppsägning med
        sex månaders varsel.
    `,
    outcome: CaseOutcome.TERMINATED,
    mitigations: md`
      - Under uppsägningstiden delades inga nya resultat.
      - Partnerns konton och åtkomst till gemensamma lagringsytor stängdes samma dag som beslutet.
      - Doktorandernas finansiering säkrades av fakulteten så att ingen förlorade sin utbildning.
      - Vi dokumenterade inventeringen av amerikansk utrustning och programvara för framtida frågor
        från leverantörer.
    `,
    lessonsLearned: md`
      - Skriv in en rätt att säga upp avtalet om en part förs upp på sanktions- eller
        exportkontrollistor.
      - Håll en förteckning över utrustning och programvara med amerikanskt ursprung i labb med
        utländska partner.
      - Ett gemensamt labb med en enda finansiär skapar beroenden som är svåra att avveckla.
      - Delat som AMBER med två lärosäten som hade liknande labb och med exportkontrollmyndigheten.
    `,
    riskAreaSlugs: [
      'export-control-and-dual-use',
      'sanctions',
      'economic-security-and-investment-screening',
      'funding-dependency',
    ],
    collaborationTypeSlugs: ['joint-lab-or-centre', 'industry-partnership'],
    technologyAreaSlugs: ['advanced-connectivity-navigation-and-digital-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['CN', 'US'],
    phase: CasePhase.EXIT,
    year: 2020,
    quarter: 3,
  },
  {
    key: 'drone-navigation-software-export-licence',
    authorEmail: LU_CONTACT,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    status: 'PUBLISHED',
    language: Locale.EN,
    title:
      'Autonomous drone navigation with a partner in Türkiye: classifying the software and applying for a licence',
    summary: oneLine`
      A robotics group wanted to share flight-control software and test data with a partner
      university in Ankara for a joint project on navigation without satellite positioning.
      Classification against the EU dual-use list showed that the unpublished, integrated software
      could be controlled, while the published algorithms were not. We applied for an individual
      export licence for the software, which was granted with end-use conditions, and kept the
      basic research fully open.
    `,
    context: md`
      The group develops visual-inertial navigation for small unmanned aircraft that must fly where
      satellite signals are jammed or unavailable, for instance indoors or in mines.

      - The partner university has a strong aerospace faculty and a separate institute for defence
        technology.
      - The plan was a shared code repository, joint test flights and two-month research stays in
        both directions.
      - The partner country has a large drone industry that supplies its armed forces and exports.
    `,
    whatHappened: md`
      A researcher asked the research office whether the group could simply give the partner access
      to the repository. We paused the sharing for three weeks while the software was classified.

      The export-control authority advised an application for an individual licence. The licence
      was granted after eight weeks, with a condition that the software is used only for civil
      research and not re-exported. The collaboration started one term later than planned.
    `,
    assessment: md`
      - **Classification:** the published algorithms are in the public domain or basic scientific
        research, which the regulation exempts. The integrated flight-control software, tuned for a
        specific airframe and not yet published, could fall under the software entries of category
        9 linked to unmanned aerial vehicles.
      - **End use and end user:** the partner's defence institute was not involved in the project,
        but shares buildings with the aerospace faculty. We asked the partner for a written
        description of the intended use and the people involved.
      - **Lists:** no hits on EU sanctions lists or the US Entity List for the partner or its
        institutes.
      - **Authority:** we sent a classification question with a technical description to the
        export-control authority before applying.
      - **Geographic data:** the test-flight data contained aerial imagery of Swedish sites. We
        checked the rules on spreading aerial imagery before sharing it.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - Two repositories: a public one for published algorithms and a restricted one for the
        integrated software, with an access log.
      - An end-use statement from the partner, attached to the licence application.
      - Test data shared only after the imagery had been reviewed and sensitive sites removed.
      - A short export-control briefing for the team before each research stay.
    `,
    lessonsLearned: md`
      - Classify early. The licence took eight weeks, which we had not planned for.
      - The exemptions for basic research and published material cover more than researchers
        think, but not unpublished, integrated code.
      - Most of the project never needed a licence; splitting the repository kept it open.
    `,
    riskAreaSlugs: ['export-control-and-dual-use', 'unwanted-knowledge-or-technology-transfer'],
    collaborationTypeSlugs: ['research-project', 'data-or-material-transfer'],
    technologyAreaSlugs: [
      'robotics-and-autonomous-systems',
      'advanced-connectivity-navigation-and-digital-technologies',
    ],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['TR'],
    phase: CasePhase.DUE_DILIGENCE,
    year: 2022,
    quarter: 3,
  },
  {
    key: 'sponsored-chair-with-conditions-declined',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PUBLISHED',
    language: Locale.SV,
    title:
      'Erbjuden donationsprofessur med villkor om inflytande över rekrytering och innehåll avböjdes',
    summary: oneLine`
      En stiftelse med nära band till ett ministerium i Saudiarabien erbjöd en donation för att
      finansiera en professur och ett seminarieprogram inom energisystem och hållbar omställning.
      Utkastet till gåvoavtal gav givaren en plats i rekryteringsgruppen, rätt att godkänna
      seminarieprogrammet och rätt att kräva återbetalning. Efter en granskning avböjde lärosätet
      donationen i den föreslagna formen.
    `,
    context: md`
      Erbjudandet kom via en tidigare gästforskare och motsvarade ungefär tio års lönekostnader för
      en professur med doktorander. Utkastet till gåvoavtal innehöll bland annat:

      1. givaren utser en ledamot i rekryteringsgruppen,
      2. en årlig plan för seminarier och gästföreläsare godkänns av givaren,
      3. givarens namn ingår i professurens benämning,
      4. donationen återbetalas om lärosätet "agerar i strid med givarens intressen".
    `,
    whatHappened: md`
      Institutionen var positiv eftersom området saknade finansiering. Forskningsstödet tog fram
      ett beslutsunderlag, och ledningen bad givaren att stryka det första, andra och fjärde
      villkoret. Givaren ville behålla villkoren, och lärosätet avböjde donationen. Ett motförslag
      om ett öppet utlyst forskningsbidrag utan villkor avböjdes av givaren.
    `,
    assessment: md`
      - **Donationsregler:** donationsförordningen tillåter en statlig myndighet att ta emot gåvor
        som har anknytning till verksamheten, men inte gåvor som kan ifrågasättas av hänsyn till
        myndighetens oberoende och integritet.
      - **Akademisk frihet:** högskolelagens princip om att forskningsproblem får väljas, metoder
        utvecklas och resultat publiceras fritt är oförenlig med villkor 2 och 4.
      - **Givaren:** öppna källor visade att stiftelsens styrelse utses av ministeriet och att
        liknande donationer använts för att bygga inflytande i akademiska miljöer i flera länder.
      - **Säkerhetsfunktionen** bedömde risken för påverkan som tydlig men begränsad i tid, och
        risken för lärosätets anseende som hög.
      - **Erfarenhetsutbyte:** vi frågade två andra lärosäten som fått liknande erbjudanden hur de
        hade resonerat.
    `,
    outcome: CaseOutcome.DECLINED,
    lessonsLearned: md`
      - En donationspolicy bör uttryckligen säga att givare inte får inflytande över tillsättning,
        innehåll eller publicering.
      - Granska återbetalningsklausuler särskilt: det är där inflytandet ofta sitter.
      - Motivera ett nej med principer som gäller alla givare, inte med landet.
    `,
    riskAreaSlugs: [
      'funding-dependency',
      'academic-freedom-and-self-censorship',
      'foreign-interference',
      'reputation',
    ],
    collaborationTypeSlugs: ['funding-donation-or-sponsored-chair'],
    technologyAreaSlugs: ['energy-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['SA'],
    phase: CasePhase.DUE_DILIGENCE,
    year: 2021,
    quarter: 4,
  },
  {
    key: 'institutional-agreements-russia-2022',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'PUBLISHED',
    language: Locale.EN,
    title:
      'Ending institutional agreements with universities in Russia and Belarus while protecting individuals',
    summary: oneLine`
      After the full-scale invasion of Ukraine in February 2022 we reviewed eleven agreements with
      universities in Russia and Belarus, froze all institutional cooperation and brought home two
      exchange students. Individual academic contacts remained possible, and we supported students
      and researchers from both countries who were here. A review in 2023 ended the agreements
      formally.
    `,
    context: md`
      At the start of 2022 we had eleven agreements with partners in Russia and Belarus:

      - four general memoranda of understanding,
      - five student-exchange agreements, with two of our students abroad and five incoming
        students with us,
      - two research agreements, one of them on Arctic climate data shared in both directions.
    `,
    whatHappened: md`
      Within a week a crisis group of the international office, the legal office, student services
      and the security function met daily. The national position was that institutional cooperation
      with state institutions in Russia and Belarus should be frozen.

      Our two students came home within ten days. The incoming students could stay and finish their
      courses, but several could no longer receive money from home when their bank cards stopped
      working. Research data were no longer sent to the Russian partner; published data stayed
      public. In 2023 the frozen agreements were reviewed and formally ended.
    `,
    assessment: md`
      - **Sanctions:** we checked every partner against the EU's Russia and Belarus regulations.
        One partner's affiliated institute appeared on the list of entities with military links,
        which restricts technology transfers and technical assistance.
      - **Personal safety:** colleagues in Russia could be exposed if they were seen cooperating
        with an "unfriendly" country, so we did not publish lists of suspended partners.
      - **Students:** we checked insurance, travel options and the individual situation of every
        incoming student with student services.
      - **Legal form:** we first sent suspension letters referring to the changed circumstances,
        and ended the agreements formally only after the 2023 review.
    `,
    outcome: CaseOutcome.TERMINATED,
    mitigations: md`
      - Researchers may keep individual academic contacts and co-publish, but without
        institutional agreements, funding or exchanges.
      - A hardship fund for incoming students whose payments stopped.
      - Positions for threatened researchers through the international scholars-at-risk network.
      - A communication plan that separates institutions from people.
    `,
    lessonsLearned: md`
      - Keep a register of all agreements. We found three that the central office did not know
        about.
      - Distinguish the institution from the individual. Students from Russia and Belarus here
        were not the target of the decision and needed to hear that.
      - A crisis group with a fixed membership made decisions fast and consistent.
    `,
    riskAreaSlugs: ['sanctions', 'personal-safety', 'reputation'],
    collaborationTypeSlugs: ['institutional-agreement', 'student-exchange'],
    researchFieldSlug: 'natural-sciences',
    countryCodes: ['RU', 'BY'],
    phase: CasePhase.REVIEW,
    year: 2022,
    quarter: 1,
  },
  {
    key: 'keynote-travel-iran-dual-citizen',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.AMBER_STRICT,
    status: 'PUBLISHED',
    language: Locale.SV,
    title: 'Medarbetare med dubbelt medborgarskap inbjuden att tala i Iran – deltog på distans',
    summary: oneLine`
      En medarbetare med svenskt och iranskt medborgarskap bjöds in att hålla ett huvudanförande
      vid en konferens om vattenrening i Teheran. Med hänsyn till risken för godtyckliga
      frihetsberövanden av personer med dubbelt medborgarskap, och medarbetarens tidigare offentliga
      engagemang, beviljades ingen tjänsteresa. Medarbetaren deltog i stället digitalt från en
      lånedator, och vi gick tillsammans igenom hur kontakter från hemlandets myndigheter kan
      hanteras.
    `,
    context: md`
      - Forskningsområdet är membranteknik för vattenrening, med civila tillämpningar och utan
        exportkontrollerade moment.
      - Inbjudan kom från ett statligt universitet och konferensen var medfinansierad av en
        statlig myndighet.
      - Utrikesdepartementet avråder från alla resor till Iran och påpekar att Iran inte erkänner
        ett svenskt medborgarskap hos personer som också är iranska medborgare.
      - Medarbetaren hade tidigare skrivit under ett offentligt upprop om kvinnors rättigheter.
    `,
    whatHappened: md`
      Medarbetaren frågade institutionen om resan kunde bokas som tjänsteresa. Prefekten tog
      kontakt med vår säkerhetsfunktion och med personalavdelningen, och vi hade två samtal med
      medarbetaren under en vecka.

      Tjänsteresan beviljades inte. Medarbetaren höll anförandet digitalt, och arrangören
      accepterade det utan invändningar.
    `,
    assessment: md`
      - **Arbetsgivaransvar:** en tjänsteresa är en arbetsmiljöfråga. Vi gick igenom
        reseavrådan och försäkringsvillkoren, som inte gäller fullt ut vid avrådan.
      - **Transnationell förföljelse:** säkerhetstjänstens offentliga lägesbilder pekar ut Iran som
        en av de stater som kartlägger och försöker påverka personer i diasporan i Sverige.
      - **Informationssäkerhet:** bärbara enheter kan granskas vid inresa, och forskningsdata och
        kontaktlistor på en dator kan exponera kollegor.
      - **Medarbetarens egen bedömning:** medarbetaren ville gärna resa men var osäker, och
        uppskattade att beslutet fattades av arbetsgivaren.
      - **Proportionalitet:** beslutet gällde resan, inte forskningen, och inte kontakterna med
        forskare i landet.
    `,
    outcome: CaseOutcome.MODIFIED,
    mitigations: md`
      - Digitalt deltagande från en lånedator med ett separat konto och utan forskningsdata.
      - Ett samtal om hur man kan hantera kontakter från en ambassad eller från myndigheter i
        hemlandet, och att hot eller påtryckningar kan anmälas till polisen.
      - Uppföljning med medarbetaren efter sex månader.
    `,
    lessonsLearned: md`
      - Personlig säkerhet är en arbetsmiljöfråga. Ta den tillsammans med personalavdelningen.
      - Ett tydligt beslut från arbetsgivaren kan avlasta den enskilde.
      - Fallet delas bara inom lärosätet (AMBER_STRICT) eftersom det rör en enskild medarbetare.
    `,
    riskAreaSlugs: ['personal-safety', 'cyber-and-information-security', 'foreign-interference'],
    collaborationTypeSlugs: ['conference-or-delegation', 'staff-mobility'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['IR'],
    phase: CasePhase.ONGOING,
    year: 2024,
    quarter: 2,
  },
  {
    key: 'masters-admission-sanctions-screening',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.GREEN,
    status: 'PUBLISHED',
    language: Locale.EN,
    title:
      "Screening master's admissions against sanctions without excluding anyone by nationality",
    summary: oneLine`
      Our engineering master's programmes receive many applications from Iran. EU sanctions
      prohibit making resources available to listed persons and entities, and restrict technical
      assistance related to certain goods. Programme coordinators had handled this in very
      different ways. We replaced their practices with one proportionate, individual screening step
      after admission that looks at the applicant's former institution and at laboratory access,
      not at nationality.
    `,
    context: md`
      Each year several hundred applicants from Iran apply to our engineering master's programmes.
      Two programmes include laboratory work with controlled equipment: high-power lasers and a
      clean room for microfabrication.

      Practice varied: one coordinator had informally advised against admitting applicants from
      one country, while another never considered sanctions at all.
    `,
    whatHappened: md`
      After a complaint about unequal treatment, the legal office, the admissions office and our
      export-control coordinator designed a shared routine. It was approved by the vice-rector for
      education and has been used for four admission rounds.
    `,
    assessment: md`
      - **Equal treatment:** under the Discrimination Act and the admission rules of the Higher
        Education Ordinance, nationality cannot be a ground for rejecting an applicant. Admission
        decides on merit; sanctions and export control are handled afterwards, for everyone.
      - **Sanctions:** the EU's Iran measures list persons and entities, among them a handful of
        universities with defence links. Paying a stipend to, or sharing resources with, a listed
        entity is prohibited.
      - **Export control:** general engineering teaching is not controlled. Project work with
        controlled equipment can involve controlled technology.
      - **Authority:** we asked the export-control authority where teaching ends and technical
        assistance begins. Courses that are open and general are normally not technology transfer;
        project work in controlled labs must be assessed case by case.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - Admission unchanged: academic merit only.
      - After admission, every admitted student's previous institution is checked against the EU
        consolidated sanctions list. The check is documented; hits go to the export-control
        coordinator.
      - Thesis projects in controlled labs are assessed individually before they start,
        regardless of the student's background.
      - All students hear a short introduction to export control at the start of the programme.
    `,
    lessonsLearned: md`
      - One routine protects both the university and the students against arbitrary decisions.
      - In four rounds we had two hits; both were resolved by choosing a different thesis project.
      - Coordinators were relieved not to have to make these judgements alone.
    `,
    riskAreaSlugs: [
      'sanctions',
      'export-control-and-dual-use',
      'unwanted-knowledge-or-technology-transfer',
      'human-rights-and-ethics',
    ],
    collaborationTypeSlugs: ['admission'],
    technologyAreaSlugs: ['advanced-semiconductor-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['IR'],
    phase: CasePhase.ONGOING,
    year: 2023,
    quarter: 3,
  },
  {
    key: 'health-data-transfer-us-university',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PUBLISHED',
    language: Locale.SV,
    title: 'Överföring av pseudonymiserade hälsodata till ett universitet i USA – ett rutinärende',
    summary: oneLine`
      Ett forskningsprojekt om rörelseanalys efter stroke skulle dela pseudonymiserade sensordata
      med ett universitet i USA. Vi använde lärosätets mall för dataöverföringsavtal, EU:s
      standardavtalsklausuler och en konsekvensbedömning av överföringen, och kontrollerade att
      etikprövningen omfattade delningen. Ärendet tog tre veckor och samarbetet fortsatte som
      planerat.
    `,
    context: md`
      - Projektet samlar data från bärbara rörelsesensorer hos 120 deltagare under rehabilitering.
      - Data är pseudonymiserade; kodnyckeln stannar hos oss.
      - Mottagaren är ett offentligt universitet i USA som vi samarbetat med i tio år, och som
        bidrar med analysmetoder.
    `,
    whatHappened: md`
      Forskargruppen kontaktade forskningsstödet och dataskyddsombudet två månader innan data
      skulle delas. Avtalet förhandlades på tre veckor, och första överföringen gjordes enligt
      plan.
    `,
    assessment: md`
      - **Dataskydd:** pseudonymiserade uppgifter är personuppgifter, och mottagaren finns i ett
        tredjeland. Offentliga universitet i USA kan normalt inte ansluta sig till ramverket för
        dataskydd mellan EU och USA, så vi använde EU-kommissionens standardavtalsklausuler och
        gjorde en konsekvensbedömning av överföringen.
      - **Etikprövning:** ansökan hade angett att data skulle delas med en internationell partner,
        så ingen ändringsansökan behövdes.
      - **Informationssäkerhet:** krypterad överföring, och mottagarens lagring bedömdes mot vår
        checklista.
      - **Exportkontroll och sanktioner:** inte aktuellt för data av det här slaget; noterat i
        ärendet.
      - **Proportionalitet:** ingen ytterligare säkerhetsgranskning behövdes.
    `,
    outcome: CaseOutcome.PROCEEDED,
    lessonsLearned: md`
      - Mallar för avtal och konsekvensbedömning gör att ett vanligt ärende tar veckor, inte
        månader.
      - Tidig kontakt med dataskyddsombudet var avgörande.
      - Öppna och välkända samarbeten ska gå smidigt. Det här är ett exempel på det.
    `,
    riskAreaSlugs: ['cyber-and-information-security', 'human-rights-and-ethics'],
    collaborationTypeSlugs: ['data-or-material-transfer', 'research-project'],
    technologyAreaSlugs: ['advanced-sensing-technologies'],
    researchFieldSlug: 'medical-and-health-sciences',
    countryCodes: ['US'],
    phase: CasePhase.AGREEMENT,
    year: 2025,
    quarter: 2,
  },
  {
    key: 'battery-recycling-consortium-light-check',
    authorEmail: LU_CONTACT,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PUBLISHED',
    language: Locale.EN,
    title: 'A battery-recycling consortium with European partners: a two-hour proportionate check',
    summary: oneLine`
      A materials group was invited into an EU-funded consortium on recycling battery cathode
      materials, led by a research institute in Germany with partners in France and the Netherlands
      and two industrial partners. Our standard light check covered sanctions lists, company
      ownership and the consortium agreement's intellectual-property clauses. It found nothing of
      concern, and the group went ahead. Most collaborations need no more than this.
    `,
    context: md`
      The consortium had eight partners: four universities and research institutes, two recycling
      companies, a battery manufacturer and an industry association. Our group would lead one work
      package on hydrometallurgical recovery of nickel and cobalt.
    `,
    whatHappened: md`
      The principal investigator filled in our two-page partner checklist. The research office
      checked the answers and the consortium agreement in about two hours, and the application was
      submitted on time.
    `,
    assessment: md`
      - **Sanctions:** all partners checked against the EU consolidated list; no hits.
      - **Ownership:** one industrial partner is a subsidiary of a group with a minority
        shareholder from outside the EU, a sovereign fund with less than ten per cent and no
        control. Noted, no action.
      - **Consortium agreement:** based on a widely used model agreement, with standard access
        rights and a 45-day objection period before publication.
      - **Export control:** the recycling processes are not listed.
      - **Call conditions:** some calls in the programme restrict participation by entities
        controlled from outside the EU. This call did not.
    `,
    outcome: CaseOutcome.PROCEEDED,
    lessonsLearned: md`
      - A short checklist with clear thresholds for escalation lets the office say yes quickly.
      - Record the check even when it finds nothing; the consortium may change later.
    `,
    riskAreaSlugs: [
      'economic-security-and-investment-screening',
      'unwanted-knowledge-or-technology-transfer',
    ],
    collaborationTypeSlugs: ['research-project', 'industry-partnership'],
    technologyAreaSlugs: [
      'advanced-materials-manufacturing-and-recycling-technologies',
      'energy-technologies',
    ],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['DE', 'FR', 'NL'],
    phase: CasePhase.INITIATION,
    year: 2025,
    quarter: 4,
  },
  {
    key: 'double-degree-singapore',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'PUBLISHED',
    language: Locale.SV,
    title: 'Dubbelexamen på masternivå med ett universitet i Singapore',
    summary: oneLine`
      Vi förhandlade fram ett avtal om dubbelexamen inom datateknik med ett universitet i
      Singapore. Genomgången gällde främst akademisk frihet i undervisningen, lokala lagar om
      yttrandefrihet och utländsk påverkan, rätten att examinera och studenternas säkerhet.
      Riskerna bedömdes som låga, och avtalet tecknades med klausuler om examinatorernas
      självständighet.
    `,
    context: md`
      - Programmet omfattar två år, ett vid varje lärosäte, och cirka tio studenter per år i
        varje riktning.
      - Inriktningen är cybersäkerhet och distribuerade system.
      - Partnern är ett offentligt finansierat universitet med hög kvalitet och många
        samarbeten i Europa.
    `,
    whatHappened: md`
      Avtalet förhandlades under ett halvår. Den internationella avdelningen gjorde en
      riskgenomgång tillsammans med programansvariga och juristerna. Avtalet tecknades, och den
      första gruppen studenter började hösten efter.
    `,
    assessment: md`
      - **Akademisk frihet:** Singapore har lagar om falska nyheter och om motåtgärder mot utländsk
        påverkan som kan påverka lärares offentliga uttalanden om politiska frågor. För
        datatekniska kurser bedömdes betydelsen som låg.
      - **Kursinnehåll:** verktygen i kurserna om penetrationstester är allmänt tillgängliga, och
        inget moment bedömdes som exportkontrollerat.
      - **Examination:** varje lärosäte utfärdar sin egen examen enligt sina egna regler.
      - **Studenternas säkerhet:** låg risk, men studenterna behöver känna till lokala lagar som
        skiljer sig från svenska.
    `,
    outcome: CaseOutcome.PROCEEDED,
    mitigations: md`
      - En klausul om att examinatorer bedömer självständigt och att undervisningen följer
        principen om akademisk frihet.
      - Information till utresande studenter om lokala lagar och om vart de vänder sig om något
        händer.
    `,
    lessonsLearned: md`
      - En stark partner betyder inte att genomgången kan hoppas över, men den kan vara kort: tre
        möten räckte.
      - Skriv in akademisk frihet i avtalet även när det känns självklart.
    `,
    riskAreaSlugs: ['academic-freedom-and-self-censorship', 'reputation', 'personal-safety'],
    collaborationTypeSlugs: ['joint-or-dual-degree', 'student-exchange'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['SG'],
    phase: CasePhase.AGREEMENT,
    year: 2021,
    quarter: 4,
  },
  {
    key: 'satellite-test-facility-access-japan',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PUBLISHED',
    language: Locale.EN,
    title:
      'Giving a partner university in Japan access to our satellite test facility and ground station',
    summary: oneLine`
      A university in Japan asked for access to our thermal-vacuum chamber and ground station for
      a student-built Earth-observation satellite. Classification showed that the chamber and
      some test procedures are controlled, but that transfers to Japan are covered by an EU
      general export authorisation. We granted access with a simple technology control plan and
      supervised operation, and the test campaign went ahead on schedule.
    `,
    context: md`
      The partner's student team had built a small satellite with a camera for monitoring
      vegetation. They needed a thermal-vacuum test before launch and ground-station time during
      the first months in orbit. Our ground station is occasionally used for a contract with a
      Swedish authority, with restrictions on who may be present.
    `,
    whatHappened: md`
      Four students and a supervisor from the partner spent three weeks with us. Tests and the
      first passes over the ground station went as planned. We still host a weekly pass for the
      partner.
    `,
    assessment: md`
      - **Classification:** space-qualified components and environmental test equipment appear in
        category 9 of Annex I to the EU dual-use regulation, and our test procedures count as
        technology for them.
      - **Authorisation:** Japan is one of the destinations covered by the Union general export
        authorisation EU001. We registered its use with the export-control authority and keep
        records for reporting.
      - **Protective security:** sessions for the national contract are scheduled separately, and
        visitors are not present then.
      - **Lists:** the partner and the visitors were checked against EU sanctions lists, as for
        any visit; no hits.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - A one-page technology control plan: what is shared, who supervises, where records are kept.
      - Supervised operation of the chamber and the ground station by our staff.
      - Separate scheduling for the national contract.
    `,
    lessonsLearned: md`
      - Check the EU general export authorisations first. For trusted destinations they make
        listed technology easy to share.
      - Keep a simple log of what was shared; reporting then takes minutes.
    `,
    riskAreaSlugs: ['export-control-and-dual-use', 'protective-security'],
    collaborationTypeSlugs: ['infrastructure-access', 'student-exchange'],
    technologyAreaSlugs: ['space-and-propulsion-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['JP'],
    phase: CasePhase.ONGOING,
    year: 2024,
    quarter: 3,
  },
  {
    key: 'commissioned-semiconductor-research-publication-clause',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.GREEN,
    status: 'PUBLISHED',
    language: Locale.SV,
    title:
      'Uppdragsforskning åt ett sydkoreanskt halvledarföretag: förhandling om publiceringsrätt',
    summary: oneLine`
      Ett sydkoreanskt halvledarföretag ville beställa ett tvåårigt forskningsuppdrag om nya
      material för minneskretsar. Företagets avtalsutkast gav företaget äganderätt till alla
      resultat och rätt att stoppa publicering utan tidsgräns. Efter förhandling fick vi ett avtal
      med 60 dagars granskningstid före publicering, rätt för doktoranden att använda resultaten i
      sin avhandling och en tydlig avgränsning mot gruppens offentligt finansierade forskning.
    `,
    context: md`
      Forskargruppen arbetar med tunnfilmsmaterial för icke-flyktiga minnen och har parallellt ett
      grundforskningsprojekt med offentlig finansiering inom samma område. Uppdraget skulle
      finansiera en doktorand och del av en forskares tid.
    `,
    whatHappened: md`
      Avtalsutkastet kom från företagets juridiska avdelning. Forskningsstödet och juristerna
      förhandlade i tre omgångar under två månader. Företaget godtog våra ändringar och uppdraget
      pågår.
    `,
    assessment: md`
      - **Publicering och utbildning:** en doktorand måste kunna publicera och disputera. Ett
        obegränsat publiceringsstopp är inte förenligt med högskolans uppdrag.
      - **Intressekonflikter:** gruppledaren har en anmäld bisyssla som konsult åt ett annat
        företag i branschen. Vi lät en annan forskare leda uppdraget och dokumenterade hanteringen.
      - **Bakgrundsresultat:** resultat från det offentligt finansierade projektet fick inte
        följa med in i uppdraget.
      - **Exportkontroll:** materialen är inte listade, men viss processutrustning i renrummet
        omfattas av kategori 3 i EU:s kontrollista. Ingen teknik för den utrustningen ingick.
      - **Statsstöd:** uppdraget prissattes till full kostnad på marknadsmässiga villkor.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - Granskningstid på 60 dagar före publicering, för att företaget ska kunna söka patent.
      - Doktoranden får alltid använda resultaten i sin avhandling.
      - En förteckning över bakgrundsresultat som bilaga till avtalet.
      - En annan projektledare än gruppledaren, på grund av bisysslan.
    `,
    lessonsLearned: md`
      - Utgå från lärosätets egen avtalsmall. Företag godtar oftast en begränsad granskningstid.
      - Dokumentera gränsen mot offentligt finansierad forskning redan från början.
    `,
    riskAreaSlugs: [
      'research-integrity-and-conflicts-of-interest',
      'unwanted-knowledge-or-technology-transfer',
      'economic-security-and-investment-screening',
    ],
    collaborationTypeSlugs: ['commissioned-research', 'industry-partnership'],
    technologyAreaSlugs: ['advanced-semiconductor-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['KR'],
    phase: CasePhase.AGREEMENT,
    year: 2023,
    quarter: 1,
  },
  {
    key: 'undisclosed-talent-programme-appointment',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.AMBER,
    recipientOrganisationSlugs: ['sakerhetspolisen', 'goteborgs-universitet', 'vetenskapsradet'],
    status: 'PUBLISHED',
    language: Locale.EN,
    title: 'An undisclosed secondary appointment under a foreign talent programme',
    summary: oneLine`
      A senior researcher in biomedicine held an undisclosed part-time appointment, with a
      laboratory, at a university in China under a state talent programme. It came to light through
      a dual affiliation in a publication. The appointment had not been reported as secondary
      employment, and its contract had confidentiality and patent clauses that conflicted with
      obligations here. The appointment was ended, the affected grants were reviewed with the
      funders, and our reporting of secondary employment was tightened.
    `,
    context: md`
      The researcher led a well-funded group working on gene-editing methods. Over three years,
      two of the group's doctoral students had spent periods at the laboratory abroad, and cell
      lines had been sent there without a material transfer agreement.
    `,
    whatHappened: md`
      A colleague noticed a dual affiliation in a paper and mentioned it to the head of department.
      In a first meeting the researcher described a contract with the programme:

      - three months a year at the other university, with a salary and laboratory funding,
      - an obligation to file patents in China for results achieved "during the appointment",
      - confidentiality about the contract itself.

      After a review led by the HR and legal offices, the researcher ended the appointment. The
      funders of two affected grants were informed, and the material transfers were regularised.
    `,
    assessment: md`
      - **Secondary employment:** state employees must report secondary employment, which may not
        damage confidence in their impartiality. The appointment had never been reported.
      - **Intellectual property:** the patent clause overlapped with projects funded by a national
        research funder and an EU grant.
      - **Research integrity:** the affiliation and the funding had been left out of two grant
        applications. It was handled locally as a deviation from good research practice; it was
        not research misconduct as the law defines it.
      - **Technology transfer:** gene editing is on the EU's list of critical technologies. We
        mapped what material and data had gone where.
      - **Authorities:** we asked the Security Service for general advice on talent programmes,
        without naming the researcher.
      - **Fairness:** the process followed the same rules we would apply to any secondary
        appointment, anywhere.
    `,
    outcome: CaseOutcome.TERMINATED,
    mitigations: md`
      - The secondary appointment ended, and the researcher confirmed in writing that the rules on
        reporting secondary employment had been explained.
      - Material transfer agreements for all cell lines already sent, and none without one in the
        future.
      - An annual disclosure of secondary employment for all researchers, which now asks
        explicitly about appointments abroad and talent programmes.
      - Training for heads of department.
    `,
    lessonsLearned: md`
      - The researcher did not see a problem, and many colleagues did not know the rules either.
        Clear questions in the annual disclosure do more than warnings.
      - Look at the contract, not the programme's name: the conflicting clauses were the issue.
      - Shared as AMBER with a funder, the Security Service and another university that had asked
        about a similar situation.
    `,
    riskAreaSlugs: [
      'research-integrity-and-conflicts-of-interest',
      'unwanted-knowledge-or-technology-transfer',
      'foreign-interference',
    ],
    collaborationTypeSlugs: [
      'talent-programme-or-secondary-affiliation',
      'data-or-material-transfer',
    ],
    technologyAreaSlugs: ['biotechnologies'],
    researchFieldSlug: 'medical-and-health-sciences',
    countryCodes: ['CN'],
    phase: CasePhase.REVIEW,
    year: 2021,
    quarter: 2,
  },
  {
    key: 'student-exchange-india-light-check',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PUBLISHED',
    language: Locale.SV,
    title: 'Nytt studentutbytesavtal med ett tekniskt institut i Indien efter en kort kontroll',
    summary: oneLine`
      Ett offentligt tekniskt institut i Indien ville teckna ett avtal om studentutbyte inom
      maskinteknik och energisystem, fem studenter per år i varje riktning. Vår korta kontroll
      gällde partnerns ställning, listor, kursernas innehåll och studenternas säkerhet. Inget gav
      anledning till åtgärder utöver vår vanliga information till utresande studenter, och avtalet
      tecknades inom två månader.
    `,
    context: md`
      Initiativet kom från två lärare som redan samarbetade i ett forskningsprojekt. Utbytet gäller
      kurser på avancerad nivå; examensarbeten ingår inte.
    `,
    whatHappened: md`
      Programansvariga fyllde i vår checklista för nya partner. Den internationella avdelningen
      kontrollerade svaren på en eftermiddag, och avtalet skrevs under av båda parter efter två
      månader. De första studenterna reste terminen efter.
    `,
    assessment: md`
      - **Partnern:** ett statligt tekniskt institut med gott rykte och många europeiska partner.
      - **Listor:** inga träffar på EU:s sanktionslistor eller andra relevanta listor.
      - **Kurser:** utbytet gäller ordinarie kurser; inga moment med kontrollerad utrustning.
      - **Studenternas säkerhet:** vi läste Utrikesdepartementets reseinformation och gick igenom
        partnerns stöd för utbytesstudenter, inklusive boende.
      - **Examensarbeten:** om utbytet senare utvidgas till examensarbeten i våra labb görs en
        separat bedömning.
    `,
    outcome: CaseOutcome.PROCEEDED,
    lessonsLearned: md`
      - En proportionerlig kontroll tar en eftermiddag och ska inte fördröja ett vanligt utbyte.
      - Det mesta av vårt arbete med ansvarsfull internationalisering ser ut så här.
    `,
    riskAreaSlugs: ['personal-safety', 'reputation'],
    collaborationTypeSlugs: ['student-exchange', 'institutional-agreement'],
    technologyAreaSlugs: ['energy-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['IN'],
    phase: CasePhase.ONGOING,
    year: 2024,
    quarter: 1,
  },
  {
    key: 'amazon-fieldwork-genetic-resources',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'PUBLISHED',
    language: Locale.EN,
    title:
      'Fieldwork and plant samples in the Brazilian Amazon: permits, benefit-sharing and safety',
    summary: oneLine`
      A plant-science group planned fieldwork in the Brazilian Amazon with a partner university to
      collect wild relatives of cassava and bring samples to Sweden. The project needed
      registration under Brazil's biodiversity law, due diligence under the Nagoya Protocol, prior
      informed consent from a local community and a safety plan for an area with land conflicts and
      illegal mining. It went ahead with those measures and a benefit-sharing agreement.
    `,
    context: md`
      - Three researchers and two doctoral students, four weeks in the field.
      - Samples of leaves and seeds to be sequenced in Sweden.
      - Part of the area borders indigenous land; the partner has long-standing relations with one
        community there.
    `,
    whatHappened: md`
      Planning took eight months instead of the planned three, mostly because of registrations and
      consent. The fieldwork went ahead in the dry season. One planned site was dropped on the
      partner's advice after reports of armed conflict over land nearby.
    `,
    assessment: md`
      - **Access and benefit-sharing:** Brazil requires registration in a national system before
        access to genetic heritage and before shipment. The EU regulation implementing the Nagoya
        Protocol requires us to exercise due diligence and keep records.
      - **Consent:** prior informed consent from the community, obtained by the partner through a
        process the community chose.
      - **Personal safety:** violence against environmental defenders and researchers has been
        reported in the region. We made a safety plan with the partner and our security function.
      - **Insurance and travel:** checked with our insurer; travel advice followed.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - Registration and shipment documents in order before any sample left the country.
      - A benefit-sharing agreement: joint authorship, data returned to the partner, training for
        two of the partner's students.
      - Local guides, satellite communication, a daily check-in and a decision rule for leaving a
        site.
      - Sequence data published with references to the permits.
    `,
    lessonsLearned: md`
      - Permits and consent take months. Start with them.
      - The partner's local knowledge was the most important safety measure.
    `,
    riskAreaSlugs: ['personal-safety', 'human-rights-and-ethics'],
    collaborationTypeSlugs: ['research-project', 'data-or-material-transfer'],
    technologyAreaSlugs: ['biotechnologies'],
    researchFieldSlug: 'agricultural-and-veterinary-sciences',
    countryCodes: ['BR'],
    phase: CasePhase.ONGOING,
    year: 2022,
    quarter: 3,
  },
  {
    key: 'genomic-data-sharing-south-africa',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'PUBLISHED',
    language: Locale.SV,
    title: 'Analys av genomdata tillsammans med ett universitet i Sydafrika – ett jämlikt avtal',
    summary: oneLine`
      Ett projekt om genetiska riskfaktorer för tuberkulos skulle analysera genomdata från en
      sydafrikansk kohort tillsammans med ett universitet där. Partnern ville att data och prover
      skulle stanna i landet. Vi valde en federerad analys där ingen individdata lämnar Sydafrika,
      och ett avtal om gemensamt författarskap, kapacitetsuppbyggnad och delad nytta. Projektet
      genomfördes utan särskilda säkerhetsåtgärder utöver det vanliga.
    `,
    context: md`
      Kohorten omfattar flera tusen deltagare och har byggts upp av partnern under tio år. Vår
      grupp bidrar med statistiska metoder och beräkningskapacitet.
    `,
    whatHappened: md`
      Avtalet förhandlades under fyra månader. Analysen körs vid partnerns beräkningsmiljö, och
      bara sammanställda resultat delas med oss. Två doktorander från partnern har tillbringat en
      termin hos oss.
    `,
    assessment: md`
      - **Dataskydd:** Sydafrikas dataskyddslag ställer krav på överföring till utlandet. En
        federerad analys gör att ingen överföring av individdata behövs.
      - **Etik:** etikprövning i båda länderna och ett samråd med kohortens rådgivande grupp.
      - **Jämlikhet:** vi gick igenom författarskap, vem som äger data och hur nyttan delas, med
        stöd av internationella riktlinjer för rättvisa forskningspartnerskap.
      - **Säkerhet:** ingen exportkontroll och inga sanktioner aktuella.
    `,
    outcome: CaseOutcome.PROCEEDED,
    lessonsLearned: md`
      - Att data stannar hos partnern kan vara en styrka, inte ett hinder.
      - Ansvarsfull internationalisering handlar också om rättvisa samarbeten.
    `,
    riskAreaSlugs: ['human-rights-and-ethics', 'research-integrity-and-conflicts-of-interest'],
    collaborationTypeSlugs: ['data-or-material-transfer', 'research-project'],
    technologyAreaSlugs: ['biotechnologies'],
    researchFieldSlug: 'medical-and-health-sciences',
    countryCodes: ['ZA'],
    phase: CasePhase.AGREEMENT,
    year: 2021,
    quarter: 1,
  },
  {
    key: 'sensor-fusion-defence-funded-lab-declined',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.RED,
    recipientEmails: [ISP_EXPERT, KTH_OFFICER],
    status: 'PUBLISHED',
    language: Locale.EN,
    title: 'Sensor-fusion project with a defence-funded laboratory declined on end-use grounds',
    summary: oneLine`
      A partner university in Israel proposed a joint project on radar and infrared sensor fusion.
      The partner laboratory was mainly funded by a national defence research directorate, and the
      project plan mentioned target tracking in cluttered environments. Our assessment found that
      parts of the work would probably need export licences and that a military end use could not
      be excluded. We declined this project; cooperation with the same university in other fields
      continues.
    `,
    context: md`
      The proposal came from one of our signal-processing groups, which had co-authored with the
      partner laboratory on open methods for years. The new project would combine measured radar
      and infrared data from the partner with our tracking algorithms.
    `,
    whatHappened: md`
      The research office asked for a technical description and the partner laboratory's funding
      sources. The faculty's board decided, on our recommendation, not to enter the project, and
      the principal investigator explained the decision to the partner in a meeting.
    `,
    assessment: md`
      - **Classification:** parts of the technology fall under sensor entries in the EU dual-use
        list; technology specially designed for military items would be covered by the military
        equipment rules instead. The export-control authority's preliminary view was that a
        licence would probably be needed.
      - **End use:** the partner laboratory's funding and the project plan pointed to military
        applications in an ongoing armed conflict.
      - **Policy:** our university does not take part in research with an intended military end
        use outside defence cooperation that Sweden has agreed to.
      - **Alternatives:** we proposed using only public datasets and simulations. The partner
        required its own measured data, which it could not share openly.
      - **Academic freedom and reputation:** views inside the university were strong in both
        directions. We based the decision on end use, not on nationality or political opinion,
        and documented it carefully.
    `,
    outcome: CaseOutcome.DECLINED,
    lessonsLearned: md`
      - Decide on the project, not the country, and write down why.
      - Declining one project did not end the relationship; other cooperation with the university
        continues under our normal routines.
      - Shared as RED with the export-control authority and a colleague at another university
        who had received a similar proposal.
    `,
    riskAreaSlugs: ['export-control-and-dual-use', 'human-rights-and-ethics', 'reputation'],
    collaborationTypeSlugs: ['research-project'],
    technologyAreaSlugs: ['advanced-sensing-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['IL'],
    phase: CasePhase.DUE_DILIGENCE,
    year: 2024,
    quarter: 4,
  },
  {
    key: 'us-partner-technology-control-plan',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'PUBLISHED',
    language: Locale.SV,
    title:
      'Amerikansk partner krävde en teknikkontrollplan i ett projekt om elektrisk framdrivning',
    summary: oneLine`
      Ett amerikanskt universitet med finansiering från en federal myndighet ville samarbeta om
      plasmamodellering för elektrisk framdrivning av satelliter. Delar av partnerns tekniska data
      omfattades av amerikanska exportregler, och partnern bad om uppgifter om projektmedlemmarnas
      medborgarskap. Vi lämnade inte sådana uppgifter, utan utformade projektet så att kontrollerade
      data stannade hos partnern och vi arbetade med öppna data, reglerat i en teknikkontrollplan.
    `,
    context: md`
      - Projektet gällde numerisk modellering av plasma i hallpropellrar.
      - Partnern hade experimentella data från provbänkar som var exportkontrollerade i USA.
      - Vår grupp har forskare och doktorander från flera länder.
    `,
    whatHappened: md`
      Partnerns exportkontrollfunktion skickade ett utkast till teknikkontrollplan och en blankett
      om medborgarskap. Efter två möten kom vi överens om en annan uppläggning, och projektet
      startade ett kvartal senare än planerat. Det pågår fortfarande.
    `,
    assessment: md`
      - **Amerikanska regler:** amerikanska exportregler följer tekniken, så data som tas emot från
        USA omfattas av reglerna om vidareexport även här.
      - **Vår klassificering:** utrustning för rymdframdrivning finns i kategori 9 i EU:s
        kontrollista. Våra egna modeller bygger på publicerad forskning och omfattas inte.
      - **Likabehandling och dataskydd:** att styra tillgång efter medborgarskap strider mot
        svensk diskrimineringslagstiftning, och uppgifterna skulle vara personuppgifter utan
        rättslig grund.
      - **Vår säkerhetsfunktion** granskade lagringen och projektrummets behörigheter.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - Kontrollerade amerikanska data stannar hos partnern; vi får bara publicerade eller
        frisläppta data.
      - En teknikkontrollplan som beskriver vad som delas, hur och av vem.
      - Separat lagringsyta för projektet och en kort utbildning för projektmedlemmarna.
    `,
    lessonsLearned: md`
      - Fråga tidigt om projektet innehåller teknik med amerikanskt ursprung.
      - Utforma projektet så att tillgång aldrig behöver styras efter medborgarskap.
    `,
    riskAreaSlugs: [
      'export-control-and-dual-use',
      'unwanted-knowledge-or-technology-transfer',
      'cyber-and-information-security',
    ],
    collaborationTypeSlugs: ['research-project', 'data-or-material-transfer'],
    technologyAreaSlugs: ['space-and-propulsion-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['US'],
    phase: CasePhase.ONGOING,
    year: 2020,
    quarter: 1,
  },
  {
    key: 'cyber-range-access-uk',
    authorEmail: LU_CONTACT,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PUBLISHED',
    language: Locale.EN,
    title: 'Opening our cyber range to a UK partner after a short information-security review',
    summary: oneLine`
      A university in the United Kingdom wanted remote access to our cyber range, a testbed with
      realistic networks and industrial control systems, for a joint course and research on
      intrusion detection. A short review of the access model, the data in the range, personal
      data and export control found one scenario that should not be shared. Everything else was
      opened, and the collaboration started within a month.
    `,
    context: md`
      The range runs synthetic corporate networks and simulated industrial control systems. One
      scenario was built with configuration data provided by a Swedish water utility.
    `,
    whatHappened: md`
      The partner's students and researchers got personal accounts with multi-factor
      authentication. The course ran in the spring term with forty participants, and a joint paper
      on intrusion detection is under review.
    `,
    assessment: md`
      - **Information security:** the range contains mostly synthetic data. The water-utility
        scenario contained real configuration data and was excluded from the shared environment.
      - **Export control:** intrusion detection and the tools used are not listed; the partner
        country is covered by an EU general export authorisation in any case.
      - **Personal data:** participant logs are personal data; the United Kingdom has an EU
        adequacy decision.
      - **Protective security:** the range is not used for security-classified work.
    `,
    outcome: CaseOutcome.PROCEEDED,
    lessonsLearned: md`
      - Separate environments make it easy to share most of a facility and keep one part closed.
      - The review took four meetings; a checklist for infrastructure access now exists.
    `,
    riskAreaSlugs: ['cyber-and-information-security'],
    collaborationTypeSlugs: ['infrastructure-access', 'research-project'],
    technologyAreaSlugs: ['advanced-connectivity-navigation-and-digital-technologies'],
    researchFieldSlug: 'natural-sciences',
    countryCodes: ['GB'],
    phase: CasePhase.ONGOING,
    year: 2025,
    quarter: 1,
  },
  {
    key: 'visiting-researcher-security-classified-group',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.AMBER_STRICT,
    status: 'PUBLISHED',
    language: Locale.SV,
    title: 'Gästforskare i en grupp med ett säkerhetsskyddsklassificerat uppdrag',
    summary: oneLine`
      En forskargrupp inom avancerade material har ett säkerhetsskyddsklassificerat uppdrag från
      en försvarsmyndighet. En gästforskare från ett universitet i Egypten ansökte om ett års
      vistelse i gruppen. Säkerhetsskyddsanalysen visade att gruppens lokaler och servrar inte var
      tillräckligt åtskilda från uppdraget, vilket hade gällt vilken besökare som helst.
      Vistelsen genomfördes i en närliggande grupp, och lokaler och IT-miljö separerades.
    `,
    context: md`
      - Gruppen utvecklar keramiska kompositer för höga temperaturer. En mindre del av arbetet sker
        inom ett uppdrag som omfattas av säkerhetsskyddslagen.
      - Gästforskaren skulle arbeta med öppen grundforskning om sintringsprocesser.
      - Gruppens kontor, labb och filservrar delades mellan det öppna arbetet och uppdraget.
    `,
    whatHappened: md`
      Ansökan gick enligt rutinen till vår säkerhetsskyddschef, eftersom gruppen har ett
      säkerhetsskyddsavtal. Genomgången visade brister i hur gruppen själv hade separerat
      uppdraget. Gästforskaren placerades i en närliggande grupp med samma forskningsinriktning, och
      vistelsen genomfördes som planerat.
    `,
    assessment: md`
      - **Säkerhetsskydd:** säkerhetsskyddslagen kräver att den som bedriver säkerhetskänslig
        verksamhet gör en säkerhetsskyddsanalys och hindrar obehörig åtkomst. Besökare får inte
        ges tillgång till skyddsvärda uppgifter.
      - **Bristen:** gemensamma passerkort, en delad filserver och whiteboards i gemensamma rum gav
        i praktiken åtkomst för alla i gruppen och för besökare.
      - **Likabehandling:** bedömningen gällde tillgång, inte person. En svensk gäst hade fått
        samma besked.
      - **Samråd:** uppdragsgivaren informerades om bristen och om de åtgärder vi vidtog.
    `,
    outcome: CaseOutcome.MODIFIED,
    mitigations: md`
      - Placering i en närliggande grupp utan koppling till uppdraget.
      - Uppdraget flyttades till ett eget rum med egen behörighetsstyrning.
      - En separat, skyddad IT-miljö för uppdraget och rensning av den delade filservern.
      - Genomgång av säkerhetsskyddsavtalet tillsammans med uppdragsgivaren.
    `,
    lessonsLearned: md`
      - Ansökan avslöjade en brist som fanns oavsett besökare. Bra att den upptäcktes.
      - Blanda inte öppen forskning och säkerhetsskyddsklassificerade uppdrag i samma lokaler.
      - Fallet delas bara inom lärosätet eftersom det beskriver vårt eget säkerhetsskydd.
    `,
    riskAreaSlugs: [
      'protective-security',
      'espionage',
      'unwanted-knowledge-or-technology-transfer',
    ],
    collaborationTypeSlugs: ['visiting-researcher'],
    technologyAreaSlugs: ['advanced-materials-manufacturing-and-recycling-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['EG'],
    phase: CasePhase.DUE_DILIGENCE,
    year: 2025,
    quarter: 3,
  },
  {
    key: 'self-censorship-in-seminars',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.GREEN,
    status: 'DRAFT',
    language: Locale.SV,
    title: 'Självcensur i undervisningen: studenter som kände sig övervakade i seminarier',
    summary: oneLine`
      I en kurs i internationell politik skrev flera studenter i kursvärderingen att de inte vågade
      uttala sig i seminarier om Hongkong, Xinjiang och Taiwan, eftersom de trodde att andra
      studenter rapporterade vidare. Läraren hade också fått kritik från en studentförening för
      kurslitteraturen. Vi ändrade seminarieformerna, gav studenterna alternativa sätt att delta och
      informerade om vart man vänder sig vid trakasserier. Kursen och litteraturen behölls.
    `,
    context: md`
      Kursen har omkring sextio studenter varje år, varav en stor andel från Kina och Hongkong.
      Seminarierna bygger på muntliga diskussioner i grupper, och tidigare spelades vissa in för
      studenter som inte kunde närvara.
    `,
    whatHappened: md`
      Kursansvarig tog upp kursvärderingen med studierektorn och institutionens ledning. Vi
      samrådde med studentkåren och vår säkerhetsfunktion, och ändrade kursen till nästa termin.
      Ledningen ställde sig bakom lärarens val av litteratur.
    `,
    assessment: md`
      - **Akademisk frihet:** lärarens val av litteratur och frågeställningar ska inte påverkas av
        påtryckningar, och studenter ska kunna diskutera fritt.
      - **Transnationell förföljelse:** säkerhetstjänstens offentliga lägesbilder beskriver hur
        stater kartlägger studenter utomlands. Hongkongs säkerhetslag från 2020 gäller enligt sin
        egen lydelse även handlingar utanför Hongkong.
      - **Studenternas säkerhet:** inspelningar och namngivna inlägg kan spridas vidare.
      - **Påverkan:** kritiken från studentföreningen följde ett mönster som andra lärosäten har
        beskrivit.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - Seminarierna spelas inte in, och det som sägs i ett seminarium får användas men inte
        tillskrivas någon.
      - Möjlighet att lämna skriftliga reflektioner i stället för muntliga inlägg.
      - Anonyma frågor till läraren via lärplattformen.
      - Information om vart studenter vänder sig vid trakasserier eller hot.
      - Stöd till läraren från ledningen, skriftligt.
    `,
    lessonsLearned: md`
      - Kursvärderingar kan fånga självcensur som annars inte syns.
      - Skydda samtalet, inte bara ämnet: formerna för deltagande betydde mest för studenterna.
    `,
    riskAreaSlugs: [
      'academic-freedom-and-self-censorship',
      'foreign-interference',
      'personal-safety',
    ],
    collaborationTypeSlugs: ['student-exchange', 'admission'],
    researchFieldSlug: 'social-sciences',
    countryCodes: ['CN', 'HK'],
    phase: CasePhase.ONGOING,
    year: 2023,
    quarter: 4,
  },
  {
    key: 'hosting-scholar-at-risk',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PUBLISHED',
    language: Locale.EN,
    title: 'Hosting a dismissed historian from Türkiye through a scholars-at-risk placement',
    summary: oneLine`
      A historian dismissed from a public university in Türkiye by emergency decree was offered a
      two-year guest position through an international network for scholars at risk. We assessed
      the safety of the scholar and family, the risk of monitoring, and how to handle the
      scholar's public profile. The placement went ahead; the scholar later obtained a permanent
      position at a university elsewhere in Europe.
    `,
    context: md`
      The scholar had signed a public petition, was dismissed and had a passport cancelled for a
      period. The network had made its own assessment and asked us to host.
    `,
    whatHappened: md`
      The department offered the position, and the international office handled permits and
      housing with the network. The scholar taught two courses, published in the scholar's own
      name and gave public lectures by choice.
    `,
    assessment: md`
      - **Personal safety:** we discussed with the scholar what information about the placement
        should be public, and how to react to approaches from officials of the home country.
      - **Family:** relatives in the home country could be pressured; the scholar decided what
        was said publicly.
      - **Information security:** advice on separate accounts and devices.
      - **Academic freedom:** the placement itself is a way of defending it.
    `,
    outcome: CaseOutcome.PROCEEDED,
    mitigations: md`
      - No announcement of the placement without the scholar's consent.
      - A named contact in the security function and information on reporting threats to the police.
    `,
    lessonsLearned: md`
      - Let the scholar decide on visibility; the risk is theirs.
      - Networks for scholars at risk do much of the groundwork and are worth joining.
    `,
    riskAreaSlugs: ['academic-freedom-and-self-censorship', 'personal-safety'],
    collaborationTypeSlugs: ['recruitment', 'visiting-researcher'],
    researchFieldSlug: 'humanities-and-the-arts',
    countryCodes: ['TR'],
    phase: CasePhase.ONGOING,
    year: 2019,
    quarter: 2,
  },
  {
    key: 'suspicious-downloads-partner-account',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.RED,
    recipientEmails: [SAPO_EXPERT],
    status: 'PUBLISHED',
    language: Locale.SV,
    title: 'Misstänkta nedladdningar via ett partnerkonto i en gemensam projektlagring',
    summary: oneLine`
      I ett forskningsprojekt om styrsystem för elnät hade en rysk partner konton i vår gemensamma
      projektlagring. IT-säkerhetsfunktionen upptäckte att ett partnerkonto laddade ner stora
      mängder data, även från mappar utanför projektet som kontot av misstag hade behörighet till.
      Kontona stängdes, händelsen anmäldes till säkerhetstjänsten och till
      dataskyddsmyndigheten, och samarbetet avslutades.
    `,
    context: md`
      - Projektet gällde robust styrning av elnät med stor andel förnybar produktion.
      - Partnern hade fem konton i vår molnlagring för projektet.
      - Behörigheterna hade satts upp av en doktorand och aldrig granskats.
    `,
    whatHappened: md`
      Larmet kom en fredagskväll. Vår IT-säkerhetsfunktion stängde kontona inom en timme och
      säkrade loggarna. På måndagen fattade ledningen beslut om anmälan och om att avsluta
      samarbetet. Partnern fick ett skriftligt besked utan detaljer om vad vi sett.
    `,
    assessment: md`
      - **Loggar:** nedladdningarna gjordes från en adress utanför partnerns nät, utanför
        kontorstid, och omfattade mappar med ritningar över en testanläggning och personuppgifter
        om projektets personal.
      - **Spionage:** misstanken hanteras av säkerhetstjänsten. Vi utredde inte själva, utan
        säkrade underlag och anmälde.
      - **Personuppgiftsincident:** anmäld till dataskyddsmyndigheten inom 72 timmar.
      - **Samhällsviktig verksamhet:** en nätoperatör som deltog i projektet informerades.
    `,
    outcome: CaseOutcome.TERMINATED,
    mitigations: md`
      - Alla externa konton i lärosätets molnlagring granskades, och behörigheter styrs nu per
        projekt med årlig översyn.
      - Tvåfaktorsinloggning för alla externa konton.
      - En rutin för att stänga konton och säkra loggar vid misstänkta händelser.
    `,
    lessonsLearned: md`
      - Behörigheter som ingen äger växer. Granska dem.
      - Utred inte misstänkt spionage själv; säkra loggarna och kontakta säkerhetstjänsten direkt.
      - Delat som RED med säkerhetstjänsten, som bad att få följa ärendet här.
    `,
    riskAreaSlugs: [
      'cyber-and-information-security',
      'espionage',
      'unwanted-knowledge-or-technology-transfer',
    ],
    collaborationTypeSlugs: ['research-project'],
    technologyAreaSlugs: ['energy-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['RU'],
    phase: CasePhase.EXIT,
    year: 2019,
    quarter: 4,
  },
  {
    key: 'spin-off-funding-round-investment-screening',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.AMBER,
    recipientOrganisationSlugs: ['inspektionen-for-strategiska-produkter', 'vinnova', 'kth'],
    status: 'PUBLISHED',
    language: Locale.EN,
    title: "A spin-off's funding round, a fund registered in Hong Kong and investment screening",
    summary: oneLine`
      A university spin-off developing solid-state hydrogen storage was offered lead investment by
      a fund registered in Hong Kong whose ultimate owners included a state-owned group in mainland
      China. The Swedish investment screening act required a notification. After advice from our
      innovation office and a notification to the screening authority, the round was
      restructured: the fund took a small passive stake without a board seat or information
      rights, and a Nordic investor led the round.
    `,
    context: md`
      - The spin-off licenses two patents from the university, and the university's holding
        company owns a share.
      - The fund offered the full round at a good valuation, a board seat and quarterly access to
        technical reports.
    `,
    whatHappened: md`
      The founders asked the innovation office for advice a week before signing. The office
      involved our legal office and the security function, and advised the founders to notify
      before completing any transaction. The founders found a Nordic lead investor, and the fund
      accepted a passive minority stake.
    `,
    assessment: md`
      - **Investment screening:** since December 2023, investments that give a foreign investor
        ten per cent or more of the votes in a company conducting protection-worthy activities
        must be notified and may not be completed before clearance. Emerging technology with
        dual-use potential can be protection-worthy.
      - **Ownership:** we traced the fund's owners through public company registers to a
        state-owned industrial group.
      - **The university's interests:** the licence agreement had no change-of-control clause and
        no clause on export of the licensed technology.
      - **Economic security:** hydrogen storage is on the EU's list of critical technologies.
    `,
    outcome: CaseOutcome.MODIFIED,
    mitigations: md`
      - The fund holds less than ten per cent, with no board seat and no access to non-public
        technical information.
      - The licence agreement was amended with a change-of-control clause and a duty to inform the
        university before licensed technology is transferred abroad.
      - Investment screening is now part of the innovation office's checklist for spin-offs.
    `,
    lessonsLearned: md`
      - Put change-of-control and export clauses in licence agreements from the start.
      - Founders need to hear about investment screening before they negotiate, not a week before
        signing.
      - Shared as AMBER with the screening authority, an innovation funder and a university with
        a similar spin-off portfolio.
    `,
    riskAreaSlugs: [
      'economic-security-and-investment-screening',
      'unwanted-knowledge-or-technology-transfer',
    ],
    collaborationTypeSlugs: ['licensing-spin-off-or-investment'],
    technologyAreaSlugs: [
      'energy-technologies',
      'advanced-materials-manufacturing-and-recycling-technologies',
    ],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['HK', 'CN'],
    phase: CasePhase.AGREEMENT,
    year: 2024,
    quarter: 2,
  },
  {
    key: 'computing-accounts-sanctions-screening',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    status: 'SUBMITTED',
    language: Locale.SV,
    title: 'Sanktionskontroll av användarkonton i en beräkningsinfrastruktur',
    summary: oneLine`
      Vi upptäckte att en gästforskare med konto i vår högpresterande beräkningsmiljö samtidigt var
      anställd vid ett belarusiskt institut på EU:s sanktionslista. Beräkningstid kan vara en
      ekonomisk resurs som inte får ställas till en listad enhets förfogande. Kontot stängdes
      tillfälligt och öppnades igen när anställningen vid institutet hade upphört. Sanktionskontroll
      ingår nu i ansökan om konto.
    `,
    context: md`
      Beräkningsmiljön används av flera hundra forskare, varav många externa. Konton beviljades
      tidigare efter intyg från en projektledare vid lärosätet, utan kontroll mot listor.
    `,
    whatHappened: md`
      En medarbetare i användarstödet såg institutets namn i en publikation som tackade för
      beräkningstiden. Kontot stängdes samma dag i väntan på bedömning, och forskaren fick besked
      om skälet. Efter två månader hade forskaren lämnat institutet, och kontot öppnades igen.
    `,
    assessment: md`
      - **Sanktioner:** EU:s sanktioner mot Belarus förbjuder att ekonomiska resurser görs
        tillgängliga för listade enheter. Forskaren själv var inte listad, men arbetet kunde komma
        institutet till del.
      - **Juridik:** vi tog hjälp av juristerna och stämde av tolkningen med en myndighet som
        ger vägledning om sanktioner.
      - **Informationssäkerhet:** vi kontrollerade vilka data kontot hade åtkomst till.
      - **Proportionalitet:** ingen misstanke om avsikt; forskaren samarbetade fullt ut.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - Kontroll av sökandens organisationer mot EU:s konsoliderade sanktionslista vid ansökan och
        årligen.
      - Publikationer som tackar för beräkningstid följs upp stickprovsvis.
      - En mall för besked till användare vars konto stängs tillfälligt.
    `,
    lessonsLearned: md`
      - Infrastruktur är också ett samarbete, och sanktioner gäller även beräkningstid.
      - Kontrollen tar minuter när den ingår i ansökan.
    `,
    riskAreaSlugs: ['sanctions', 'cyber-and-information-security'],
    collaborationTypeSlugs: ['infrastructure-access', 'visiting-researcher'],
    technologyAreaSlugs: ['artificial-intelligence-technologies'],
    researchFieldSlug: 'natural-sciences',
    countryCodes: ['BY'],
    phase: CasePhase.ONGOING,
    year: 2025,
    quarter: 1,
  },
  {
    key: 'delegation-visit-admission-system',
    authorEmail: UHR_ADMIN,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PUBLISHED',
    language: Locale.SV,
    title: 'Delegationsbesök som ville veta mer om antagningssystemet än vi kunde berätta',
    summary: oneLine`
      En delegation från ett utbildningsministerium i Kina besökte myndigheten för att lära sig om
      det svenska antagningssystemet. Inför besöket bad delegationen om tekniska detaljer om
      systemarkitektur, integrationer och hur uppgifter om sökande från deras land lagras. Vi
      genomförde besöket med ett anpassat program och hänvisade tekniska frågor till offentligt
      material och till den ordinarie vägen för att begära ut allmänna handlingar.
    `,
    context: md`
      Besöket förmedlades via ambassaden och var en del av en studieresa i flera europeiska länder.
      Delegationen bestod av tolv personer, varav flera med tekniska roller.
    `,
    whatHappened: md`
      Frågorna kom två veckor före besöket. Vi tog fram ett program med presentationer om
      regelverket och om hur antagningen går till, men utan demonstration av system eller
      beskrivningar av arkitekturen. Delegationen accepterade programmet, och besöket genomfördes
      under en förmiddag.
    `,
    assessment: md`
      - **Offentlighet och sekretess:** de flesta uppgifter om antagningen är offentliga, men
        uppgifter om säkerhetsåtgärder och systemens uppbyggnad kan omfattas av sekretess.
        Juristerna gick igenom frågorna i förväg.
      - **Säkerhetstjänstens vägledning** om besök och delegationer: deltagarlista i förväg,
        bemannade mötesrum, inga okända lagringsmedier.
      - **Informationssäkerhet:** gästnätet är skilt från myndighetens nät; inga enheter från
        besökarna kopplades in.
      - **Syfte:** intresset för uppgifter om sökande från det egna landet gav anledning till
        försiktighet, men inte till att ställa in besöket.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - Ett program utan systemdemonstrationer och utan arkitekturbeskrivningar.
      - Deltagarlista i förväg, värdar hela tiden och ett mötesrum utan åtkomst till interna
        system.
      - Presenter i form av lagringsmedier lämnades till IT-säkerhet och kopplades aldrig in.
      - En kort genomgång med personalen efter besöket.
    `,
    lessonsLearned: md`
      - Be om frågor och deltagarlista i förväg; de säger mycket om syftet.
      - Öppenhet om regelverket och försiktighet med det tekniska går att kombinera.
      - Senare kom en formell begäran om handlingar. Den prövades på vanligt sätt.
    `,
    riskAreaSlugs: ['espionage', 'cyber-and-information-security', 'protective-security'],
    collaborationTypeSlugs: ['conference-or-delegation'],
    countryCodes: ['CN'],
    phase: CasePhase.REVIEW,
    year: 2023,
    quarter: 2,
  },
  {
    key: 'catch-all-high-speed-camera',
    authorEmail: ISP_EXPERT,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PUBLISHED',
    language: Locale.EN,
    title: 'Catch-all: an unlisted high-speed camera for a laboratory close to a missile programme',
    summary: oneLine`
      A composite, anonymised example built from several enquiries. A university planned to lend a
      high-speed camera that is not on the EU control list to a partner laboratory abroad for a
      joint combustion experiment. Routine end-user checks showed that the laboratory shared
      premises and staff with an institute developing solid-fuel rocket motors. The university
      asked the export-control authority, the catch-all clause applied, and a licence was refused.
      The collaboration continued on published results only.
    `,
    context: md`
      The university's combustion group had worked with the partner laboratory on open questions in
      spray combustion for several years. The camera would be lent for six months, with two of the
      university's researchers visiting to set it up.
    `,
    whatHappened: md`
      The university's export-control coordinator checked the end user before shipping, as the
      routine required, and found the connection to the rocket-motor institute. The university
      sent a question to the export-control authority before the shipment. The authority decided
      that a licence was required under the catch-all clause, and the licence was refused.
    `,
    assessment: md`
      - **Classification:** the camera's frame rate was below the thresholds in the control list,
        so it was not listed.
      - **Catch-all:** unlisted items need a licence when the exporter has been informed, or is
        aware, that they may be intended for weapons of mass destruction or their delivery
        systems, including missiles.
      - **End-user checks:** the laboratory's website, co-authored publications, procurement
        notices and public lists of entities of concern all pointed to the institute next door.
      - **Technical assistance:** the planned set-up visit would also have needed assessment,
        since technical assistance can be controlled in the same way.
    `,
    outcome: CaseOutcome.DECLINED,
    lessonsLearned: md`
      - The control list is where the assessment starts, not where it ends. Unlisted items can
        need a licence because of the end user.
      - Ask before shipping. A question to the authority costs nothing and is answered quickly.
      - Document the end-user check even when it finds nothing.
    `,
    riskAreaSlugs: ['export-control-and-dual-use', 'unwanted-knowledge-or-technology-transfer'],
    collaborationTypeSlugs: ['data-or-material-transfer', 'research-project'],
    technologyAreaSlugs: ['advanced-sensing-technologies', 'space-and-propulsion-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['PK'],
    phase: CasePhase.REVIEW,
    year: 2022,
    quarter: 2,
  },
  {
    key: 'tuition-fee-dependency-review',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'DRAFT',
    language: Locale.EN,
    title: "Reviewing a faculty's dependence on fee-paying students from one country",
    summary: oneLine`
      In one faculty, about forty per cent of tuition-fee revenue came from students from a single
      country. A review looked at what would happen if that flow stopped suddenly, through a visa
      change, a political conflict or sanctions, and whether the dependence affected teaching or
      grading. The faculty kept its recruitment but set a target to broaden it and built up a
      reserve.
    `,
    context: md`
      Fee-paying students from outside the EU make up a growing part of the faculty's master's
      programmes. Recruitment is partly handled by agents paid a commission per enrolled student.
    `,
    whatHappened: md`
      The dean asked the international office and the finance office for a review. It was
      presented to the faculty board, which adopted a plan with targets for three years.
    `,
    assessment: md`
      - **Scenario:** a fall of half the students from the country within a year would leave two
        programmes without enough students and put eight teaching positions at risk.
      - **Teaching and grading:** interviews with programme directors and a staff survey found no
        sign of pressure on grading, but some teachers avoided certain topics in class.
      - **Agents:** contracts lacked clauses on anti-corruption and on how applicants are advised.
      - **Comparison:** we compared notes with two other universities that had made similar
        reviews.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - A target for the largest single country of at most a quarter of fee revenue within three
        years, through recruitment in other regions.
      - A reserve corresponding to one year's revenue from the largest country.
      - New agent contracts with anti-corruption clauses and audits.
      - Guidance for teachers on academic freedom in the classroom.
    `,
    lessonsLearned: md`
      - Financial dependence can turn into self-censorship long before any money is lost.
      - Draft: figures to be updated after the autumn admission round.
    `,
    riskAreaSlugs: ['funding-dependency', 'academic-freedom-and-self-censorship', 'reputation'],
    collaborationTypeSlugs: ['admission', 'recruitment'],
    researchFieldSlug: 'social-sciences',
    countryCodes: ['CN', 'IN'],
    phase: CasePhase.REVIEW,
    year: 2026,
    quarter: 1,
  },
  {
    key: 'memorandum-initiation-vietnam',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'DRAFT',
    language: Locale.SV,
    title: 'Första kontakter om ett samförståndsavtal med ett tekniskt universitet i Vietnam',
    summary: oneLine`
      Ett tekniskt universitet i Hanoi föreslog ett samförståndsavtal om studentutbyte och
      gemensamma forskningsprojekt inom vattenbyggnad och klimatanpassning. Vår första
      genomgång gällde vad avtalet faktiskt förpliktar till, om partnern har kopplingar till
      försvarssektorn och om det finns konkreta aktiviteter bakom. Vi går vidare med ett avtal som
      löper i fem år och följs upp innan det förnyas.
    `,
    context: md`
      Förslaget kom efter ett besök av en delegation från partnern. Två av våra forskare har redan
      sampublicerat med partnern inom översvämningsmodellering.
    `,
    whatHappened: md`
      Vi har haft två digitala möten och fått ett utkast till avtal. Genomgången är klar, och
      förhandlingen om avtalstexten pågår.
    `,
    assessment: md`
      - **Avtalets innebörd:** ett samförståndsavtal är inte bindande, men kan användas för att
        visa upp samarbetet. Vår regel är att bara teckna sådana avtal där det finns konkreta
        aktiviteter.
      - **Partnern:** ett civilt universitet under utbildningsministeriet, utan kända kopplingar
        till försvarssektorn. Sanktionslistorna gav inga träffar.
      - **Sammanhang:** begränsningar av det civila samhället och av pressfriheten i landet är
        kända, men har liten betydelse för samarbete inom vattenbyggnad.
    `,
    outcome: CaseOutcome.PROCEEDED,
    mitigations: md`
      - En löptid på fem år och en uppföljning av aktiviteterna innan avtalet förnyas.
      - En skrivning om akademisk frihet och om att varje part ansvarar för sin egen
        kommunikation om samarbetet.
    `,
    lessonsLearned: md`
      - Kräv konkreta aktiviteter innan ett samförståndsavtal tecknas.
      - Utkast: kompletteras när avtalet är tecknat.
    `,
    riskAreaSlugs: ['reputation', 'human-rights-and-ethics'],
    collaborationTypeSlugs: ['institutional-agreement', 'student-exchange'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['VN'],
    phase: CasePhase.INITIATION,
    year: 2026,
    quarter: 1,
  },
  {
    key: 'approach-of-doctoral-student-after-conference',
    authorEmail: SAPO_EXPERT,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'PUBLISHED',
    language: Locale.SV,
    title: 'Doktorand kontaktad efter en konferens av en person som visade sig ha andra avsikter',
    summary: oneLine`
      Ett sammanställt och anonymiserat exempel byggt på flera verkliga ärenden. En doktorand i
      materialteknik blev efter en konferens i Europa kontaktad av en person som presenterade sig
      som konsult och erbjöd betalda uppdrag med marknadsanalyser. Uppdragen blev gradvis mer
      specifika och kom att gälla opublicerade resultat och labbets rutiner. Doktoranden vände sig
      till sin handledare och lärosätets säkerhetsfunktion, som kontaktade oss. Kontakten avbröts.
    `,
    context: md`
      Doktoranden forskar om beläggningar för turbinblad, ett område med både civila och militära
      tillämpningar. Konferensen var stor och öppen, och doktoranden hade presenterat en poster.
    `,
    whatHappened: md`
      Förloppet följde ett känt mönster:

      1. En kontaktförfrågan i ett professionellt nätverk på nätet, med smicker om postern.
      2. En lunch i samband med ett seminarium och ett erbjudande om ett litet, välbetalt uppdrag.
      3. Nya uppdrag som gällde opublicerade mätdata och vilka andra som arbetade i labbet.
      4. Frågor om passersystemet och en inbjudan att resa på kontaktens bekostnad.

      Vid steg 3 kände doktoranden sig obekväm och tog upp saken med sin handledare.
    `,
    assessment: md`
      - **Mönstret:** uppmärksamhet, pengar, gradvis upptrappning och önskemål om diskretion är
        typiskt för försök att värva källor.
      - **Bedömningen:** vi bedömde att kontakten med stor sannolikhet agerade för en främmande
        makts underrättelsetjänst.
      - **Lärosätets roll:** säkerhetsfunktionen gjorde rätt i att inte utreda själv, utan stödja
        doktoranden och kontakta oss.
      - **Den enskilde:** doktoranden hade inte gjort något fel och hade inte lämnat ut något
        skyddsvärt.
    `,
    outcome: CaseOutcome.TERMINATED,
    mitigations: md`
      - Doktoranden avslutade kontakten med stöd av oss och säkerhetsfunktionen.
      - En genomgång med forskargruppen om hur sådana kontakter brukar se ut.
    `,
    lessonsLearned: md`
      - Det är aldrig för sent att säga ifrån eller att fråga någon.
      - Gör det lätt att vända sig till säkerhetsfunktionen, utan att det blir en skuldfråga.
      - Misstänkt spionage anmäls direkt till säkerhetstjänsten, inte här på plattformen.
    `,
    riskAreaSlugs: ['espionage', 'personal-safety', 'unwanted-knowledge-or-technology-transfer'],
    collaborationTypeSlugs: ['conference-or-delegation'],
    technologyAreaSlugs: ['advanced-materials-manufacturing-and-recycling-technologies'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['RU'],
    phase: CasePhase.ONGOING,
    year: 2023,
    quarter: 3,
  },
  {
    key: 'ai-partnership-cloud-credits',
    authorEmail: LU_CONTACT,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    status: 'SUBMITTED',
    language: Locale.EN,
    title:
      'An AI research partnership with cloud credits and model access from a large tech company',
    summary: oneLine`
      A large US technology company offered our AI researchers cloud credits, early access to
      models and co-funded doctoral positions. Its standard terms gave it a right to review all
      publications, a licence to results and the use of our name in marketing. We accepted a
      revised agreement: publication review only for the company's confidential information, no
      exclusive licence, no marketing use, and an exit plan so the research can continue if the
      credits stop.
    `,
    context: md`
      The offer covered three years of cloud credits worth several million kronor, two co-funded
      doctoral positions and access to models before public release. Several research groups were
      keen to accept.
    `,
    whatHappened: md`
      The research office coordinated a response from the legal office, the data protection
      officer and the faculty. Negotiation took three months. The company accepted most changes;
      the agreement is signed and the first doctoral students have started.
    `,
    assessment: md`
      - **Research integrity:** a right to review every publication and a licence to results
        would have given the company influence over what was published and who could use it.
      - **Funding dependency:** groups would build their methods around one provider's compute and
        models.
      - **Conflicts of interest:** one principal investigator had a paid advisory role with the
        company; it was declared and managed.
      - **Data:** research data with personal data may not be processed in the company's services
        without a data processing agreement and a transfer assessment.
      - **Doctoral students:** their supervision and thesis rights must not depend on the company.
    `,
    outcome: CaseOutcome.PROCEEDED_WITH_MITIGATIONS,
    mitigations: md`
      - Publication review limited to 30 days and to the company's confidential information.
      - Non-exclusive licences only; results remain ours.
      - No use of our name or logo without separate written consent.
      - An exit plan: workflows that can run on national or other infrastructure.
      - A declared and managed conflict of interest for the principal investigator.
    `,
    lessonsLearned: md`
      - Generous offers from big technology companies need the same scrutiny as any other funder.
      - Negotiate: most standard terms were not final.
    `,
    riskAreaSlugs: [
      'funding-dependency',
      'research-integrity-and-conflicts-of-interest',
      'cyber-and-information-security',
    ],
    collaborationTypeSlugs: ['industry-partnership', 'funding-donation-or-sponsored-chair'],
    technologyAreaSlugs: ['artificial-intelligence-technologies'],
    researchFieldSlug: 'natural-sciences',
    countryCodes: ['US'],
    phase: CasePhase.AGREEMENT,
    year: 2025,
    quarter: 4,
  },
  {
    key: 'government-scholarship-doctoral-students',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.CLEAR,
    status: 'SUBMITTED',
    language: Locale.SV,
    title:
      'Doktorander med utländskt statligt stipendium: villkoren granskades och antagningen gick vidare',
    summary: oneLine`
      Tre sökande till utbildning på forskarnivå hade stipendier från Saudiarabiens
      utbildningsministerium. Vi granskade stipendievillkoren enligt vår rutin för
      stipendiefinansierade doktorander: försörjning under hela utbildningen, rapportering,
      återkallelse och krav på forskningsämne. Villkoren var förenliga med våra regler, och alla
      tre antogs med en skriftlig överenskommelse om finansieringen.
    `,
    context: md`
      - De sökande skulle forska om hållbart byggande, avloppsvattenrening och trafikplanering.
      - Stipendierna täcker fyra års levnadskostnader och avgifter.
      - Stipendiegivaren vill ha en årlig rapport om studieframsteg via ambassadens kulturavdelning.
    `,
    whatHappened: md`
      Institutionen skickade ansökningarna och stipendievillkoren till forskarutbildningsnämnden.
      Granskningen tog två veckor, och de tre antogs till nästa termin.
    `,
    assessment: md`
      - **Försörjning:** enligt högskoleförordningen måste finansieringen vara säkrad för hela
        utbildningen. Villkoren täckte fyra år.
      - **Rapportering:** rapporterna gäller studieframsteg och godkänns av handledaren. De
        innehåller inga forskningsdata.
      - **Återkallelse:** stipendiet kan dras in vid otillräckliga studieresultat. Vi reglerade vad
        som händer då.
      - **Forskningsämne:** stipendiegivaren har inget inflytande över ämne eller publicering.
      - **Exportkontroll:** inget av projekten omfattar kontrollerad teknik.
    `,
    outcome: CaseOutcome.PROCEEDED,
    mitigations: md`
      - En skriftlig överenskommelse mellan lärosätet, doktoranden och stipendiegivaren om
        finansiering och om att lärosätet ensamt ansvarar för utbildningen.
    `,
    lessonsLearned: md`
      - Många statliga stipendier är okomplicerade. En fast rutin gör att de kan godkännas snabbt.
    `,
    riskAreaSlugs: ['funding-dependency', 'foreign-interference'],
    collaborationTypeSlugs: ['recruitment', 'admission'],
    researchFieldSlug: 'engineering-and-technology',
    countryCodes: ['SA'],
    phase: CasePhase.DUE_DILIGENCE,
    year: 2025,
    quarter: 3,
  },
];
