// SPDX-License-Identifier: EUPL-1.2
import { DEVELOPMENT_SECRETS } from 'src/config/env.schema';
import worldCountries from 'world-countries';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { Attribution } from 'src/modules/attribution/attribution.enum';
import { CaseOutcome, CasePhase } from 'src/modules/cases/case-enums';
import { DEMO_ACCOUNTS } from 'src/database/seed/demo-accounts';
import { DEMO_CASES, type DemoCase } from 'src/database/seed/demo-cases.data';
import { Locale } from 'src/modules/members/locale.enum';
import { ORGANISATION_CATALOGUE } from 'src/modules/organisations/organisation-catalogue.data';
import { organisationDictionaryOf } from 'src/modules/screening/organisation-dictionary';
import { PiiScreener } from 'src/modules/screening/pii-screener';
import { TOPIC_CATALOGUE, type TopicKindName } from 'src/modules/taxonomy/topic-catalogue.data';

const TEXT_FIELDS = [
  'title',
  'summary',
  'context',
  'whatHappened',
  'assessment',
  'mitigations',
  'lessonsLearned',
] as const satisfies readonly (keyof DemoCase)[];

/** Limits of DOMAIN §6 as CreateCaseInput enforces them: [min, max] characters. */
const LENGTHS: Record<(typeof TEXT_FIELDS)[number], readonly [number, number]> = {
  title: [5, 200],
  summary: [20, 1000],
  context: [20, 20_000],
  whatHappened: [20, 20_000],
  assessment: [0, 20_000],
  mitigations: [0, 20_000],
  lessonsLearned: [0, 20_000],
};

const accountByEmail = new Map(DEMO_ACCOUNTS.map((account) => [account.email, account]));
const organisationSlugs = new Set(ORGANISATION_CATALOGUE.map((organisation) => organisation.slug));
const topicKindBySlug = new Map(TOPIC_CATALOGUE.map((topic) => [topic.slug, topic.kind]));
const countryCodes = new Set(
  worldCountries
    .filter((country) => country.status === 'officially-assigned')
    .map((country) => country.cca2),
);

/** Every name that can reveal an author, as the screening service builds it. */
const dictionary = organisationDictionaryOf(ORGANISATION_CATALOGUE);

const screener = new PiiScreener(dictionary, DEVELOPMENT_SECRETS.SCREENING_FINGERPRINT_KEY);

const slugsOfKind = (kind: TopicKindName) =>
  TOPIC_CATALOGUE.filter((topic) => topic.kind === kind).map((topic) => topic.slug);

describe('DEMO_CASES', () => {
  const cases = DEMO_CASES.map((demoCase) => [demoCase.key, demoCase] as const);

  it('has about thirty cases with unique keys', () => {
    const keys = DEMO_CASES.map((demoCase) => demoCase.key);
    expect(keys.length).toBeGreaterThanOrEqual(25);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
  });

  describe.each(cases)('%s', (_key, demoCase) => {
    it('is written by a demo account', () => {
      expect(accountByEmail.has(demoCase.authorEmail)).toBe(true);
    });

    it('names recipients only where its level has them', () => {
      const organisations = demoCase.recipientOrganisationSlugs ?? [];
      const members = demoCase.recipientEmails ?? [];
      const authorOrganisation = accountByEmail.get(demoCase.authorEmail)?.organisationSlug;

      if (demoCase.sharingLevel === SharingLevel.AMBER) {
        expect(organisations.length).toBeGreaterThanOrEqual(1);
        expect(new Set(organisations).size).toBe(organisations.length);
        for (const slug of organisations) {
          expect(organisationSlugs.has(slug)).toBe(true);
          expect(slug).not.toBe(authorOrganisation);
        }
      } else {
        expect(organisations).toEqual([]);
      }

      if (demoCase.sharingLevel === SharingLevel.RED) {
        expect(members.length).toBeGreaterThanOrEqual(1);
        expect(new Set(members).size).toBe(members.length);
        for (const email of members) {
          expect(accountByEmail.has(email)).toBe(true);
          expect(email).not.toBe(demoCase.authorEmail);
        }
      } else {
        expect(members).toEqual([]);
      }
    });

    it('waits for moderation only at a community level', () => {
      if (demoCase.status === 'SUBMITTED') {
        expect([SharingLevel.CLEAR, SharingLevel.GREEN]).toContain(demoCase.sharingLevel);
      }
    });

    it('uses existing topics of the right kind, with a risk area and a collaboration type', () => {
      const expectKind = (slugs: readonly string[], kind: TopicKindName) => {
        for (const slug of slugs) expect([slug, topicKindBySlug.get(slug)]).toEqual([slug, kind]);
        expect(new Set(slugs).size).toBe(slugs.length);
      };
      expect(demoCase.riskAreaSlugs.length).toBeGreaterThanOrEqual(1);
      expect(demoCase.collaborationTypeSlugs.length).toBeGreaterThanOrEqual(1);
      expectKind(demoCase.riskAreaSlugs, 'RISK_AREA');
      expectKind(demoCase.collaborationTypeSlugs, 'COLLABORATION_TYPE');
      expectKind(demoCase.technologyAreaSlugs ?? [], 'TECHNOLOGY_AREA');
      expectKind(demoCase.researchFieldSlug ? [demoCase.researchFieldSlug] : [], 'RESEARCH_FIELD');
    });

    it('names countries by officially assigned ISO 3166-1 alpha-2 codes', () => {
      expect(demoCase.countryCodes.length).toBeGreaterThanOrEqual(1);
      expect(new Set(demoCase.countryCodes).size).toBe(demoCase.countryCodes.length);
      for (const code of demoCase.countryCodes)
        expect([code, countryCodes.has(code)]).toEqual([code, true]);
    });

    it('keeps its texts within the limits and its year between 2019 and 2026', () => {
      for (const field of TEXT_FIELDS) {
        const text = demoCase[field] ?? '';
        const [min, max] = LENGTHS[field];
        expect([field, text.length >= min && text.length <= max]).toEqual([field, true]);
      }
      expect(demoCase.summary).not.toMatch(/\n/u);
      expect(Number.isInteger(demoCase.year)).toBe(true);
      expect(demoCase.year).toBeGreaterThanOrEqual(2019);
      expect(demoCase.year).toBeLessThanOrEqual(2026);
    });

    it('screens clean: no personal data and no member organisation in any text', () => {
      const findings = TEXT_FIELDS.flatMap((field) =>
        screener
          .screen(demoCase[field] ?? '')
          .map((finding) => `${field}: ${finding.kind} "${finding.text}"`),
      );
      expect(findings).toEqual([]);
    });
  });

  it('covers every sharing level, attribution, outcome, phase and risk area, in both languages', () => {
    const used = <T>(pick: (demoCase: DemoCase) => T | readonly T[] | undefined) =>
      new Set(DEMO_CASES.flatMap((demoCase) => pick(demoCase) ?? []));

    expect(used((c) => c.sharingLevel)).toEqual(new Set(Object.values(SharingLevel)));
    expect(used((c) => c.attribution)).toEqual(new Set(Object.values(Attribution)));
    expect(used((c) => c.outcome)).toEqual(new Set(Object.values(CaseOutcome)));
    expect(used((c) => c.phase)).toEqual(new Set(Object.values(CasePhase)));
    expect(used((c) => c.language)).toEqual(new Set(Object.values(Locale)));
    expect(used((c) => c.riskAreaSlugs)).toEqual(new Set(slugsOfKind('RISK_AREA')));
  });
});
