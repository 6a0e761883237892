// SPDX-License-Identifier: EUPL-1.2
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { Locale } from 'src/modules/members/locale.enum';

/**
 * A demo answer as the seed writes it (DOMAIN.md §7). Its text must pass the personal-data
 * screener clean, and an official answer never names its authority: the platform shows it.
 */
export interface DemoAnswer {
  /** E-mail of a demo account (DEMO_ACCOUNTS), not the asker's. */
  authorEmail: string;
  attribution: Attribution;
  /** An EXPERT of an AUTHORITY organisation answering for it (ISP, Säpo, Försvarsmakten). */
  official?: boolean;
  /** Markdown, 20–10 000 characters. */
  body: string;
  /** The asker accepted this answer (at most one per question). */
  accepted?: boolean;
  /** E-mails of demo accounts who voted it helpful (not its author, not the asker). */
  helpfulVotes?: string[];
}

/** A demo question as the seed writes it (DOMAIN.md §7), with the answers it ends up with. */
export interface DemoQuestion {
  /** Stable key, e.g. 'fpga-radar-design-partner-licence'. */
  key: string;
  /** E-mail of the demo account that asked it. */
  authorEmail: string;
  attribution: Attribution;
  /** CLEAR, GREEN, AMBER or RED (AMBER_STRICT questions are allowed but not directed). */
  sharingLevel: SharingLevel;
  /** AMBER only; not the asker's own organisation. */
  recipientOrganisationSlugs?: string[];
  /** RED only: e-mails of other demo accounts. */
  recipientEmails?: string[];
  /**
   * Organisations asked directly (acceptsQuestions: 'sakerhetspolisen',
   * 'inspektionen-for-strategiska-produkter', 'forsvarsmakten'). AMBER adds the organisation to
   * the audience, RED its experts.
   */
  directedToSlugs?: string[];
  /**
   * Where it ends: PENDING_REVIEW (community, waiting for a moderator), OPEN, ANSWERED (needs an
   * accepted answer), CLOSED.
   */
  status: 'PENDING_REVIEW' | 'OPEN' | 'ANSWERED' | 'CLOSED';
  closeReason?: 'DUPLICATE' | 'OFF_TOPIC' | 'OUT_OF_SCOPE' | 'RESOLVED';
  /** For DUPLICATE: the key of the original question. */
  duplicateOfKey?: string;
  language: Locale;
  /** 10–200 characters. */
  title: string;
  /** Markdown, 20–10 000 characters. */
  body: string;
  /** At least one, any kind, from src/modules/taxonomy/topic-catalogue.data.ts. */
  topicSlugs: string[];
  /** ISO 3166-1 alpha-2, upper case. */
  countryCodes: string[];
  answers: DemoAnswer[];
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

const KTH_OFFICER = 'officer@kth.example';
const LU_CONTACT = 'contact@lu.example';
const UHR_MODERATOR = 'moderator@samrad.example';
const ISP_EXPERT = 'expert@isp.example';
const SAPO_EXPERT = 'expert@sapo.example';
const UU_OFFICER = 'officer@uu.example';
const GU_OFFICER = 'officer@gu.example';
const CHALMERS_OFFICER = 'officer@chalmers.example';
const UMU_OFFICER = 'officer@umu.example';
const VR_OFFICER = 'officer@vr.example';
const FM_EXPERT = 'expert@mil.example';

const ISP = 'inspektionen-for-strategiska-produkter';
const SAPO = 'sakerhetspolisen';
const FM = 'forsvarsmakten';

/**
 * About forty fictional, anonymised questions in Swedish and English, with the answers officers
 * and authority experts gave: community questions, questions directed to the three authorities
 * that take them (some answered officially, some still waiting in the triage queue), every
 * sharing level a question can be asked at, every attribution and every status a question can
 * end in.
 */
export const DEMO_QUESTIONS: readonly DemoQuestion[] = [
  {
    key: 'fpga-radar-design-partner-licence',
    authorEmail: CHALMERS_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    directedToSlugs: [ISP],
    status: 'ANSWERED',
    language: Locale.EN,
    title:
      'Does sending an FPGA design for a radar front end to a partner university in India need an export licence?',
    body: md`
      One of our groups develops signal processing for a compact radar front end. The design is an
      FPGA bitstream plus the HDL source and a short report on how the beamforming is tuned. A
      partner university in Bangalore wants to run the design on its own board for a joint paper.

      What we know so far:

      - The radar itself is a laboratory prototype, not a product, and has never been sold.
      - Some of the performance figures (bandwidth, number of channels) are close to the thresholds
        we see in category 5 and 6 of Annex I to the EU dual-use regulation.
      - The paper will be published, but the HDL source and the tuning report will not be.

      Is the transfer of the source and the report an export that needs a licence, even though the
      results will be published? And does it matter that the partner is a university and not a
      company?
    `,
    topicSlugs: [
      'export-control-and-dual-use',
      'research-project',
      'data-or-material-transfer',
      'advanced-sensing-technologies',
      'advanced-semiconductor-technologies',
    ],
    countryCodes: ['IN'],
    answers: [
      {
        authorEmail: ISP_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        accepted: true,
        helpfulVotes: [KTH_OFFICER, UU_OFFICER, UMU_OFFICER],
        body: md`
          Thank you for asking early. A general answer, based on what you describe:

          1. **Sending source code or technical documentation by e-mail, file sharing or a cloud
             service to a recipient outside the EU is an export**, in the same way as shipping
             hardware. It needs a licence if the software or technology is listed in Annex I to
             Regulation (EU) 2021/821, or if the catch-all provisions apply.
          2. **Classification comes first.** The relevant entries depend on the exact parameters of
             the design, not on how close the figures seem. Compare the HDL and the report with the
             entries in categories 3, 5 and 6, including the notes on "development" and
             "production" technology.
          3. **Publication helps only for what is actually published.** Technology that is "in the
             public domain" or is "basic scientific research" is not controlled, but the HDL source
             and the unpublished tuning report would not be covered by that just because a paper
             about the results will appear.
          4. **The type of recipient does not change whether a licence is needed**, although it
             matters for the assessment of an application, as does the end use.

          If you conclude that an entry applies, or if you are unsure, send us a classification
          request or a licence application with the technical data sheet and a description of the
          end use. Our published guidance for universities describes what to include.

          This answer is general guidance, not a binding decision; the classification of a
          specific item is made on the basis of the full technical documentation.
        `,
      },
      {
        authorEmail: KTH_OFFICER,
        attribution: Attribution.NAMED,
        helpfulVotes: [GU_OFFICER],
        body: md`
          We had almost the same situation with a beamforming design last year. What helped us:

          - We split the transfer in two. The partner got the compiled bitstream for one board and
            a published description; the HDL source stayed here until the classification was done.
          - We wrote down the parameters that matter for classification in a one-page table, which
            made the conversation with the export-control authority much quicker.
          - Our researchers now flag "source code or detailed reports leaving the EU" in the
            project plan, so we hear about it before the e-mail is sent, not after.
        `,
      },
    ],
  },
  {
    key: 'visiting-researcher-access-controlled-technology',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.GREEN,
    directedToSlugs: [ISP],
    status: 'ANSWERED',
    language: Locale.SV,
    title:
      'Räknas det som export när en gästforskare från ett land utanför EU får tillgång till kontrollerad teknik i vårt labb?',
    body: md`
      Vi ska ta emot en gästforskare i ett år i en grupp som arbetar med kraftelektronik för
      högspänning. En del av labbets dokumentation och mjukvara har vi bedömt kan omfattas av bilaga
      I till EU:s förordning om produkter med dubbla användningsområden.

      Vi har hört att USA har en regel om "deemed export" när en utländsk person får ta del av
      kontrollerad teknik i USA. Finns det något motsvarande i Sverige eller EU? Och vad behöver vi
      tänka på när gästforskaren reser hem efter vistelsen?
    `,
    topicSlugs: [
      'export-control-and-dual-use',
      'visiting-researcher',
      'unwanted-knowledge-or-technology-transfer',
      'energy-technologies',
    ],
    countryCodes: ['IR'],
    answers: [
      {
        authorEmail: ISP_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        accepted: true,
        helpfulVotes: [GU_OFFICER, UMU_OFFICER],
        body: md`
          Ett allmänt svar utifrån det ni beskriver:

          - **EU:s exportkontroll har ingen motsvarighet till den amerikanska regeln om "deemed
            export".** Att en gästforskare i Sverige tar del av kontrollerad teknik är därför i sig
            inte en export enligt förordning (EU) 2021/821.
          - **Exporten sker när tekniken lämnar EU**, till exempel om gästforskaren tar med sig
            dokumentation eller mjukvara hem, skickar den med e-post eller når den via en
            molntjänst från utlandet. Då krävs tillstånd om tekniken är listad.
          - **Teknik med amerikanskt ursprung** kan omfattas av amerikanska regler även i Sverige.
            Stäm av med leverantören eller med er egen exportkontrollfunktion om det gäller er
            utrustning.
          - Tänk också på att vissa länder omfattas av EU:s sanktioner, som kan innehålla
            förbud mot tekniskt bistånd och överföring av vissa typer av kunnande.

          En praktisk väg är att bestämma i förväg vilken dokumentation gästforskaren behöver för
          sitt projekt, styra behörigheter efter det och gå igenom vad som gäller vid hemresan.
          Vår vägledning för universitet och högskolor beskriver detta mer utförligt.

          Svaret är en allmän vägledning och inte ett bindande besked. Vid osäkerhet om ett
          konkret fall kan ni kontakta oss med en beskrivning av tekniken och situationen.
        `,
      },
      {
        authorEmail: UU_OFFICER,
        attribution: Attribution.ORGANISATION,
        helpfulVotes: [GU_OFFICER],
        body: md`
          Vi har en checklista för "hemresesamtalet" som handledaren går igenom med gästforskaren
          en månad före avresa: vilka filer som får tas med, vilka konton som stängs och vem man
          frågar om man är osäker. Det har fungerat bra och uppfattas inte som misstänkliggörande
          eftersom det gäller alla gästforskare i gruppen, oavsett varifrån de kommer.
        `,
      },
    ],
  },
  {
    key: 'sanctions-screening-partner-university',
    authorEmail: GU_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'ANSWERED',
    language: Locale.EN,
    title:
      'How do you screen a partner university against sanctions lists before signing an exchange agreement?',
    body: md`
      We are about to sign a student and staff exchange agreement with a university in Almaty. The
      faculty is keen and the partner is well regarded, but we have no routine for checking
      sanctions before we sign.

      What do others actually check, and where? In particular:

      - Which lists do you screen against: only the EU's, or also the UN, UK and US lists?
      - Do you screen only the university, or also its faculties, institutes and owners?
      - How do you document the check, and how often do you repeat it during the agreement?
    `,
    topicSlugs: ['sanctions', 'institutional-agreement', 'student-exchange', 'staff-mobility'],
    countryCodes: ['KZ'],
    answers: [
      {
        authorEmail: LU_CONTACT,
        attribution: Attribution.NAMED,
        accepted: true,
        helpfulVotes: [CHALMERS_OFFICER, UMU_OFFICER, KTH_OFFICER],
        body: md`
          Our routine, which we have used for about two years:

          1. **Lists.** The EU consolidated list of financial sanctions is the one that binds us,
             so we always check it. We also look at the UN list and, for technical collaborations,
             the US Entity List, because our partners and suppliers often ask about it.
          2. **Scope.** We screen the university, the faculties or institutes we will actually work
             with, and, where we can find them, owners and major funders. A match on an institute
             matters more than a match on the university as a whole.
          3. **Context.** Beyond the lists we read the EU sanctions regulation for the country,
             because some restrictions concern sectors or services rather than named entities.
          4. **Documentation.** A one-page note in the agreement file: date, lists, search terms,
             result, who did it. We repeat the check when the agreement is renewed, when a new
             faculty joins and whenever the EU adopts a new sanctions package for the region.

          For most partners this takes under an hour. It only grows when something comes up.
        `,
      },
      {
        authorEmail: UMU_OFFICER,
        attribution: Attribution.ANONYMOUS,
        body: md`
          One addition: search for the partner's name in its own language and script too, and for
          former names. We once missed a match because the institute had been renamed after a
          merger.
        `,
      },
    ],
  },
  {
    key: 'mou-renewal-assessment',
    authorEmail: UU_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    status: 'OPEN',
    language: Locale.SV,
    title: 'Hur bedömer ni om ett samförståndsavtal ska förnyas när det löper ut?',
    body: md`
      Vi har ett tjugotal samförståndsavtal med universitet utanför EU som löper ut under de
      kommande två åren. Många tecknades för länge sedan och ingen vet riktigt vad de har lett till.

      Hur gör ni när ett sådant avtal ska förnyas? Har ni en mall för utvärdering, och vilka frågor
      ställer ni till de institutioner som använder avtalet? Låter ni avtal löpa ut utan åtgärd om
      ingen aktivitet finns?
    `,
    topicSlugs: [
      'institutional-agreement',
      'reputation',
      'research-integrity-and-conflicts-of-interest',
    ],
    countryCodes: ['CN', 'BR', 'ZA'],
    answers: [
      {
        authorEmail: KTH_OFFICER,
        attribution: Attribution.ORGANISATION,
        helpfulVotes: [GU_OFFICER, CHALMERS_OFFICER],
        body: md`
          Vi gör en enkel utvärdering sex månader före utgångsdatum:

          - **Aktivitet:** utbyten, sampublikationer och projekt under avtalets löptid.
          - **Nytta:** vad institutionerna själva säger att avtalet har gett.
          - **Förändringar:** har partnern bytt inriktning, fått nya finansiärer eller hamnat på
            någon lista sedan avtalet tecknades?
          - **Avtalstext:** innehåller det gamla avtalet klausuler vi inte skulle godta i dag, till
            exempel om immateriella rättigheter eller om att följa partnerns nationella lagar?

          Utan dokumenterad aktivitet låter vi avtalet löpa ut och skriver ett vänligt brev om att
          vi gärna samarbetar igen när det finns ett konkret projekt.
        `,
      },
      {
        authorEmail: UMU_OFFICER,
        attribution: Attribution.NAMED,
        body: md`
          Vi har gått över till att teckna avtal på högst fem år, med en uttrycklig
          utvärderingspunkt efter tre. Då blir förnyelsen ett beslut och inte en formalitet.
        `,
      },
    ],
  },
  {
    key: 'unsolicited-consultancy-offers-to-researcher',
    authorEmail: UMU_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.RED,
    directedToSlugs: [SAPO],
    status: 'ANSWERED',
    language: Locale.SV,
    title:
      'Hur ska vi råda forskare som får oväntade erbjudanden om välbetalda konsultuppdrag från okända firmor?',
    body: md`
      Flera forskare inom energiteknik har under våren fått erbjudanden via ett professionellt
      nätverk om välbetalda "expertsamtal" åt en rådgivningsfirma som ingen känner till. Uppdragen
      beskrivs vagt, arvodet är högt och firman vill gärna ha skriftliga underlag i förväg.

      Vi vill ge forskarna ett allmänt råd utan att skrämma dem från att samarbeta. Vad bör vi säga
      till dem, och när ska vi kontakta er?
    `,
    topicSlugs: [
      'espionage',
      'foreign-interference',
      'industry-partnership',
      'energy-technologies',
    ],
    countryCodes: [],
    answers: [
      {
        authorEmail: SAPO_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        accepted: true,
        body: md`
          Det ni beskriver stämmer med mönster vi har sett och beskrivit i vår offentliga
          vägledning: kontakter via professionella nätverk, generösa arvoden för till synes enkla
          uppdrag och önskemål om skriftligt material. Det behöver inte vara en främmande makt bakom
          varje sådant erbjudande, men det är rimligt att vara uppmärksam.

          Allmänna råd att ge forskarna:

          - Kontrollera vem uppdragsgivaren är innan ni lämnar något material. En firma som inte
            vill eller kan berätta vem slutkunden är bör väcka frågor.
          - Lämna inte ut opublicerade resultat, interna rapporter eller uppgifter om kollegor.
          - Berätta för chef eller säkerhetsfunktion om erbjudandet, även om det känns oskyldigt.
            Det ger er möjlighet att se om fler har fått liknande kontakter.
          - Bisyssloreglerna gäller som vanligt.

          Om ni i ett enskilt fall misstänker att en främmande makt försöker inhämta information,
          kontakta oss direkt via de kontaktvägar som anges på vår webbplats, inte via plattformen,
          och ta inte själva kontakt med firman för att utreda saken.

          Svaret är en allmän vägledning och inte bindande.
        `,
      },
    ],
  },
  {
    key: 'ministry-delegation-visit-battery-lab',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.AMBER,
    recipientOrganisationSlugs: ['kth'],
    directedToSlugs: [SAPO],
    status: 'OPEN',
    language: Locale.EN,
    title:
      "A foreign ministry's delegation wants to visit our battery lab next month – what should we prepare?",
    body: md`
      A delegation from a ministry of science and technology has asked, through its embassy, to
      visit our battery research lab as part of a tour of Nordic universities. The request names
      twelve participants, about half of them from state-owned companies.

      The group leader is positive but would like to know what we can show. We would like to handle
      this in a way that is welcoming but careful. What do you recommend we prepare, and is there
      anything about such visits that we should report beforehand?
    `,
    topicSlugs: [
      'conference-or-delegation',
      'unwanted-knowledge-or-technology-transfer',
      'protective-security',
      'energy-technologies',
    ],
    countryCodes: ['CN'],
    answers: [
      {
        authorEmail: SAPO_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        body: md`
          Visits like this are a normal part of international collaboration and most of them are
          what they appear to be. Our general advice for delegation visits:

          - **Decide beforehand what will be shown and said**, and brief the staff who take part.
            Keep the visit to spaces and results you would show any visitor.
          - **Ask for the final participant list in advance** and be prepared for changes on the
            day. Decide whether you accept participants who were not announced.
          - **Keep the group together** and have enough hosts so that nobody walks around alone.
          - **No photography or recordings in the lab** unless you have agreed to it. Do not accept
            USB sticks or devices to connect to your equipment.
          - **Afterwards**, note who asked about what, and any follow-up contacts with individual
            researchers.

          There is no general obligation to report delegation visits to us. If your organisation
          carries out security-sensitive activities under the Protective Security Act, your own
          security analysis and security officer decide what applies. If something during or after
          the visit makes you suspect an attempt to gather information, contact us directly.

          This is general guidance and is not binding.
        `,
      },
      {
        authorEmail: KTH_OFFICER,
        attribution: Attribution.NAMED,
        body: md`
          We received a delegation with a similar composition earlier this year. Two practical
          points: agree with the embassy in writing on the programme and the number of
          participants, and have a short, public presentation ready so that the researchers do not
          have to improvise when the questions become detailed.
        `,
      },
    ],
  },
  {
    key: 'donated-chair-with-conditions',
    authorEmail: UU_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'ANSWERED',
    language: Locale.SV,
    title:
      'En stiftelse vill donera en professur med villkor om ämnesinriktning och namn – hur har ni gjort?',
    body: md`
      En stiftelse med säte i Förenade Arabemiraten har erbjudit sig att finansiera en
      donationsprofessur i hållbar stadsutveckling under tio år. Utkastet till avtal innehåller
      villkor om att professuren ska bära stiftelsens namn, att stiftelsen ska "samråda" om
      tillsättningen och att forskningen ska "främja goda relationer" mellan länderna.

      Hur har andra lärosäten hanterat liknande villkor? Vad har ni accepterat och vad har ni
      förhandlat bort?
    `,
    topicSlugs: [
      'funding-donation-or-sponsored-chair',
      'academic-freedom-and-self-censorship',
      'funding-dependency',
      'reputation',
    ],
    countryCodes: ['AE'],
    answers: [
      {
        authorEmail: KTH_OFFICER,
        attribution: Attribution.ANONYMOUS,
        accepted: true,
        helpfulVotes: [UMU_OFFICER, GU_OFFICER],
        body: md`
          Vår erfarenhet från två liknande donationer:

          - **Namnet** har vi accepterat, men i ett avtal där vi kan ta bort det om förtroendet
            för givaren skadas.
          - **Tillsättningen** följer alltid vår anställningsordning. Givaren kan informeras om
            utfallet, men inte "samråda" i sak. Den formuleringen har vi strukit varje gång, och
            givarna har accepterat det.
          - **Syftet** skriver vi om till forskningens ämne. Formuleringar om att "främja
            relationer" eller en viss bild av landet hör inte hemma i ett forskningsavtal.
          - **Publicering**: uttrycklig rätt att publicera utan givarens godkännande.
          - **Beroende**: vi räknar på vad som händer om pengarna upphör efter halva tiden.

          Fråga också efter stiftelsens styrelse och finansiering. Det säger mer om
          självständigheten än stadgarna.
        `,
      },
      {
        authorEmail: VR_OFFICER,
        attribution: Attribution.NAMED,
        body: md`
          Från en forskningsfinansiärs perspektiv: om professuren kommer att söka offentliga medel
          är det en fördel om avtalet är tydligt med att givaren saknar inflytande över
          forskningens inriktning och resultat. Det underlättar bedömningen av eventuella
          intressekonflikter i ansökningar längre fram.
        `,
      },
    ],
  },
  {
    key: 'shared-due-diligence-checklist',
    authorEmail: UMU_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.CLEAR,
    status: 'OPEN',
    language: Locale.EN,
    title: 'Is there a shared due diligence checklist for new international partnerships?',
    body: md`
      We are rewriting our internal routine for assessing new international partners and would
      rather not invent everything ourselves. Does anyone have a checklist they are willing to
      share, or know of a good public one? We are mostly interested in what you ask in the first,
      light-touch step, before deciding whether a deeper assessment is needed.
    `,
    topicSlugs: ['research-project', 'institutional-agreement', 'reputation'],
    countryCodes: [],
    answers: [
      {
        authorEmail: GU_OFFICER,
        attribution: Attribution.NAMED,
        helpfulVotes: [UU_OFFICER, CHALMERS_OFFICER, KTH_OFFICER, LU_CONTACT],
        body: md`
          Our first step is ten questions the researcher answers in the project form. If all ten
          are "no" or "not applicable", we stop there.

          1. Does the partner or its parent organisation appear on a sanctions list?
          2. Does the project involve items, software or technology listed for export control?
          3. Is the partner linked to military, security or police end users?
          4. Will data, samples or materials leave the EU?
          5. Does the project touch one of the EU's critical technology areas?
          6. Is there funding with conditions on publication, IP or staffing?
          7. Will personal data be processed?
          8. Will staff or students travel to areas with travel advice against them?
          9. Could the results be used for surveillance or to restrict human rights?
          10. Does anyone in the project have a secondary affiliation with the partner?

          A "yes" goes to a short conversation with the international office, and only then to a
          full assessment.
        `,
      },
      {
        authorEmail: UHR_MODERATOR,
        attribution: Attribution.ORGANISATION,
        body: md`
          A tip from the moderators: several published case studies on the platform describe the
          assessment steps universities took. Filter the cases by the phase "due diligence" to see
          which questions turned out to matter in practice.
        `,
      },
    ],
  },
  {
    key: 'data-transfer-agreement-registry-data-us',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    status: 'ANSWERED',
    language: Locale.SV,
    title:
      'Vad bör ett dataöverföringsavtal innehålla när pseudonymiserade registerdata ska delas med ett universitet i USA?',
    body: md`
      En forskargrupp inom epidemiologi vill dela pseudonymiserade registerdata med en
      samarbetspartner vid ett amerikanskt universitet. Partnern har skickat sin standardmall för
      dataöverföring, som är skriven för amerikansk lagstiftning och inte nämner GDPR.

      Vad brukar ni kräva i ett sådant avtal? Räcker EU-kommissionens standardavtalsklausuler, eller
      behövs mer? Och hur hanterar ni frågan om vem som får tillgång till data i USA?
    `,
    topicSlugs: [
      'data-or-material-transfer',
      'cyber-and-information-security',
      'research-project',
      'medical-and-health-sciences',
    ],
    countryCodes: ['US'],
    answers: [
      {
        authorEmail: UU_OFFICER,
        attribution: Attribution.ORGANISATION,
        accepted: true,
        helpfulVotes: [LU_CONTACT, GU_OFFICER],
        body: md`
          Pseudonymiserade data är personuppgifter, så GDPR:s regler om överföring till tredje land
          gäller. Så här brukar vi göra:

          1. **Överföringsgrund.** Kontrollera först om mottagaren omfattas av EU:s och USA:s
             ramverk för dataskydd. Om inte använder vi kommissionens standardavtalsklausuler, med
             en dokumenterad bedömning av överföringen.
          2. **Eget avtal ovanpå klausulerna.** Det reglerar ändamål, vilka personer som får
             tillgång, förbud mot återidentifiering och vidareöverföring, lagring, radering efter
             projektet, säkerhetsåtgärder och rapportering av incidenter.
          3. **Etikprövningen.** Avtalet måste stämma med det godkända etikbeslutet, inklusive
             vilka variabler som lämnas ut.
          4. **Dataminimering.** Ofta går det att skicka aggregerade data eller att låta partnern
             köra analyser i en svensk miljö i stället.

          Dataskyddsombudet och registerhållaren bör vara med tidigt. Registerhållaren har ofta
          egna villkor för utlämnande till utlandet.
        `,
      },
      {
        authorEmail: LU_CONTACT,
        attribution: Attribution.NAMED,
        body: md`
          Vi har goda erfarenheter av alternativet i punkt 4: partnern får fjärråtkomst till en
          säker analysmiljö här, och bara aggregerade resultat lämnar miljön. Det tar längre tid
          att sätta upp, men förhandlingen om avtalet blev mycket enklare.
        `,
      },
    ],
  },
  {
    key: 'export-controlled-simulation-data-cloud-outside-eu',
    authorEmail: CHALMERS_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    directedToSlugs: [ISP],
    status: 'OPEN',
    language: Locale.EN,
    title:
      "Can a research group store export-controlled simulation data on a partner's cloud platform outside the EU?",
    body: md`
      A consortium in aerospace propulsion wants all partners to work in one cloud environment run
      by a partner in Singapore. Some of our simulation models and results are, in our assessment,
      technology listed in category 9 of Annex I.

      Is uploading such data to a server outside the EU an export in itself, even if only our own
      staff can open the files? And what should we ask the partner about the platform?
    `,
    topicSlugs: [
      'export-control-and-dual-use',
      'cyber-and-information-security',
      'data-or-material-transfer',
      'space-and-propulsion-technologies',
    ],
    countryCodes: ['SG'],
    answers: [
      {
        authorEmail: ISP_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        helpfulVotes: [KTH_OFFICER],
        body: md`
          A general answer: making listed technology available to a recipient outside the EU by
          electronic means is an export, and that includes giving someone abroad access to a
          server, an account or a shared folder where the technology is stored. Whether storage
          outside the EU that only your own staff can reach is in itself an export is assessed
          case by case, and the answer depends on how the service is set up.

          Questions worth putting to the partner:

          - Where, physically, is the data stored and processed, and can that change?
          - Who at the partner or the cloud provider can access it, including administrators?
          - Is the data encrypted, and who holds the keys?
          - Can access be limited per project and per person, and is access logged?

          The simplest way to avoid uncertainty is to keep listed technology on infrastructure in
          the EU and share only what is not controlled, or what you hold a licence for, in the
          common environment. If you want an assessment of your specific set-up, describe it to us
          in a classification request.

          This is general guidance and not a binding decision.
        `,
      },
    ],
  },
  {
    key: 'staff-travel-laptops-phones-high-risk',
    authorEmail: UMU_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.CLEAR,
    status: 'ANSWERED',
    language: Locale.SV,
    title:
      'Vilka rutiner har ni för bärbara datorer och telefoner vid tjänsteresor till länder med hög risk?',
    body: md`
      Vi ser över våra råd inför tjänsteresor. I dag är det upp till varje medarbetare vilken
      utrustning som tas med. Har ni lånedatorer och lånetelefoner för resor, och hur hanterar ni
      dem när de kommer tillbaka? Gör ni skillnad mellan olika länder, och i så fall utifrån vilken
      bedömning?
    `,
    topicSlugs: [
      'cyber-and-information-security',
      'personal-safety',
      'staff-mobility',
      'conference-or-delegation',
    ],
    countryCodes: ['CN', 'RU'],
    answers: [
      {
        authorEmail: KTH_OFFICER,
        attribution: Attribution.ORGANISATION,
        accepted: true,
        helpfulVotes: [UU_OFFICER, GU_OFFICER, CHALMERS_OFFICER],
        body: md`
          Vår rutin i korthet:

          - **Resedator och resetelefon** lånas ut från IT-avdelningen, med en minimal
            installation och utan synkronisering av e-post och filer. Man loggar in i molntjänster
            via webbläsaren vid behov.
          - **Efter resan** återställs utrustningen helt innan den lånas ut igen. Lösenord som
            använts under resan byts.
          - **Landsbedömning:** vi utgår från Utrikesdepartementets reseinformation och vår
            säkerhetsfunktions egen lista, som ses över två gånger per år. Lånepaketet är
            obligatoriskt för ett fåtal länder och rekommenderat för ytterligare några.
          - **Känsliga forskningsdata stannar hemma**, oavsett land.

          Det viktigaste var att göra det enkelt: paketet hämtas i receptionen och är klart på
          fem minuter.
        `,
      },
      {
        authorEmail: LU_CONTACT,
        attribution: Attribution.ANONYMOUS,
        body: md`
          Vi gör likadant, och lägger till en kort genomgång om vad man gör om utrustningen tas
          om hand vid en gränskontroll: lämna inte ut lösenord utan att ha kontaktat
          säkerhetsfunktionen om det går, och rapportera alltid efteråt, så att utrustningen kan
          kontrolleras.
        `,
      },
    ],
  },
  {
    key: 'funder-questions-ai-collaborations',
    authorEmail: VR_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    status: 'OPEN',
    language: Locale.EN,
    title:
      'What should a research funder ask applicants about AI collaborations with partners in countries of concern?',
    body: md`
      We are revising the application form for a call on trustworthy AI. Several reviewers asked
      how we expect applicants to think about international partners, especially when models,
      training data or computing resources are shared.

      We do not want to add bureaucracy or to single out countries. What would be useful for you,
      as the universities that have to answer: a few open questions, a checklist, or a reference
      to your own internal processes?
    `,
    topicSlugs: [
      'artificial-intelligence-technologies',
      'unwanted-knowledge-or-technology-transfer',
      'human-rights-and-ethics',
      'research-project',
    ],
    countryCodes: [],
    answers: [
      {
        authorEmail: KTH_OFFICER,
        attribution: Attribution.ORGANISATION,
        helpfulVotes: [CHALMERS_OFFICER, UU_OFFICER],
        body: md`
          From the university side: please ask applicants to confirm that the project has gone
          through the university's own routine for international collaborations, and to describe
          in a few sentences what is shared (code, weights, data, compute) and with whom. That
          gives the reviewers something concrete without duplicating our assessment.

          A full checklist in the application would be answered by the researcher alone, often
          late, and would say less than our internal process does.
        `,
      },
      {
        authorEmail: CHALMERS_OFFICER,
        attribution: Attribution.NAMED,
        body: md`
          I would add one question about intended and possible uses of the results, including
          surveillance or military uses. For AI that is often where the real risk is, rather than
          in export control, since much of the technology is openly published.
        `,
      },
    ],
  },
  {
    key: 'toxin-gene-plasmid-transfer-brazil',
    authorEmail: UU_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.AMBER,
    directedToSlugs: [ISP],
    status: 'ANSWERED',
    language: Locale.SV,
    title:
      'Omfattas överföring av en plasmid som kodar för en toxinsubenhet till en partner i Brasilien av exportkontroll?',
    body: md`
      En forskargrupp inom mikrobiologi vill skicka en plasmid till en samarbetspartner vid ett
      universitet i São Paulo. Plasmiden innehåller en gensekvens som kodar för en subenhet av ett
      bakteriellt toxin. Syftet är vaccinforskning och resultaten ska publiceras.

      Vi är osäkra på hur genetiska element ska klassificeras och om det spelar roll att det bara
      är en del av toxinet. Behövs tillstånd, och vad behöver ni i så fall veta?
    `,
    topicSlugs: [
      'export-control-and-dual-use',
      'data-or-material-transfer',
      'biotechnologies',
      'medical-and-health-sciences',
    ],
    countryCodes: ['BR'],
    answers: [
      {
        authorEmail: ISP_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        accepted: true,
        body: md`
          Ett allmänt svar:

          - Bilaga I till förordning (EU) 2021/821 omfattar i kategori 1 vissa mikroorganismer och
            toxiner, och även genetiska element som är kopplade till dem. Om en viss sekvens
            omfattas beror på exakt vilken sekvens det är och vad den kodar för. Att det bara är
            en subenhet avgör inte frågan på egen hand.
          - Kontrollen gäller överföringen till mottagare utanför EU, oavsett om syftet är civilt
            och resultaten ska publiceras. Syftet har däremot betydelse när en ansökan prövas.
          - Materialöverföringsavtal och tillstånd enligt andra regelverk, till exempel för
            smittämnen eller genetiskt modifierade organismer, ersätter inte exportkontrollen.

          För en bedömning behöver vi en beskrivning av plasmiden och sekvensen, vilket toxin det
          gäller, mottagaren och användningen. Skicka gärna en klassificeringsförfrågan innan
          materialet skickas; handläggningstiden är kortare när underlaget är komplett.

          Svaret är en allmän vägledning och inte ett bindande besked i det enskilda fallet.
        `,
      },
    ],
  },
  {
    key: 'staff-invited-to-foreign-talent-programme',
    authorEmail: GU_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.GREEN,
    status: 'OPEN',
    language: Locale.EN,
    title: 'How do you handle staff who are invited to join a foreign talent programme?',
    body: md`
      A senior researcher has told us about an invitation to a state-funded talent programme
      abroad: a part-time appointment at a partner university, a generous salary and a lab, in
      exchange for spending two months a year there and "contributing to national priorities".

      We have no rule against it, and the researcher has been open with us. How do others handle
      this? Do you treat it as an ordinary secondary employment, or do you have separate rules for
      talent programmes?
    `,
    topicSlugs: [
      'talent-programme-or-secondary-affiliation',
      'research-integrity-and-conflicts-of-interest',
      'unwanted-knowledge-or-technology-transfer',
    ],
    countryCodes: ['CN'],
    answers: [
      {
        authorEmail: LU_CONTACT,
        attribution: Attribution.ORGANISATION,
        helpfulVotes: [UMU_OFFICER, KTH_OFFICER],
        body: md`
          We treat it as a secondary employment under the usual rules, but with a closer look at
          the contract. In practice we have asked to see:

          - the full contract, including appendices and any confidentiality terms;
          - obligations on IP, patents and where results are first published;
          - whether the researcher would recruit or host people on the programme's behalf;
          - whether the employment would overlap with projects here that involve export-controlled
            technology or sensitive data.

          Clauses requiring secrecy towards the home university, or duties that conflict with
          current projects, have been reasons to say no. Openness from the researcher, as in your
          case, makes the conversation much easier.
        `,
      },
      {
        authorEmail: UMU_OFFICER,
        attribution: Attribution.NAMED,
        body: md`
          Same here. We also check whether the appointment would be listed as an affiliation on
          publications, because double affiliations can create questions later in funding
          applications and rankings.
        `,
      },
    ],
  },
  {
    key: 'secondary-affiliations-disclosure',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'ANSWERED',
    language: Locale.SV,
    title: 'Kräver ni att forskare anmäler anknytningar till utländska lärosäten?',
    body: md`
      Vi har regler för bisysslor, men de fångar inte alltid obetalda anknytningar, till exempel
      hedersprofessurer, gästtitlar eller medverkan i vetenskapliga råd hos utländska lärosäten.

      Har ni en särskild anmälningsplikt för sådant? Hur har ni i så fall fått forskarna att
      uppfatta det som rimligt och inte som misstro?
    `,
    topicSlugs: [
      'talent-programme-or-secondary-affiliation',
      'research-integrity-and-conflicts-of-interest',
    ],
    countryCodes: [],
    answers: [
      {
        authorEmail: UU_OFFICER,
        attribution: Attribution.NAMED,
        accepted: true,
        helpfulVotes: [GU_OFFICER],
        body: md`
          Vi utvidgade bisyssloanmälan för två år sedan så att den också omfattar obetalda
          uppdrag och titlar vid andra lärosäten, i Sverige och utomlands. Tre saker gjorde att
          det togs emot väl:

          1. Det gäller alla, och det handlar om öppenhet snarare än tillstånd.
          2. Formuläret är kort, och anmälan görs i samma system som andra bisysslor.
          3. Vi förklarade varför: finansiärer och tidskrifter frågar allt oftare om alla
             anknytningar, och en fullständig bild skyddar forskaren om frågan kommer senare.
        `,
      },
      {
        authorEmail: GU_OFFICER,
        attribution: Attribution.ANONYMOUS,
        body: md`
          Vi gjorde likadant och kompletterade med en årlig påminnelse i samband med
          medarbetarsamtalet. Antalet anmälningar ökade tydligt det första året.
        `,
      },
    ],
  },
  {
    key: 'dilution-refrigerator-loan-abroad',
    authorEmail: LU_CONTACT,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    directedToSlugs: [ISP],
    status: 'OPEN',
    language: Locale.EN,
    title:
      'How do we classify a dilution refrigerator before lending it to a partner lab in Switzerland?',
    body: md`
      A quantum physics group wants to lend a dilution refrigerator and its control electronics
      to a partner lab in Geneva for eighteen months, while our own lab is rebuilt. The equipment
      was bought from a European manufacturer five years ago.

      Is a temporary loan an export in the same way as a sale? And where do we find the
      classification: do we ask the manufacturer, or do we have to do it ourselves?
    `,
    topicSlugs: [
      'export-control-and-dual-use',
      'infrastructure-access',
      'quantum-technologies',
      'natural-sciences',
    ],
    countryCodes: ['CH'],
    answers: [],
  },
  {
    key: 'gifts-and-devices-left-by-delegations',
    authorEmail: UMU_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    directedToSlugs: [SAPO],
    status: 'ANSWERED',
    language: Locale.SV,
    title: 'Hur ska vi hantera gåvor och elektronik som delegationer lämnar efter sig vid besök?',
    body: md`
      Vid delegationsbesök får vi ofta gåvor: böcker, konstföremål, men också surfplattor,
      USB-minnen med presentationer och ibland telefoner. Det finns ingen gemensam rutin för vad
      som ska hända med elektroniken.

      Finns det en rekommendation för hur vi ska hantera sådana gåvor?
    `,
    topicSlugs: [
      'conference-or-delegation',
      'cyber-and-information-security',
      'protective-security',
    ],
    countryCodes: [],
    answers: [
      {
        authorEmail: SAPO_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        accepted: true,
        helpfulVotes: [KTH_OFFICER, UU_OFFICER, LU_CONTACT],
        body: md`
          Allmänna råd om gåvor vid besök:

          - **Elektronik bör inte anslutas** till organisationens nätverk eller datorer.
            Presentationer kan begäras i förväg via e-post och hanteras som andra bilagor.
          - **Bestäm en rutin** för vem som tar emot elektroniska gåvor och vart de lämnas, till
            exempel till IT- eller säkerhetsfunktionen, som beslutar om de ska förvaras eller
            kasseras.
          - **Informera värdarna** före besöket, så att ingen känner sig tvungen att improvisera.
            Det går att tacka för en gåva utan att ta den i bruk.
          - **Reglerna om mutor och gåvor** i offentlig verksamhet gäller parallellt.

          Verksamheter som bedriver säkerhetskänslig verksamhet bör också se till att rutinen
          stämmer med deras säkerhetsskyddsanalys.

          Svaret är en allmän vägledning och inte bindande. Om något ni har fått väcker misstanke
          om att det används för att inhämta information, kontakta oss direkt.
        `,
      },
    ],
  },
  {
    key: 'doctoral-student-family-pressured-after-seminar',
    authorEmail: GU_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.RED,
    directedToSlugs: [SAPO],
    status: 'OPEN',
    language: Locale.EN,
    title:
      "A doctoral student's family abroad was questioned after a seminar here – how do we support and report?",
    body: md`
      A doctoral student told a supervisor that relatives in the home country were contacted by
      local authorities shortly after the student spoke at an open seminar here on women's rights.
      The relatives were asked about the student's activities and contacts in Sweden.

      The student is worried but wants to continue. We want to support the student, protect other
      students who may be in the same situation and understand what to report, and to whom.
      Details are deliberately left out here.
    `,
    topicSlugs: [
      'personal-safety',
      'foreign-interference',
      'academic-freedom-and-self-censorship',
      'human-rights-and-ethics',
    ],
    countryCodes: ['IR'],
    answers: [
      {
        authorEmail: SAPO_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        body: md`
          Thank you for leaving the details out. What you describe can be a form of
          transnational repression, and mapping people in Sweden on behalf of a foreign power may
          constitute the crime of refugee espionage.

          General advice:

          - **The student decides** whether to report. Let the student know that reports can be
            made to us or to the police, and that contact can be made confidentially.
          - **Do not investigate yourselves**, and do not share details about the student more
            widely than needed for support.
          - **Support**: make sure the student knows about student health services, the
            supervisor's and the department's support, and the university's routines if the
            situation affects studies or safety.
          - **Others at risk**: consider general information to students and staff on what
            transnational repression can look like and where to turn, without pointing at any
            individual or group.

          For the specific case, contact us directly through the contact details on our website
          rather than through the platform. This is general guidance and not binding.
        `,
      },
    ],
  },
  {
    key: 'drone-swarm-project-partner-turkey',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.AMBER,
    recipientOrganisationSlugs: ['chalmers'],
    directedToSlugs: [FM],
    status: 'OPEN',
    language: Locale.SV,
    title:
      'Hur ser försvaret på att en forskargrupp deltar i ett projekt om svärmande drönare med en partner i Turkiet?',
    body: md`
      En forskargrupp inom reglerteknik har bjudits in till ett EU-finansierat projekt om
      samordning av autonoma drönare för räddningsinsatser. En av partnerna är ett turkiskt
      universitet med nära band till landets försvarsindustri.

      Vi gör en egen bedömning av exportkontroll och sanktioner. Men finns det, från försvarets
      perspektiv, något särskilt vi bör beakta i sådana samarbeten, till exempel om forskningen
      berör förmågor som är intressanta för det svenska försvaret?
    `,
    topicSlugs: [
      'robotics-and-autonomous-systems',
      'export-control-and-dual-use',
      'unwanted-knowledge-or-technology-transfer',
      'research-project',
    ],
    countryCodes: ['TR'],
    answers: [
      {
        authorEmail: FM_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        body: md`
          Ett allmänt svar. Forskning om autonoma system och samordning av drönare är i grunden
          civil, men resultaten kan ha militära användningsområden. Det innebär inte att
          samarbetet bör avstås, men några saker är värda att beakta:

          - **Vilka förmågor projektet bygger**, och om resultaten kan överföras till militära
            tillämpningar utan större anpassning.
          - **Om gruppen samarbetar med svenska försvarsaktörer**, eller har gjort det, och om
            kunskap från det samarbetet riskerar att användas i det nya projektet.
          - **Tester i Sverige**: flygningar nära militära områden eller skyddsobjekt kan kräva
            tillstånd, och vissa områden är inte tillgängliga.

          Bedömningen av exportkontroll och sanktioner görs av er själva och, vid behov, av
          exportkontrollmyndigheten. Om projektet berör förmågor där ni är osäkra kan ni kontakta
          oss för en dialog innan avtal tecknas.

          Svaret är en allmän vägledning och inte bindande.
        `,
      },
      {
        authorEmail: CHALMERS_OFFICER,
        attribution: Attribution.ORGANISATION,
        body: md`
          Vi deltar i ett liknande projekt. Vi lade in en bestämmelse i konsortieavtalet om att
          varje partner själv ansvarar för exportkontroll av sina bidrag och att inga
          styralgoritmer delas i källkod, bara som publicerade metoder.
        `,
      },
    ],
  },
  {
    key: 'arctic-station-foreign-sensors-near-training-area',
    authorEmail: UMU_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.GREEN,
    directedToSlugs: [FM],
    status: 'ANSWERED',
    language: Locale.EN,
    title:
      'Our Arctic field station hosts a foreign partner’s sensors near a military training area – who should we talk to?',
    body: md`
      A field station in northern Sweden hosts atmospheric and seismic sensors for several
      international projects. A foreign partner now wants to add a new sensor package with
      satellite uplink. The station is a few kilometres from an area used for military exercises.

      The partner will own the equipment and receive the data directly. Who should we talk to
      before saying yes, and what should we ask the partner?
    `,
    topicSlugs: [
      'protective-security',
      'infrastructure-access',
      'advanced-sensing-technologies',
      'natural-sciences',
    ],
    countryCodes: ['SE'],
    answers: [
      {
        authorEmail: FM_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        accepted: true,
        helpfulVotes: [UU_OFFICER, CHALMERS_OFFICER],
        body: md`
          Thank you for asking before the equipment is installed. A general answer:

          - **Contact us early** when foreign-owned sensors with their own data link are to be
            placed near military areas or protected objects. We can tell you whether the location
            or the type of data raises concerns, without you having to assess that alone.
          - **Ask the partner** for a technical description of the package: what it measures, at
            what resolution and frequency, where the data goes, and who can control the equipment
            remotely.
          - **Consider the rules** on protected objects and on the protection of geographical
            information, which can be relevant for certain measurements and for imagery.
          - **Agree on terms**: the station's right to inspect, relocate or switch off the
            equipment, and a clear description of which data is collected.

          In most cases research equipment of this kind raises no objection, but the assessment
          depends on the specific location and technology.

          This is general guidance and not a binding decision.
        `,
      },
    ],
  },
  {
    key: 'commissioned-research-state-owned-subsidiary',
    authorEmail: CHALMERS_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    status: 'OPEN',
    language: Locale.SV,
    title:
      'Uppdragsforskning åt ett europeiskt dotterbolag till en utländsk statlig koncern – vilka kontroller gör ni?',
    body: md`
      Ett företag med säte i Tyskland vill beställa en studie om återvinning av
      litiumjonbatterier. Vid en närmare titt visar det sig att företaget ägs av en statligt
      kontrollerad koncern utanför EU.

      Uppdraget i sig verkar okontroversiellt. Vilka kontroller gör ni när beställaren är ett
      europeiskt bolag med utländsk statlig ägare, och hur långt ner i ägarkedjan brukar ni gå?
    `,
    topicSlugs: [
      'commissioned-research',
      'economic-security-and-investment-screening',
      'unwanted-knowledge-or-technology-transfer',
      'advanced-materials-manufacturing-and-recycling-technologies',
    ],
    countryCodes: ['DE', 'CN'],
    answers: [
      {
        authorEmail: UU_OFFICER,
        attribution: Attribution.ORGANISATION,
        helpfulVotes: [KTH_OFFICER],
        body: md`
          Vi tittar på den slutliga ägaren, inte bara på det avtalande bolaget. Ägarkedjan tar vi
          fram via bolagsregister och kommersiella databaser. Om den slutliga ägaren är en stat
          eller ett statligt bolag gör vi samma bedömning som om uppdraget kom direkt därifrån:
          sanktioner, exportkontroll, militär slutanvändning och vilket kunnande som lämnar oss.

          För uppdragsforskning är avtalet viktigt: vem äger resultaten, får vi publicera, och
          vilken bakgrundskunskap ingår i leveransen? Ett uppdrag kan vara okontroversiellt i sig
          men ge tillgång till metoder som gruppen har byggt upp under lång tid.
        `,
      },
    ],
  },
  {
    key: 'joint-masters-degree-vietnam-risks',
    authorEmail: UU_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.CLEAR,
    status: 'ANSWERED',
    language: Locale.EN,
    title:
      "What should we assess before launching a joint master's degree with a university in Vietnam?",
    body: md`
      Two departments want to launch a joint master's programme in environmental engineering with
      a university in Hanoi. Students would spend one year in each country and receive a joint
      degree.

      Beyond the usual quality and legal questions about joint degrees, what did others assess
      from a responsible internationalisation perspective?
    `,
    topicSlugs: [
      'joint-or-dual-degree',
      'academic-freedom-and-self-censorship',
      'student-exchange',
      'engineering-and-technology',
    ],
    countryCodes: ['VN'],
    answers: [
      {
        authorEmail: LU_CONTACT,
        attribution: Attribution.NAMED,
        accepted: true,
        helpfulVotes: [GU_OFFICER, UMU_OFFICER],
        body: md`
          What we looked at for a similar programme:

          - **Academic freedom in teaching**: can the curriculum be taught the same way in both
            places, and who decides on changes to course content and literature?
          - **Admission**: who selects students, on what criteria, and can we refuse a student
            the partner has admitted?
          - **Thesis supervision and publication**: are theses published openly in both
            countries, and are any topics restricted?
          - **Student safety**: what support do our students have abroad, and the partner's
            students here, including on speaking freely in class?
          - **Exit**: what happens to enrolled students if one party ends the programme.

          Write these into the agreement rather than relying on goodwill. It is much easier at the
          start than later.
        `,
      },
      {
        authorEmail: GU_OFFICER,
        attribution: Attribution.ORGANISATION,
        body: md`
          Also check that the degree certificate and diploma supplement can be issued jointly
          under both countries' rules; we discovered that late, and had to switch to a double
          degree instead.
        `,
      },
    ],
  },
  {
    key: 'state-scholarship-doctoral-students-review',
    authorEmail: GU_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    status: 'OPEN',
    language: Locale.SV,
    title: 'Hur granskar ni doktorander som finansieras av utländska statliga stipendier?',
    body: md`
      Vi antar varje år ett antal doktorander som finansieras av statliga stipendieprogram i
      sina hemländer. Villkoren skiljer sig mycket: vissa är helt okomplicerade, andra innehåller
      krav på rapportering, återvändande eller borgen.

      Hur granskar ni sådana stipendier utan att det blir diskriminering på grund av nationalitet?
      Läser ni alla stipendievillkor, eller bara i vissa ämnen?
    `,
    topicSlugs: [
      'recruitment',
      'admission',
      'funding-dependency',
      'academic-freedom-and-self-censorship',
    ],
    countryCodes: ['CN', 'PK', 'SA'],
    answers: [
      {
        authorEmail: KTH_OFFICER,
        attribution: Attribution.ANONYMOUS,
        helpfulVotes: [UMU_OFFICER, UU_OFFICER],
        body: md`
          Vi läser stipendievillkoren för alla externt finansierade doktorander, oavsett land.
          Det är det som gör det likabehandlande: granskningen gäller finansieringen och
          forskningsområdet, inte personen.

          Vi tittar särskilt på:

          - skyldigheter att rapportera till någon annan än lärosätet;
          - krav på återvändande och ekonomiska sanktioner om de bryts;
          - om stipendiet täcker hela utbildningstiden;
          - om forskningsområdet rör kontrollerad teknik, vilket i så fall bedöms separat.

          Villkor som vi inte kan acceptera tar vi upp med stipendiegivaren, och i några fall med
          den sökande, innan antagningen.
        `,
      },
    ],
  },
  {
    key: 'research-infrastructure-access-listed-entities',
    authorEmail: VR_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    directedToSlugs: [ISP],
    status: 'OPEN',
    language: Locale.EN,
    title:
      'How should national research infrastructures handle access requests from users at listed entities?',
    body: md`
      Several research infrastructures we fund receive beam-time and instrument-time applications
      from users all over the world, judged on scientific merit. Some infrastructures have asked
      us how they should handle applications from users whose home institutions appear on
      sanctions or export-control lists.

      Is there guidance that the infrastructures can follow, and is providing measurement time or
      data to such users something that can require a licence?
    `,
    topicSlugs: [
      'infrastructure-access',
      'sanctions',
      'export-control-and-dual-use',
      'advanced-materials-manufacturing-and-recycling-technologies',
    ],
    countryCodes: ['RU', 'IR', 'BY'],
    answers: [],
  },
  {
    key: 'embassy-sponsorship-of-conference',
    authorEmail: UMU_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.CLEAR,
    status: 'OPEN',
    language: Locale.SV,
    title: 'Ska vi tacka ja när en utländsk ambassad erbjuder sig att sponsra vår konferens?',
    body: md`
      En institution arrangerar en internationell konferens om vattenförvaltning. En ambassad har
      erbjudit sig att betala konferensmiddagen och resor för fyra talare från sitt land, och vill
      i gengäld ha sin logotyp i programmet och ett kort välkomsttal.

      Beloppet är inte stort, men vi är osäkra på hur det ser ut och vilka frågor vi borde ställa.
      Hur har ni gjort?
    `,
    topicSlugs: [
      'conference-or-delegation',
      'foreign-interference',
      'reputation',
      'funding-donation-or-sponsored-chair',
    ],
    countryCodes: [],
    answers: [
      {
        authorEmail: UU_OFFICER,
        attribution: Attribution.NAMED,
        body: md`
          Vi har accepterat liknande sponsring några gånger, med tre villkor:

          1. Programkommittén väljer talare och ämnen, även de talare som sponsorn betalar resan
             för.
          2. Sponsringen redovisas öppet i programmet, på samma sätt som annan sponsring.
          3. Välkomsttal från sponsorer får förekomma vid middagen, men inte i det vetenskapliga
             programmet.

          Om ambassaden inte godtar villkoren är det i sig ett svar.
        `,
      },
    ],
  },
  {
    key: 'partner-asks-to-remove-topic-from-joint-course',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.GREEN,
    status: 'ANSWERED',
    language: Locale.EN,
    title:
      'How do you respond when a partner university asks to remove a topic from a jointly taught course?',
    body: md`
      In a jointly taught online course on comparative politics, the partner university has asked
      us to drop one lecture on protest movements, saying it would cause problems for their
      students and teachers. The course runs on our learning platform and students from both
      universities take part.

      Our teachers feel strongly about keeping it. How have others handled similar requests, and
      are there ways to protect the partner's students without changing our curriculum?
    `,
    topicSlugs: [
      'academic-freedom-and-self-censorship',
      'student-exchange',
      'human-rights-and-ethics',
      'social-sciences',
    ],
    countryCodes: ['CN'],
    answers: [
      {
        authorEmail: GU_OFFICER,
        attribution: Attribution.ORGANISATION,
        accepted: true,
        helpfulVotes: [KTH_OFFICER, UU_OFFICER],
        body: md`
          We had a similar request and kept the lecture. What made it work:

          - **The curriculum is ours.** We told the partner that course content is decided by our
            teachers under our rules, and that we cannot remove a topic on request.
          - **Protect the students, not the topic.** Partner students could follow that lecture
            as a recording without logging in under their own name, and the discussion seminar
            was optional for everyone and not recorded.
          - **No assessment on sensitive positions.** Exam questions tested knowledge of the
            literature, not students' opinions.

          The partner accepted this. If they had not, we would rather have run the course for our
          own students only than taught an edited version.
        `,
      },
      {
        authorEmail: UMU_OFFICER,
        attribution: Attribution.NAMED,
        body: md`
          It is worth documenting the request and the decision, and letting the management know.
          Such requests are rarely one-offs, and a consistent answer across departments matters.
        `,
      },
    ],
  },
  {
    key: 'spin-off-investment-offer-fund-outside-eu',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    directedToSlugs: [ISP],
    status: 'OPEN',
    language: Locale.SV,
    title:
      'Ett avknoppningsbolag får ett investeringserbjudande från en fond utanför EU – vad gäller för granskning?',
    body: md`
      Ett avknoppningsbolag från en av våra forskargrupper utvecklar sensorer för
      halvledartillverkning. Bolaget har fått ett erbjudande från en riskkapitalfond registrerad i
      Hongkong som vill ta en minoritetsandel.

      Lärosätet äger en mindre andel via holdingbolaget. Vad behöver bolaget och vi som delägare
      tänka på när det gäller granskning av utländska direktinvesteringar?
    `,
    topicSlugs: [
      'economic-security-and-investment-screening',
      'licensing-spin-off-or-investment',
      'advanced-semiconductor-technologies',
    ],
    countryCodes: ['HK'],
    answers: [
      {
        authorEmail: ISP_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        body: md`
          Ett allmänt svar:

          - **Sedan december 2023 finns en svensk lag om granskning av utländska
            direktinvesteringar.** Den kan innebära en skyldighet att anmäla en investering innan
            den genomförs, om målbolaget bedriver så kallad skyddsvärd verksamhet. Till sådan
            verksamhet kan bland annat räknas arbete med vissa kritiska teknologier och med
            produkter med dubbla användningsområden.
          - **Det är investeraren som anmäler**, men målbolaget och dess ägare har nytta av att
            tidigt ta reda på om verksamheten kan vara skyddsvärd. En investering som borde ha
            anmälts kan få rättsliga följder.
          - **Bedöm exportkontrollen separat.** Om bolagets teknik är listad påverkar det vilken
            information som kan delas med en investerare utanför EU redan under förhandlingen.

          Vår webbplats har vägledning och frågor och svar om vilka verksamheter som omfattas och
          hur en anmälan görs. Vid osäkerhet kan bolaget kontakta oss med en beskrivning av
          verksamheten.

          Svaret är en allmän vägledning och inte ett bindande besked.
        `,
      },
    ],
  },
  {
    key: 'foreign-video-conferencing-tools-sensitive-meetings',
    authorEmail: GU_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'PENDING_REVIEW',
    language: Locale.EN,
    title:
      "Do you allow a partner's video-conferencing tool for project meetings on sensitive topics?",
    body: md`
      A project partner abroad prefers that all project meetings use a video-conferencing service
      from a vendor in its own country, because our usual tool is blocked there. Some meetings will
      discuss unpublished results and, occasionally, technology that may be export-controlled.

      Do you accept the partner's tool for such meetings, or insist on your own? Are there
      technical or contractual conditions that made it acceptable for you?
    `,
    topicSlugs: [
      'cyber-and-information-security',
      'research-project',
      'unwanted-knowledge-or-technology-transfer',
    ],
    countryCodes: ['CN'],
    answers: [],
  },
  {
    key: 'informing-outgoing-exchange-students-about-risks',
    authorEmail: UU_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.GREEN,
    status: 'PENDING_REVIEW',
    language: Locale.SV,
    title:
      'Hur informerar ni utresande studenter om risker inför utbyte i länder med begränsad akademisk frihet?',
    body: md`
      Vi vill ta fram ett kort informationsmaterial för studenter som ska på utbyte i länder där
      den akademiska friheten är begränsad. Det ska handla om sådant som vad man kan säga i
      undervisningen, sociala medier, elektronik vid resan och vart man vänder sig om något händer.

      Har ni sådant material, och hur har ni undvikit att det blir skrämmande eller
      avskräckande?
    `,
    topicSlugs: ['student-exchange', 'personal-safety', 'academic-freedom-and-self-censorship'],
    countryCodes: [],
    answers: [],
  },
  {
    key: 'funders-risk-section-in-co-funding-calls',
    authorEmail: VR_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.CLEAR,
    status: 'PENDING_REVIEW',
    language: Locale.EN,
    title: 'Do other funders require a risk-assessment section in international co-funding calls?',
    body: md`
      We are preparing a bilateral co-funding call with a funding agency outside Europe. Some
      European funders now ask applicants in such calls for a short section on risks related to
      the collaboration, while others rely entirely on the universities' own processes.

      Which approach have other funders chosen, and what have the universities' experiences been
      as applicants?
    `,
    topicSlugs: [
      'funding-donation-or-sponsored-chair',
      'research-project',
      'research-integrity-and-conflicts-of-interest',
    ],
    countryCodes: [],
    answers: [],
  },
  {
    key: 'fpga-code-partner-outside-eu-licence',
    authorEmail: UMU_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.GREEN,
    status: 'CLOSED',
    closeReason: 'DUPLICATE',
    duplicateOfKey: 'fpga-radar-design-partner-licence',
    language: Locale.SV,
    title: 'Behöver vi licens för att dela FPGA-kod med ett partneruniversitet utanför EU?',
    body: md`
      En forskargrupp vill skicka källkoden till en FPGA-konstruktion för signalbehandling till
      ett partneruniversitet i Indien. Behövs exporttillstånd när koden delas elektroniskt och
      resultaten ska publiceras?
    `,
    topicSlugs: ['export-control-and-dual-use', 'advanced-semiconductor-technologies'],
    countryCodes: ['IN'],
    answers: [],
  },
  {
    key: 'residence-permit-processing-times',
    authorEmail: GU_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.GREEN,
    status: 'CLOSED',
    closeReason: 'OUT_OF_SCOPE',
    language: Locale.EN,
    title:
      'What are the current processing times for residence permits for incoming doctoral students?',
    body: md`
      Several incoming doctoral students are still waiting for their residence permits, and the
      start of their employment has been postponed twice. Does anyone know the current processing
      times, or a way to speed up applications for doctoral students?
    `,
    topicSlugs: ['recruitment', 'admission'],
    countryCodes: [],
    answers: [],
  },
  {
    key: 'swedish-version-eu-research-security-recommendation',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.CLEAR,
    status: 'CLOSED',
    closeReason: 'RESOLVED',
    language: Locale.SV,
    title: 'Finns rådets rekommendation om forskningssäkerhet på svenska?',
    body: md`
      Vi vill hänvisa till EU:s rekommendation om att stärka forskningssäkerheten från 2024 i ett
      internt styrdokument. Finns den i en officiell svensk version, och var hittar vi den?
    `,
    topicSlugs: [
      'unwanted-knowledge-or-technology-transfer',
      'foreign-interference',
      'research-integrity-and-conflicts-of-interest',
    ],
    countryCodes: [],
    answers: [
      {
        authorEmail: UU_OFFICER,
        attribution: Attribution.NAMED,
        helpfulVotes: [UMU_OFFICER],
        body: md`
          Ja. Rådets rekommendationer publiceras i Europeiska unionens officiella tidning på alla
          officiella EU-språk, också svenska. Sök på titeln i EU:s rättsdatabas och välj svenska
          som språk; där finns också den officiella hänvisningen att använda i styrdokumentet.
        `,
      },
    ],
  },
  {
    key: 'proposal-from-newly-founded-institute',
    authorEmail: CHALMERS_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.RED,
    recipientEmails: [KTH_OFFICER, UU_OFFICER],
    status: 'OPEN',
    language: Locale.EN,
    title:
      'Has anyone else received a partnership proposal from a newly founded research institute in Hong Kong?',
    body: md`
      Three of our departments have received almost identical e-mails from a newly founded
      research institute in Hong Kong, offering joint postdoc positions fully funded by the
      institute and asking for a signed letter of intent within two weeks. The institute's website
      is a few months old and lists no staff or publications.

      I am asking you two directly because your universities have similar research profiles.
      Have you received the same proposal, and did you find out anything about who is behind it?
    `,
    topicSlugs: [
      'foreign-interference',
      'unwanted-knowledge-or-technology-transfer',
      'institutional-agreement',
      'recruitment',
    ],
    countryCodes: ['HK', 'CN'],
    answers: [
      {
        authorEmail: KTH_OFFICER,
        attribution: Attribution.NAMED,
        body: md`
          Yes, two of our departments got the same e-mail last month. We could not link the
          institute to any known university or funder. The registered address belongs to a
          company-formation agent, and the funding source is not stated anywhere. We have asked the
          departments not to sign anything and to forward any further contacts to us.
        `,
      },
      {
        authorEmail: UU_OFFICER,
        attribution: Attribution.ANONYMOUS,
        body: md`
          Same here, one department. We have not answered. If the pattern continues, it may be
          worth telling the Security Service collectively, since it seems to target several
          universities at once.
        `,
      },
    ],
  },
  {
    key: 'custom-measurement-instrument-to-uae-client',
    authorEmail: UU_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.RED,
    directedToSlugs: [ISP],
    status: 'ANSWERED',
    language: Locale.SV,
    title:
      'Behövs tillstånd när vi bygger ett specialanpassat mätinstrument åt en kund i Förenade Arabemiraten?',
    body: md`
      En forskargrupp inom materialfysik har fått en förfrågan via sitt tillämpningsbolag om att
      bygga ett specialanpassat instrument för mätning av tunna skikt åt ett forskningsinstitut i
      Abu Dhabi. Instrumentet bygger på en metod gruppen har publicerat, men hårdvaran och
      styrprogrammet är egenutvecklade.

      Hur ska vi gå till väga för att ta reda på om instrumentet kräver exporttillstånd, och vem
      ansvarar: gruppen, bolaget eller lärosätet?
    `,
    topicSlugs: [
      'export-control-and-dual-use',
      'commissioned-research',
      'advanced-sensing-technologies',
      'natural-sciences',
    ],
    countryCodes: ['AE'],
    answers: [
      {
        authorEmail: ISP_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        accepted: true,
        body: md`
          Ett allmänt svar:

          - **Exportören ansvarar.** Det är den som ingår avtalet med mottagaren och skickar
            instrumentet som är exportör. Om bolaget säljer instrumentet är det bolaget; om
            lärosätet gör det är det lärosätet.
          - **Klassificera instrumentet, programvaran och den tekniska dokumentationen** mot bilaga
            I till förordning (EU) 2021/821. Att metoden är publicerad gör inte hårdvaran eller det
            egenutvecklade styrprogrammet okontrollerade.
          - **Ta reda på slutanvändare och slutanvändning.** Även om instrumentet inte är listat
            kan tillstånd krävas om det finns skäl att tro att det kan vara avsett för vissa
            ändamål, till exempel massförstörelsevapen.
          - **Dokumentera bedömningen** och spara den tillsammans med avtalet.

          Om ni är osäkra på klassificeringen kan ni skicka en klassificeringsförfrågan till oss
          med teknisk beskrivning och datablad. Svaret är en allmän vägledning och inte ett
          bindande besked.
        `,
      },
    ],
  },
  {
    key: 'co-applicant-institution-linked-to-military-end-users',
    authorEmail: VR_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.RED,
    directedToSlugs: [SAPO, ISP],
    status: 'OPEN',
    language: Locale.EN,
    title:
      "A funded project's foreign co-applicant institution was linked to military end users – what should the funder do?",
    body: md`
      In a project we fund, the foreign co-applicant's home institution was recently reported to
      have close ties to military research. The project is in materials science and has run for a
      year. The Swedish university responsible for the project is aware of the reports.

      As a funder, what is our role here? Should we ask the university for a new assessment, pause
      payments, or leave it to the university? And is there anything we should report?
    `,
    topicSlugs: [
      'funding-dependency',
      'unwanted-knowledge-or-technology-transfer',
      'export-control-and-dual-use',
      'advanced-materials-manufacturing-and-recycling-technologies',
    ],
    countryCodes: ['CN'],
    answers: [
      {
        authorEmail: ISP_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        body: md`
          From the export-control perspective, a general answer: responsibility for export control
          lies with the one who exports, which in a project like this is normally the university
          or the researchers sending technology, software or materials abroad. New information
          about a partner's end users is a reason for the exporter to review whether anything
          already shared or planned needs a licence, including under the catch-all provisions.

          A funder can reasonably ask the university to confirm that it has made such a review.
          If the university has questions about specific items or technology, it can contact us.

          This is general guidance and not binding.
        `,
      },
      {
        authorEmail: SAPO_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        body: md`
          From our perspective, a general answer: funders have an important role in asking the
          right questions, while the university that runs the project is best placed to assess the
          collaboration and decide on measures. Asking the university for an updated assessment is
          a proportionate first step.

          There is no general obligation for a funder to report this kind of information to us. If
          the university or the funder has concrete reasons to suspect that a foreign power is
          using the project to obtain information, contact us directly rather than through the
          platform.

          This is general guidance and not binding.
        `,
      },
    ],
  },
  {
    key: 'genomic-data-request-biobank-consortium',
    authorEmail: UMU_OFFICER,
    attribution: Attribution.ORGANISATION,
    sharingLevel: SharingLevel.AMBER,
    recipientOrganisationSlugs: ['lunds-universitet', 'goteborgs-universitet'],
    status: 'OPEN',
    language: Locale.EN,
    title:
      'Should we coordinate our response to a genomic data request from an international biobank consortium?',
    body: md`
      Our biobank has received a request from a consortium led by a genomics company abroad for
      access to whole-genome sequences and linked health data for a study on metabolic disease.
      We understand that your biobanks have received similar requests.

      Our preliminary view is that we cannot share individual-level data outside the EU in this
      case, but could offer federated analysis. Would you be interested in a coordinated answer,
      and how have you assessed the request so far?
    `,
    topicSlugs: [
      'data-or-material-transfer',
      'biotechnologies',
      'human-rights-and-ethics',
      'medical-and-health-sciences',
    ],
    countryCodes: ['CN'],
    answers: [
      {
        authorEmail: LU_CONTACT,
        attribution: Attribution.NAMED,
        helpfulVotes: [GU_OFFICER],
        body: md`
          Yes, we received it as well and reached the same preliminary conclusion. Genetic data
          linked to health records is sensitive both as personal data and from a broader security
          perspective, and the consent in our cohorts does not cover transfer to a commercial
          party abroad. We would welcome a coordinated answer offering federated analysis.
        `,
      },
      {
        authorEmail: GU_OFFICER,
        attribution: Attribution.ORGANISATION,
        body: md`
          We agree. One suggestion for the joint answer: describe the federated option concretely
          (which analyses, what output is released, how long it takes), so that it reads as a
          real offer and not a polite refusal.
        `,
      },
    ],
  },
  {
    key: 'joint-battery-research-centre-coordination',
    authorEmail: GU_OFFICER,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.AMBER,
    recipientOrganisationSlugs: ['chalmers', 'kth'],
    status: 'ANSWERED',
    language: Locale.SV,
    title:
      'Samordnad bedömning av ett förslag om ett gemensamt centrum för batteriforskning med en koreansk partner?',
    body: md`
      Ett stort koreanskt industrikonglomerat har föreslagit ett gemensamt forskningscentrum för
      nästa generations batterier, med deltagande från flera svenska lärosäten. Förslaget
      innehåller finansiering för tio år, en styrgrupp där företaget har majoritet och en
      option för företaget på exklusiv licens till alla resultat.

      Har ni gjort någon bedömning av förslaget, och vore det meningsfullt att samordna vilka
      villkor vi ställer?
    `,
    topicSlugs: [
      'joint-lab-or-centre',
      'industry-partnership',
      'funding-dependency',
      'energy-technologies',
    ],
    countryCodes: ['KR'],
    answers: [
      {
        authorEmail: KTH_OFFICER,
        attribution: Attribution.ORGANISATION,
        accepted: true,
        helpfulVotes: [CHALMERS_OFFICER],
        body: md`
          Ja, vi har tittat på samma förslag. Vår bedömning är att samarbetet i sig är rimligt,
          men att tre villkor behöver ändras:

          1. **Styrgruppen**: lärosätena ska ha minst hälften av platserna och ordförandeskapet
             för den vetenskapliga inriktningen.
          2. **Licensoptionen** ska gälla resultat som företaget har finansierat, inte all
             forskning vid centret, och vara icke-exklusiv som huvudregel.
          3. **Publicering**: rätt att publicera efter en kort granskningsperiod för patent, utan
             vetorätt.

          Vi tror att en gemensam hållning från lärosätena gör förhandlingen enklare för alla.
        `,
      },
      {
        authorEmail: CHALMERS_OFFICER,
        attribution: Attribution.NAMED,
        body: md`
          Instämmer. Vi vill också lägga till en punkt om att exportkontrollen av bidrag till
          centret görs av varje lärosäte för sig, så att ingen behöver lämna ut klassificeringar
          till de andra parterna.
        `,
      },
    ],
  },
  {
    key: 'informing-funder-about-late-co-funder-conditions',
    authorEmail: KTH_OFFICER,
    attribution: Attribution.NAMED,
    sharingLevel: SharingLevel.AMBER,
    recipientOrganisationSlugs: ['vetenskapsradet'],
    status: 'ANSWERED',
    language: Locale.EN,
    title:
      'How should we inform the research funder when a foreign co-funder adds conditions after the grant decision?',
    body: md`
      In a jointly funded project, the co-funding agency abroad has, after the grant decision,
      sent its own contract with new conditions: approval of all publications and a requirement to
      store project data on servers in its country. Our researchers cannot accept these
      conditions.

      How and when should we inform you as the Swedish funder, and what happens to the Swedish
      part of the grant if the foreign part falls away?
    `,
    topicSlugs: ['funding-dependency', 'academic-freedom-and-self-censorship', 'research-project'],
    countryCodes: ['SA'],
    answers: [
      {
        authorEmail: VR_OFFICER,
        attribution: Attribution.NAMED,
        accepted: true,
        body: md`
          Thank you for raising it early. Please inform us as soon as possible, through the
          ordinary channel for changes to a grant, with a short description of the new conditions
          and what you propose.

          In general, we do not expect a grant holder to accept conditions that limit the right to
          publish or conflict with the university's obligations on data. If the foreign part of
          the project falls away, we assess whether the Swedish part can be carried out with a
          changed plan. That is a case-by-case decision, so describe what can still be done.
        `,
      },
    ],
  },
  {
    key: 'foreign-officers-on-summer-course',
    authorEmail: LU_CONTACT,
    attribution: Attribution.ANONYMOUS,
    sharingLevel: SharingLevel.AMBER,
    directedToSlugs: [FM],
    status: 'OPEN',
    language: Locale.SV,
    title:
      'Hur bör vi hantera ansökningar från yrkesofficerare i ett land utanför EU till en sommarkurs om arktisk teknik?',
    body: md`
      Vi ger en öppen sommarkurs om teknik för arktiska förhållanden: materialval, energiförsörjning
      och kommunikation i kallt klimat. I år har vi fått flera ansökningar från yrkesofficerare i
      ett land utanför EU, som uppger att deras arbetsgivare betalar avgiften.

      Kursen är öppen och innehållet publicerat. Ska vi ändå behandla sådana ansökningar på något
      särskilt sätt, och finns det något ni vill att vi känner till?
    `,
    topicSlugs: [
      'admission',
      'unwanted-knowledge-or-technology-transfer',
      'protective-security',
      'engineering-and-technology',
    ],
    countryCodes: [],
    answers: [
      {
        authorEmail: FM_EXPERT,
        attribution: Attribution.ORGANISATION,
        official: true,
        body: md`
          Ett allmänt svar. Att utländska officerare deltar i öppna kurser är inte ovanligt och
          behöver inte vara ett problem. Några saker är ändå värda att beakta:

          - **Innehållet**: om kursen är öppen och bygger på publicerat material är risken för
            oönskad kunskapsöverföring i själva undervisningen begränsad. Var uppmärksam på
            moment där deltagare får praktisk erfarenhet av utrustning eller metoder som inte är
            publicerade.
          - **Studiebesök och fältmoment**: kontrollera att de inte går till militära områden eller
            skyddsobjekt, och att programmet är detsamma för alla deltagare.
          - **Antagningen**: behandla ansökningarna enligt era vanliga regler. Att arbetsgivaren
            betalar avgiften är i sig inte avgörande.

          Bedömningen av exportkontroll och sanktioner görs av er. Om ni ser mönster som väcker
          frågor kan ni ta kontakt med oss för en dialog.

          Svaret är en allmän vägledning och inte bindande.
        `,
      },
    ],
  },
];
