// SPDX-License-Identifier: EUPL-1.2
export type TopicKindName =
  'RISK_AREA' | 'COLLABORATION_TYPE' | 'TECHNOLOGY_AREA' | 'RESEARCH_FIELD';

export interface TopicCatalogueEntry {
  kind: TopicKindName;
  /** Stable id that seeds, filters and saved searches refer to; unique across every kind. */
  slug: string;
  nameSv: string;
  nameEn: string;
  parentSlug?: string;
}

// One small factory per kind keeps each row on a line or two instead of a seven-line object.
const ofKind =
  (kind: TopicKindName) =>
  (slug: string, nameSv: string, nameEn: string): TopicCatalogueEntry => ({
    kind,
    slug,
    nameSv,
    nameEn,
  });

const riskArea = ofKind('RISK_AREA');
const collaborationType = ofKind('COLLABORATION_TYPE');
const technologyArea = ofKind('TECHNOLOGY_AREA');
const researchField = ofKind('RESEARCH_FIELD');

/** The fixed taxonomy of DOMAIN.md §5; countries come from a library and are not listed here. */
export const TOPIC_CATALOGUE: readonly TopicCatalogueEntry[] = [
  riskArea(
    'export-control-and-dual-use',
    'Exportkontroll och produkter med dubbla användningsområden',
    'Export control and dual-use items',
  ),
  riskArea('sanctions', 'Sanktioner', 'Sanctions'),
  riskArea(
    'unwanted-knowledge-or-technology-transfer',
    'Oönskad kunskaps- eller teknologiöverföring',
    'Unwanted knowledge or technology transfer',
  ),
  riskArea('foreign-interference', 'Påverkan från främmande makt', 'Foreign interference'),
  riskArea('espionage', 'Spionage', 'Espionage'),
  riskArea(
    'academic-freedom-and-self-censorship',
    'Akademisk frihet och självcensur',
    'Academic freedom and self-censorship',
  ),
  riskArea('human-rights-and-ethics', 'Mänskliga rättigheter och etik', 'Human rights and ethics'),
  riskArea(
    'research-integrity-and-conflicts-of-interest',
    'Forskningsintegritet och intressekonflikter',
    'Research integrity and conflicts of interest',
  ),
  riskArea(
    'cyber-and-information-security',
    'Cyber- och informationssäkerhet',
    'Cyber and information security',
  ),
  riskArea('protective-security', 'Säkerhetsskydd', 'Protective security'),
  riskArea(
    'personal-safety',
    'Personlig säkerhet för personal och studenter (resor, fältarbete, transnationell förföljelse)',
    'Personal safety of staff and students (travel, fieldwork, transnational repression)',
  ),
  riskArea(
    'economic-security-and-investment-screening',
    'Ekonomisk säkerhet och granskning av utländska direktinvesteringar',
    'Economic security and investment screening',
  ),
  riskArea('funding-dependency', 'Finansieringsberoende', 'Funding dependency'),
  riskArea('reputation', 'Anseende och förtroende', 'Reputation'),

  collaborationType('research-project', 'Forskningsprojekt', 'Research project'),
  collaborationType('industry-partnership', 'Samarbete med näringslivet', 'Industry partnership'),
  collaborationType('commissioned-research', 'Uppdragsforskning', 'Commissioned research'),
  collaborationType(
    'institutional-agreement',
    'Institutionellt avtal eller samförståndsavtal (MoU)',
    'Institutional agreement or MoU',
  ),
  collaborationType(
    'joint-lab-or-centre',
    'Gemensamt laboratorium eller centrum',
    'Joint lab or centre',
  ),
  collaborationType('student-exchange', 'Studentutbyte', 'Student exchange'),
  collaborationType('staff-mobility', 'Personalrörlighet', 'Staff mobility'),
  collaborationType('visiting-researcher', 'Gästforskare', 'Visiting researcher'),
  collaborationType(
    'recruitment',
    'Rekrytering (inkl. stipendiefinansierad)',
    'Recruitment (incl. scholarship-funded)',
  ),
  collaborationType('admission', 'Antagning', 'Admission'),
  collaborationType(
    'funding-donation-or-sponsored-chair',
    'Finansiering, donation eller donationsprofessur',
    'Funding, donation or sponsored chair',
  ),
  collaborationType(
    'talent-programme-or-secondary-affiliation',
    'Talangprogram eller anknytning till annat lärosäte',
    'Talent programme or secondary affiliation',
  ),
  collaborationType(
    'joint-or-dual-degree',
    'Gemensam examen eller dubbelexamen',
    'Joint or dual degree',
  ),
  collaborationType(
    'infrastructure-access',
    'Tillgång till forskningsinfrastruktur',
    'Infrastructure access',
  ),
  collaborationType(
    'data-or-material-transfer',
    'Överföring av data eller material',
    'Data or material transfer',
  ),
  collaborationType(
    'conference-or-delegation',
    'Konferens eller delegationsbesök',
    'Conference or delegation',
  ),
  collaborationType(
    'licensing-spin-off-or-investment',
    'Licensiering, avknoppning eller investering',
    'Licensing, spin-off or investment',
  ),

  // Commission Recommendation (EU) 2023/2113 of 3 October 2023 on critical technology areas for
  // the EU's economic security, in the order of its annex, so members can map cases to the areas
  // the EU risk assessments use.
  technologyArea(
    'advanced-semiconductor-technologies',
    'Avancerad halvledarteknik',
    'Advanced semiconductor technologies',
  ),
  technologyArea(
    'artificial-intelligence-technologies',
    'Teknik för artificiell intelligens',
    'Artificial intelligence technologies',
  ),
  technologyArea('quantum-technologies', 'Kvantteknik', 'Quantum technologies'),
  technologyArea('biotechnologies', 'Bioteknik', 'Biotechnologies'),
  technologyArea(
    'advanced-connectivity-navigation-and-digital-technologies',
    'Avancerad konnektivitet, navigering och digital teknik',
    'Advanced connectivity, navigation and digital technologies',
  ),
  technologyArea(
    'advanced-sensing-technologies',
    'Avancerad avkänningsteknik',
    'Advanced sensing technologies',
  ),
  technologyArea(
    'space-and-propulsion-technologies',
    'Rymd- och framdrivningsteknik',
    'Space and propulsion technologies',
  ),
  technologyArea('energy-technologies', 'Energiteknik', 'Energy technologies'),
  technologyArea(
    'robotics-and-autonomous-systems',
    'Robotik och autonoma system',
    'Robotics and autonomous systems',
  ),
  technologyArea(
    'advanced-materials-manufacturing-and-recycling-technologies',
    'Avancerade material, tillverknings- och återvinningsteknik',
    'Advanced materials, manufacturing and recycling technologies',
  ),

  // SCB, Standard för svensk indelning av forskningsämnen 2011: the six one-digit fields, so
  // cases can be matched to the fields universities already report in.
  researchField('natural-sciences', 'Naturvetenskap', 'Natural sciences'),
  researchField('engineering-and-technology', 'Teknik', 'Engineering and technology'),
  researchField(
    'medical-and-health-sciences',
    'Medicin och hälsovetenskap',
    'Medical and health sciences',
  ),
  researchField(
    'agricultural-and-veterinary-sciences',
    'Lantbruksvetenskap och veterinärmedicin',
    'Agricultural and veterinary sciences',
  ),
  researchField('social-sciences', 'Samhällsvetenskap', 'Social sciences'),
  researchField('humanities-and-the-arts', 'Humaniora och konst', 'Humanities and the arts'),
];
