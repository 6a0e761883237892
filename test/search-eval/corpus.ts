// SPDX-License-Identifier: EUPL-1.2
/**
 * The fixed corpus of the relevance evaluation (npm run eval:search): thirty cases, fifteen
 * Swedish and fifteen English, most with a counterpart on the same subject in the other
 * language, so that cross-language queries have answers. The text is written the way members
 * write (definite and plural forms, compounds, agency names and acronyms), and every document
 * is CLEAR so a plain member of another organisation reads all of them.
 *
 * Never edit a document without re-judging the queries (queries.ts) and re-recording the
 * baseline (baseline.json): the figures compare runs over exactly this text.
 */
export interface EvalDocument {
  /** The label judgments refer to. */
  id: string;
  language: 'SV' | 'EN';
  title: string;
  summary: string;
  context: string;
  whatHappened: string;
  countryCodes: string[];
}

const sv = (
  id: string,
  countryCodes: string[],
  title: string,
  summary: string,
  context: string,
  whatHappened: string,
): EvalDocument => ({ id, language: 'SV', title, summary, context, whatHappened, countryCodes });
const en = (
  id: string,
  countryCodes: string[],
  title: string,
  summary: string,
  context: string,
  whatHappened: string,
): EvalDocument => ({ id, language: 'EN', title, summary, context, whatHappened, countryCodes });

export const EVAL_CORPUS: readonly EvalDocument[] = [
  sv(
    'sv-kvant',
    ['CN'],
    'Exportkontroll av en kvantdator till ett universitet i Kina',
    'Ett samarbete om kvantdatorer stoppades efter en prövning av exportkontrollen.',
    'Forskargruppen ville skicka en liten kvantdator och mätutrustning till partnern.',
    'Inspektionen för strategiska produkter bedömde att utrustningen omfattades av reglerna.',
  ),
  sv(
    'sv-sapo',
    ['RU'],
    'Säkerhetspolisen varnade för ett besök från en utländsk delegation',
    'Delegationen ville se laboratoriet och fråga om våra projekt.',
    'Ett universitet fick en förfrågan om studiebesök med kort varsel.',
    'Säkerhetspolisen rådde oss att begränsa besöket till allmänna lokaler.',
  ),
  sv(
    'sv-ryssland',
    ['RU'],
    'Samarbetet med ett ryskt institut avslutades efter sanktionerna',
    'Vi avslutade samarbetet om polarforskning när sanktionerna infördes.',
    'Institutet i Ryssland hade varit vår partner i tio år.',
    'Projektet fick en ny partner i Norge och data flyttades hem.',
  ),
  sv(
    'sv-stipendium',
    ['CN'],
    'Doktorander finansierade av ett utländskt stipendium',
    'Stipendiet krävde att doktoranden rapporterade till stipendiegivaren i hemlandet.',
    'Två doktorander från Kina sökte till vår forskarskola med stipendier.',
    'Vi bad om villkoren skriftligt och justerade handledningen.',
  ),
  sv(
    'sv-dronare',
    ['US'],
    'Försvarsmakten och ett gemensamt projekt om drönare',
    'Ett projekt om autonoma drönare med Försvarsmakten och en partner i USA.',
    'Forskarna ville publicera resultaten öppet.',
    'Försvarsmakten bad att vissa delar skulle granskas före publicering.',
  ),
  sv(
    'sv-vr',
    ['SE'],
    'Vetenskapsrådet krävde en riskbedömning före utlysningen',
    'Ansökan till Vetenskapsrådet behövde en riskbedömning av de internationella partnerna.',
    'Projektet gällde material för batterier.',
    'Vi gjorde riskbedömningen tillsammans med universitetets säkerhetsavdelning.',
  ),
  sv(
    'sv-uhr',
    ['IR'],
    'Studentutbyte via Universitets- och högskolerådet med ett universitet i Iran',
    'Utbytet av studenter inom kemi prövades mot sanktionerna.',
    'Universitets- och högskolerådet finansierade utbytet.',
    'Utbytet fortsatte men inte inom känsliga ämnen.',
  ),
  sv(
    'sv-intrang',
    ['KP'],
    'Ett dataintrång i forskningsnätverket',
    'Cyberattacken riktades mot servrar med forskningsdata.',
    'Angriparna använde stulna lösenord från en konferens.',
    'Vi bytte alla lösenord och anmälde intrånget.',
  ),
  sv(
    'sv-halvledare',
    ['CN'],
    'Halvledarforskning och ett företag med band till staten i Kina',
    'Ett företag ville finansiera en doktorand inom halvledare.',
    'Företaget visade sig ha ägare med band till militären.',
    'Vi tackade nej till finansieringen efter en granskning.',
  ),
  sv(
    'sv-batterier',
    ['KR'],
    'Batterier för elbilar och en partner i Sydkorea',
    'Ett samarbete om batterier med en industripartner i Sydkorea.',
    'Partnern ville ha tillgång till våra mätdata.',
    'Vi delade bara publicerade resultat.',
  ),
  sv(
    'sv-kontroll',
    ['IN'],
    'Kontroll av en ny partner före avtalet',
    'Vi gjorde en kontroll av ägarförhållandena hos en ny partner i Indien.',
    'Avtalet gällde ett gemensamt laboratorium.',
    'Kontrollen visade inga hinder och avtalet skrevs under.',
  ),
  sv(
    'sv-ansikte',
    ['CN'],
    'Artificiell intelligens och ansiktsigenkänning i ett samarbete',
    'En partner i Kina ville använda våra modeller för ansiktsigenkänning.',
    'Modellerna hade tränats för medicinska bilder.',
    'Vi avböjde eftersom tekniken kunde användas för övervakning.',
  ),
  sv(
    'sv-satellit',
    ['FR'],
    'Produkter med dubbla användningsområden i en satellit',
    'En satellit för klimatforskning innehöll komponenter med dubbla användningsområden.',
    'Satelliten byggdes med en partner i Frankrike.',
    'Inspektionen för strategiska produkter gav tillstånd för exporten.',
  ),
  sv(
    'sv-gastforskare',
    ['IR'],
    'En gästforskare laddade ner stora mängder data',
    'En gästforskare laddade ner data från flera projekt utan behörighet.',
    'Gästforskaren hade tillgång till hela nätverket.',
    'Vi begränsade behörigheterna för alla gästforskare.',
  ),
  sv(
    'sv-rattigheter',
    ['US'],
    'Immateriella rättigheter i ett avtal med ett amerikanskt företag',
    'Avtalet gav företaget alla rättigheter till resultaten.',
    'Ett företag i USA ville finansiera forskning om läkemedel.',
    'Vi förhandlade om rättigheterna och behöll rätten att publicera.',
  ),
  en(
    'en-quantum',
    ['CN'],
    'Export control review of a quantum computer shipment to China',
    'A collaboration on quantum computers was stopped after an export control review.',
    'The research group wanted to send a small quantum computer to its partner.',
    'The Inspectorate of Strategic Products found that the equipment was covered.',
  ),
  en(
    'en-security-service',
    ['RU'],
    'The Swedish Security Service warned about a visiting delegation',
    'The delegation wanted to see the laboratory and ask about our projects.',
    'A university received a request for a study visit at short notice.',
    'The Security Service advised us to limit the visit to public areas.',
  ),
  en(
    'en-russia',
    ['RU'],
    'Collaboration with a Russian institute ended after sanctions',
    'We ended the polar research collaboration when sanctions came into force.',
    'The institute in Russia had been our partner for ten years.',
    'The project found a new partner in Norway.',
  ),
  en(
    'en-scholarship',
    ['CN'],
    'PhD students funded by a foreign scholarship',
    'The scholarship required the doctoral students to report to the funder at home.',
    'Two PhD students from China applied with scholarships.',
    'We asked for the terms in writing and adjusted supervision.',
  ),
  en(
    'en-drones',
    ['US'],
    'Swedish Armed Forces and a joint drone project',
    'A project on autonomous drones with the Armed Forces and a partner in the United States.',
    'The researchers wanted to publish openly.',
    'The Armed Forces asked to review some parts before publication.',
  ),
  en(
    'en-research-council',
    ['SE'],
    'The Swedish Research Council asked for a risk assessment',
    'An application to the Swedish Research Council needed a risk assessment of the partners.',
    'The project concerned battery materials.',
    'We made the risk assessment with the university security office.',
  ),
  en(
    'en-exchange',
    ['IR'],
    'Student exchange with Iran through the Swedish Council for Higher Education',
    'The chemistry student exchange was checked against sanctions.',
    'The Swedish Council for Higher Education funded the exchange.',
    'The exchange continued outside sensitive subjects.',
  ),
  en(
    'en-breach',
    ['KP'],
    'A data breach in the research network',
    'The cyberattack targeted servers holding research data.',
    'The attackers used passwords stolen at a conference.',
    'We changed every password and reported the breach.',
  ),
  en(
    'en-semiconductors',
    ['CN'],
    'Semiconductor research and a state-linked company in China',
    'A company offered to fund a doctoral student in semiconductors.',
    'The owners of the company turned out to have military ties.',
    'We declined the funding after due diligence.',
  ),
  en(
    'en-batteries',
    ['KR'],
    'Batteries for electric cars with a partner in South Korea',
    'A battery collaboration with an industrial partner in South Korea.',
    'The partner wanted access to our measurement data.',
    'We shared published results only.',
  ),
  en(
    'en-due-diligence',
    ['IN'],
    'Checking a new partner before the agreement',
    'We checked the ownership of a new partner in India.',
    'The agreement concerned a joint laboratory.',
    'The check found no obstacles and the agreement was signed.',
  ),
  en(
    'en-facial',
    ['CN'],
    'Facial recognition and artificial intelligence in a collaboration',
    'A partner in China wanted to use our models for facial recognition.',
    'The models had been trained on medical images.',
    'We declined because the technology could be used for surveillance.',
  ),
  en(
    'en-satellite',
    ['FR'],
    'Dual-use items in a satellite payload',
    'A climate research satellite contained dual-use components.',
    'The satellite was built with a partner in France.',
    'The Inspectorate of Strategic Products granted an export licence.',
  ),
  en(
    'en-visitor',
    ['IR'],
    'A visiting researcher downloaded large amounts of data',
    'A visiting researcher downloaded data from several projects without permission.',
    'The visitor had access to the whole network.',
    'We restricted permissions for all visiting researchers.',
  ),
  en(
    'en-ip',
    ['US'],
    'Intellectual property terms in a contract with a US company',
    'The contract gave the company all rights to the results.',
    'A company in the United States wanted to fund drug research.',
    'We negotiated the rights and kept the right to publish.',
  ),
];
