// SPDX-License-Identifier: EUPL-1.2
/**
 * The judged queries of the relevance evaluation, over EVAL_CORPUS (corpus.ts). Grades: 2 = the
 * item is what the query asks for, 1 = related (it mentions the subject in passing, or it is
 * the counterpart in the other language where the query does not name the other language's
 * word). Every document not listed is judged irrelevant (0).
 *
 * Judged by what a member means, not by what an engine does: "Säpo" asks for the Security
 * Service's cases in either language, "exprot" for export, so a query can score 0 until the
 * engine understands it. That is the point of the set.
 */
export type QueryClass =
  | 'inflection'
  | 'compound'
  | 'acronym'
  | 'synonym'
  | 'cross-language'
  | 'typo'
  | 'phrase'
  | 'plain';

export interface JudgedQuery {
  query: string;
  queryClass: QueryClass;
  judgments: Record<string, 1 | 2>;
}

const q = (
  queryClass: QueryClass,
  query: string,
  judgments: Record<string, 1 | 2>,
): JudgedQuery => ({ query, queryClass, judgments });

const CHINA = {
  'sv-kvant': 1,
  'sv-stipendium': 1,
  'sv-halvledare': 1,
  'sv-ansikte': 1,
  'en-quantum': 1,
  'en-scholarship': 1,
  'en-semiconductors': 1,
  'en-facial': 1,
} as const;

export const EVAL_QUERIES: readonly JudgedQuery[] = [
  // Inflection: definite, plural and genitive forms meet their base.
  q('inflection', 'samarbetet', {
    'sv-ryssland': 2,
    'sv-kvant': 1,
    'sv-batterier': 1,
    'sv-ansikte': 1,
  }),
  q('inflection', 'samarbete', {
    'sv-ryssland': 2,
    'sv-kvant': 1,
    'sv-batterier': 1,
    'sv-ansikte': 1,
  }),
  q('inflection', 'kvantdator', { 'sv-kvant': 2 }),
  q('inflection', 'kvantdatorerna', { 'sv-kvant': 2 }),
  q('inflection', 'doktoranden', { 'sv-stipendium': 2, 'sv-halvledare': 1 }),
  q('inflection', 'gästforskaren', { 'sv-gastforskare': 2 }),
  q('inflection', 'rättigheterna', { 'sv-rattigheter': 2 }),
  q('inflection', 'satelliterna', { 'sv-satellit': 2 }),
  q('inflection', 'lösenorden', { 'sv-intrang': 2 }),
  q('inflection', 'sanktioner', { 'sv-ryssland': 2, 'sv-uhr': 1 }),
  q('inflection', 'scholarships', { 'en-scholarship': 2 }),
  q('inflection', 'drone', { 'en-drones': 2 }),
  q('inflection', 'researchers visiting', { 'en-visitor': 2 }),
  q('inflection', 'batteries', { 'en-batteries': 2, 'en-research-council': 1 }),
  q('inflection', 'delegations', { 'en-security-service': 2 }),

  // Compounds: a part finds the compound.
  q('compound', 'kontroll', { 'sv-kontroll': 2, 'sv-kvant': 1 }),
  q('compound', 'export', {
    'sv-kvant': 2,
    'en-quantum': 2,
    'sv-satellit': 1,
    'en-satellite': 1,
  }),
  q('compound', 'intrång', { 'sv-intrang': 2 }),
  q('compound', 'forskningsdata', { 'sv-intrang': 2 }),
  q('compound', 'stipendiegivare', { 'sv-stipendium': 2 }),
  q('compound', 'polarforskning', { 'sv-ryssland': 2 }),
  q('compound', 'polar', { 'sv-ryssland': 2, 'en-russia': 2 }),
  q('compound', 'igenkänning', { 'sv-ansikte': 2 }),
  q('compound', 'elbil', { 'sv-batterier': 2 }),
  q('compound', 'säkerhetsavdelningen', { 'sv-vr': 2 }),
  q('compound', 'klimat', { 'sv-satellit': 2 }),
  q('compound', 'studenter utbyte', { 'sv-uhr': 2 }),
  q('compound', 'industripartner', { 'sv-batterier': 2 }),

  // Acronyms of the organisations members write about.
  q('acronym', 'Säpo', { 'sv-sapo': 2, 'en-security-service': 2 }),
  q('acronym', 'ISP', { 'sv-kvant': 2, 'sv-satellit': 2, 'en-quantum': 2, 'en-satellite': 2 }),
  q('acronym', 'FM drönare', { 'sv-dronare': 2, 'en-drones': 1 }),
  q('acronym', 'UHR', { 'sv-uhr': 2, 'en-exchange': 2 }),
  q('acronym', 'VR riskbedömning', { 'sv-vr': 2, 'en-research-council': 1 }),

  // Organisation names, in the other language too.
  q('synonym', 'Inspektionen för strategiska produkter', {
    'sv-kvant': 2,
    'sv-satellit': 2,
    'en-quantum': 1,
    'en-satellite': 1,
  }),
  q('synonym', 'Swedish Security Service', { 'en-security-service': 2, 'sv-sapo': 2 }),
  q('synonym', 'Försvarsmakten', { 'sv-dronare': 2, 'en-drones': 2 }),
  q('synonym', 'Vetenskapsrådet', { 'sv-vr': 2, 'en-research-council': 2 }),
  q('synonym', 'Swedish Council for Higher Education', { 'en-exchange': 2, 'sv-uhr': 2 }),
  q('synonym', 'Armed Forces', { 'en-drones': 2, 'sv-dronare': 2 }),
  q('synonym', 'Säkerhetspolisen', { 'sv-sapo': 2, 'en-security-service': 2 }),

  // Countries in either language, and their codes.
  q('cross-language', 'Kina', CHINA),
  q('cross-language', 'China', CHINA),
  q('cross-language', 'CN', CHINA),
  q('cross-language', 'Ryssland sanktioner', { 'sv-ryssland': 2, 'en-russia': 2 }),
  q('cross-language', 'Russia', { 'sv-ryssland': 2, 'en-russia': 2 }),
  q('cross-language', 'Sydkorea batterier', { 'sv-batterier': 2, 'en-batteries': 2 }),
  q('cross-language', 'South Korea', { 'en-batteries': 2, 'sv-batterier': 2 }),
  q('cross-language', 'USA', { 'sv-dronare': 1, 'sv-rattigheter': 1, 'en-drones': 1, 'en-ip': 1 }),
  q('cross-language', 'Frankrike', { 'sv-satellit': 2, 'en-satellite': 2 }),
  q('cross-language', 'Indien', { 'sv-kontroll': 2, 'en-due-diligence': 2 }),
  q('cross-language', 'Norway', { 'sv-ryssland': 1, 'en-russia': 1 }),

  // Typos: one edit or one transposition away from a word the corpus holds.
  q('typo', 'exprot', { 'sv-kvant': 2, 'en-quantum': 2, 'sv-satellit': 1, 'en-satellite': 1 }),
  q('typo', 'sanktoiner', { 'sv-ryssland': 2, 'sv-uhr': 1 }),
  q('typo', 'kvnatdator', { 'sv-kvant': 2 }),
  q('typo', 'satelite', { 'en-satellite': 2, 'sv-satellit': 1 }),
  q('typo', 'scholarshp', { 'en-scholarship': 2 }),
  q('typo', 'drönrae', { 'sv-dronare': 2 }),
  q('typo', 'breech', { 'en-breach': 2 }),
  q('typo', 'passwrods', { 'en-breach': 2 }),

  // Quoted phrases.
  q('phrase', '"export control"', { 'en-quantum': 2 }),
  q('phrase', '"risk assessment"', { 'en-research-council': 2 }),
  q('phrase', '"dubbla användningsområden"', { 'sv-satellit': 2 }),
  q('phrase', '"facial recognition"', { 'en-facial': 2 }),
  q('phrase', '"due diligence"', { 'en-semiconductors': 2, 'en-due-diligence': 1 }),

  // Plain words, as a baseline that must not get worse.
  q('plain', 'Iran', { 'sv-uhr': 2, 'en-exchange': 2 }),
  q('plain', 'laboratorium', { 'sv-kontroll': 2, 'sv-sapo': 1 }),
  q('plain', 'surveillance', { 'en-facial': 2 }),
  q('plain', 'läkemedel', { 'sv-rattigheter': 2 }),
  q('plain', 'conference passwords', { 'en-breach': 2 }),
];
