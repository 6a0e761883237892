// SPDX-License-Identifier: EUPL-1.2
import { Role } from 'src/graph/auth/role.enum';
import { Locale } from 'src/modules/members/locale.enum';

/** Development only: the password of every demo account, printed by `npm run dev`. */
export const DEMO_PASSWORD = 'Samråd-demo-2026!';

export interface DemoAccount {
  email: string;
  displayName: string;
  organisationSlug: string;
  roles: Role[];
  locale: Locale;
  /** What the account is for, printed next to it. */
  purpose: string;
}

/**
 * Fictional people at real member organisations: one per role the platform knows, plus officers
 * at other universities, a research funder and a third authority so demo content has varied voices.
 */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: 'admin@samrad.example',
    displayName: 'Alva Administratör',
    organisationSlug: 'universitets-och-hogskoleradet',
    roles: [Role.MEMBER, Role.ADMIN],
    locale: Locale.SV,
    purpose: 'admin (UHR)',
  },
  {
    email: 'editor@vr.example',
    displayName: 'Elin Redaktör',
    organisationSlug: 'vetenskapsradet',
    roles: [Role.MEMBER, Role.EDITOR],
    locale: Locale.SV,
    purpose: 'guideline editor (Vetenskapsrådet)',
  },
  {
    email: 'moderator@samrad.example',
    displayName: 'Morgan Moderator',
    organisationSlug: 'universitets-och-hogskoleradet',
    roles: [Role.MEMBER, Role.MODERATOR],
    locale: Locale.SV,
    purpose: 'moderator (UHR)',
  },
  {
    email: 'officer@kth.example',
    displayName: 'Kim Handläggare',
    organisationSlug: 'kth',
    roles: [Role.MEMBER],
    locale: Locale.SV,
    purpose: 'international-affairs officer (KTH)',
  },
  {
    email: 'contact@lu.example',
    displayName: 'Lo Kontaktperson',
    organisationSlug: 'lunds-universitet',
    roles: [Role.MEMBER, Role.ORG_CONTACT],
    locale: Locale.EN,
    purpose: 'organisation contact (Lund University)',
  },
  {
    email: 'expert@isp.example',
    displayName: 'Isa Exportkontroll',
    organisationSlug: 'inspektionen-for-strategiska-produkter',
    roles: [Role.MEMBER, Role.EXPERT],
    locale: Locale.SV,
    purpose: 'authority expert (ISP)',
  },
  {
    email: 'expert@sapo.example',
    displayName: 'Sam Säkerhet',
    organisationSlug: 'sakerhetspolisen',
    roles: [Role.MEMBER, Role.EXPERT],
    locale: Locale.SV,
    purpose: 'authority expert (Säkerhetspolisen)',
  },
  // More askers and answerers, so the demo questions come from varied people.
  {
    email: 'officer@uu.example',
    displayName: 'Ulla Utbyte',
    organisationSlug: 'uppsala-universitet',
    roles: [Role.MEMBER],
    locale: Locale.SV,
    purpose: 'research-support officer (Uppsala University)',
  },
  {
    email: 'officer@gu.example',
    displayName: 'Glenn Granskare',
    organisationSlug: 'goteborgs-universitet',
    roles: [Role.MEMBER],
    locale: Locale.EN,
    purpose: 'international-affairs officer (University of Gothenburg)',
  },
  {
    email: 'officer@chalmers.example',
    displayName: 'Charlie Avtalsson',
    organisationSlug: 'chalmers',
    roles: [Role.MEMBER],
    locale: Locale.EN,
    purpose: 'export-control officer (Chalmers)',
  },
  {
    email: 'officer@umu.example',
    displayName: 'Elin Riskbedömare',
    organisationSlug: 'umea-universitet',
    roles: [Role.MEMBER],
    locale: Locale.SV,
    purpose: 'security coordinator (Umeå University)',
  },
  {
    email: 'officer@vr.example',
    displayName: 'Vera Finansiär',
    organisationSlug: 'vetenskapsradet',
    roles: [Role.MEMBER],
    locale: Locale.EN,
    purpose: 'research-funder officer (Vetenskapsrådet)',
  },
  {
    email: 'expert@mil.example',
    displayName: 'Frej Försvar',
    organisationSlug: 'forsvarsmakten',
    roles: [Role.MEMBER, Role.EXPERT],
    locale: Locale.SV,
    purpose: 'authority expert (Försvarsmakten)',
  },
];
