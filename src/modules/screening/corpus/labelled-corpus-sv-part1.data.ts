// SPDX-License-Identifier: EUPL-1.2
import {
  coordination,
  email,
  LabelledText,
  organisation,
  person,
  phone,
  pin,
} from 'src/modules/screening/corpus/labelled-text.type';

/**
 * Swedish texts in the style of the platform's cases and questions. Every identifier is fictional
 * (see README.md in the screening folder): identity numbers are generated with a valid checksum
 * and a serial in the 98x-99x range, except 701063-2391 (the example in Skatteverket's guidance on
 * coordination numbers) and 811218-9876 (a widely printed textbook example); phone numbers are
 * from PTS's ranges reserved for fiction; e-mail domains are example.org/.se/.com.
 */
export const LABELLED_CORPUS_SV_PART1: readonly LabelledText[] = [
  {
    id: 'sv-01',
    language: 'sv',
    text: 'En gästforskare från ett kinesiskt universitet med koppling till försvarsindustrin ville få tillgång till vårt renrum. Hon hade samordningsnummer 850172-9852 och angav kontaktperson Li Na, li.na@example.org.',
    expected: [coordination('850172-9852'), person('Li Na'), email('li.na@example.org')],
  },
  {
    id: 'sv-02',
    language: 'sv',
    text: 'Vi har fått en förfrågan om ett samförståndsavtal (MoU) med ett universitet i Teheran som omfattar utbyte inom drönarteknik. Vi rådfrågade ISP innan vi gick vidare.',
    expected: [],
  },
  {
    id: 'sv-03',
    language: 'sv',
    text: 'Per år tar vi emot ungefär 40 doktorander från Kina via CSC-stipendier. Maj 2023 beslutade fakulteten att granska villkoren i stipendieavtalen.',
    expected: [],
  },
  {
    id: 'sv-04',
    language: 'sv',
    text: 'Kontakta mig gärna på 070-174 06 12 eller via e-post åsa.öberg@example.se om ni har frågor om exportkontrollen av provmaterialet.',
    expected: [phone('070-174 06 12'), email('åsa.öberg@example.se')],
  },
  {
    id: 'sv-05',
    language: 'sv',
    text: 'Doktoranden Mohammad Rezaei har personnummer 890101-9862 och finansieras av ett stipendium från en iransk stiftelse.',
    expected: [person('Mohammad Rezaei'), pin('890101-9862')],
  },
  {
    id: 'sv-06',
    language: 'sv',
    text: 'Projektet finansieras av Vetenskapsrådet (dnr 2021-04512) och pågår 2022–2025. Budgeten är 4 500 000 kr och partnern finns i Shanghai.',
    expected: [organisation('Vetenskapsrådet')],
  },
  {
    id: 'sv-07',
    language: 'sv',
    text: 'Säkerhetspolisens bedömning var att rekryteringen innebar en risk. Vi avslutade processen i samråd med Säpo.',
    expected: [],
  },
  {
    id: 'sv-08',
    language: 'sv',
    text: 'Jan. 2024 kom en delegation från ett ryskt forskningsinstitut. Rektor tog emot dem tillsammans med prefekten Karin Holmberg.',
    expected: [person('Karin Holmberg')],
  },
  {
    id: 'sv-09',
    language: 'sv',
    text: 'Vår forskare Erik Johansson blev kontaktad av en person som utgav sig för att vara journalist. Han hänvisades till Säkerhetspolisen.',
    expected: [person('Erik Johansson')],
  },
  {
    id: 'sv-10',
    language: 'sv',
    text: 'Bo och arbeta i Kina under längre perioder kräver en särskild reseplan. Vi rekommenderar att resenärer inte tar med sin ordinarie dator.',
    expected: [],
  },
  {
    id: 'sv-11',
    language: 'sv',
    text: 'Avtalet med det amerikanska universitetet reglerar ITAR-kontrollerade data. Kontaktperson hos dem är Jennifer Clark, +1 202 555 0143.',
    expected: [person('Jennifer Clark'), phone('+1 202 555 0143')],
  },
  {
    id: 'sv-12',
    language: 'sv',
    text: 'Uppsala universitet och Lunds universitet har tillsammans tagit fram en checklista för granskning av internationella samarbetspartner.',
    expected: [organisation('Uppsala universitet'), organisation('Lunds universitet')],
  },
  {
    id: 'sv-13',
    language: 'sv',
    text: 'Lena Ström på Linköpings universitet granskade exportkontrollklassningen av mjukvaran enligt förordning (EU) 2021/821.',
    expected: [person('Lena Ström'), organisation('Linköpings universitet')],
  },
  {
    id: 'sv-14',
    language: 'sv',
    text: 'Inför resan till Moskva fick samtliga deltagare tillfälliga telefoner. Numret till säkerhetssamordnaren är 08-465 004 27.',
    expected: [phone('08-465 004 27')],
  },
  {
    id: 'sv-15',
    language: 'sv',
    text: 'Får en postdoc med samordningsnummer 520366-9923 delta i ett projekt om kvantkryptering som finansieras av Vinnova?',
    expected: [coordination('520366-9923'), organisation('Vinnova')],
  },
  {
    id: 'sv-16',
    language: 'sv',
    text: 'Försvarsmakten hade inga invändningar mot samarbetet, men KI:s juridiska avdelning ville se över immaterialrätten.',
    expected: [organisation('KI:s')],
  },
  {
    id: 'sv-17',
    language: 'sv',
    text: 'Vi använde ett ki-kvadrattest för att analysera enkätsvaren; ingen kinesisk partner var involverad och inga data lämnade landet.',
    expected: [],
  },
  {
    id: 'sv-18',
    language: 'sv',
    text: 'Stina Bergqvist och Ahmed Hassan från institutionen deltog på mötet med UHR om antagning av sökande från sanktionerade länder.',
    expected: [person('Stina Bergqvist'), person('Ahmed Hassan'), organisation('UHR')],
  },
  {
    id: 'sv-19',
    language: 'sv',
    text: 'Referensnummer: 4512789634. Fakturan från konferensarrangören i Singapore betalades den 2023-10-05 och uppgick till 38 400 SEK.',
    expected: [],
  },
  {
    id: 'sv-20',
    language: 'sv',
    text: 'Gästprofessorn Dmitry Ivanov från ett institut i Novosibirsk bad om att få ta med sig proverna hem efter vistelsen.',
    expected: [person('Dmitry Ivanov')],
  },
  {
    id: 'sv-21',
    language: 'sv',
    text: 'Enligt Karlsson på exportkontrollenheten behöver vi en licens från ISP för att skicka utrustningen till Hongkong.',
    expected: [person('Karlsson')],
  },
  {
    id: 'sv-22',
    language: 'sv',
    text: 'Hans Lindgren, docent i fysik, har en sekundäranställning vid ett universitet i Harbin som inte anmälts.',
    expected: [person('Hans Lindgren')],
  },
  {
    id: 'sv-23',
    language: 'sv',
    text: 'Hans sekundäranställning vid ett universitet i Harbin anmäldes aldrig till arbetsgivaren, vilket upptäcktes vid en granskning 2022.',
    expected: [],
  },
  {
    id: 'sv-24',
    language: 'sv',
    text: 'Maj-Britt Nilsson på ekonomiavdelningen upptäckte att donationen kom via ett bolag registrerat i Hongkong.',
    expected: [person('Maj-Britt Nilsson')],
  },
  {
    id: 'sv-25',
    language: 'sv',
    text: 'Samarbetsavtalet med Tsinghua undertecknades 2019 och förnyades 2022 utan ny riskbedömning. Avtalet omfattar 12 doktorander.',
    expected: [],
  },
  {
    id: 'sv-26',
    language: 'sv',
    text: 'För frågor, ring växeln på 031-390 06 00 eller skriv till exportkontroll@example.se.',
    expected: [phone('031-390 06 00'), email('exportkontroll@example.se')],
  },
  {
    id: 'sv-27',
    language: 'sv',
    text: 'Per capita räknat är Sverige ett av de länder som tar emot flest doktorander från Kina inom teknikområdena.',
    expected: [],
  },
  {
    id: 'sv-28',
    language: 'sv',
    text: 'Vi fick ett mejl från en okänd avsändare, wang.lei@mail.example.org, som frågade efter ritningarna till KTH:s nya laboratorium.',
    expected: [email('wang.lei@mail.example.org'), organisation('KTH:s')],
  },
  {
    id: 'sv-29',
    language: 'sv',
    text: 'Docent Sara Lindström och doktorand Chen Jie reste till Shenzhen för att besöka en industripartner inom 5G.',
    expected: [person('Sara Lindström'), person('Chen Jie')],
  },
  {
    id: 'sv-30',
    language: 'sv',
    text: 'En samordnare på SLU fick ett erbjudande om att delta i ett talangprogram. Ersättningen var 300 000 yuan per år.',
    expected: [organisation('SLU')],
  },
  {
    id: 'sv-31',
    language: 'sv',
    text: 'Sökanden har personnummer 19560311-9834 och har tidigare varit anställd vid ett statligt bolag i Kina.',
    expected: [pin('19560311-9834')],
  },
  {
    id: 'sv-32',
    language: 'sv',
    text: 'I enlighet med 2 kap. 3 § och beslut 2022-11-30 (dnr 1.2.3-4567/22) avslogs ansökan om utbyte med partnern i Minsk.',
    expected: [],
  },
  {
    id: 'sv-33',
    language: 'sv',
    text: 'Johan Ask från Karolinska institutet presenterade fallet på SUHF:s möte om ansvarsfull internationalisering.',
    expected: [person('Johan Ask'), organisation('Karolinska institutet')],
  },
  {
    id: 'sv-34',
    language: 'sv',
    text: 'Ring 0046 8 465 004 41 om du befinner dig utomlands, annars 08-465 004 41.',
    expected: [phone('0046 8 465 004 41'), phone('08-465 004 41')],
  },
  {
    id: 'sv-35',
    language: 'sv',
    text: 'Gun Svensson och Stig Ek från ekonomienheten granskade villkoren i donationen från stiftelsen i Qatar.',
    expected: [person('Gun Svensson'), person('Stig Ek')],
  },
  {
    id: 'sv-36',
    language: 'sv',
    text: 'Stig ut ur komfortzonen, sa rektorn i sitt tal om internationalisering, men gör det med öppna ögon.',
    expected: [],
  },
  {
    id: 'sv-37',
    language: 'sv',
    text: 'Under 2023 genomfördes 17 granskningar av utbytesavtal, varav 3 avslogs. Kostnaden uppgick till 1 250 000 SEK.',
    expected: [],
  },
  {
    id: 'sv-38',
    language: 'sv',
    text: 'Ett konsortium med partner i USA, Kina och Indien sökte medel ur Horisont Europa (projekt 101070202) för batteriforskning.',
    expected: [],
  },
  {
    id: 'sv-39',
    language: 'sv',
    text: 'Vinnova och Försvarsmakten deltog i workshopen om produkter med dubbla användningsområden, som leddes av Fredrik Dahl.',
    expected: [organisation('Vinnova'), person('Fredrik Dahl')],
  },
  {
    id: 'sv-40',
    language: 'sv',
    text: 'Anmälan gjordes till Säpo av en medarbetare på Linköpings universitet. Gästforskarens samordningsnummer 780588-9941 framgick av bilagan.',
    expected: [organisation('Linköpings universitet'), coordination('780588-9941')],
  },
  {
    id: 'sv-41',
    language: 'sv',
    text: 'Kan vi ta emot en gästdoktorand från Iran inom kärnfysik? Handledare blir professor Nils-Erik Sandberg.',
    expected: [person('Nils-Erik Sandberg')],
  },
  {
    id: 'sv-42',
    language: 'sv',
    text: 'Vid besöket i Peking fotograferade värdarna deltagarnas pass. Delegationen leddes av Mikael Öberg från fakultetskansliet.',
    expected: [person('Mikael Öberg')],
  },
  {
    id: 'sv-43',
    language: 'sv',
    text: 'Klara besked saknades från partnern om slutanvändaren av sensorerna, så leveransen stoppades.',
    expected: [],
  },
  {
    id: 'sv-44',
    language: 'sv',
    text: 'Liv och hälsa för studenter på fältarbete i regionen går före publiceringsplanen; resan sköts upp till 2025.',
    expected: [],
  },
];
