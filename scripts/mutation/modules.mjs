// SPDX-License-Identifier: EUPL-1.2
// The modules `npm run test:mutation` mutates (issue 17), each with the narrow set of specs
// that exercise it. Stryker runs one module at a time and Jest sees only these specs, so a
// mutant never boots test files that cannot reach it. `tier: 'db'` modules need PostgreSQL
// and Redis (their specs clone the test database); `tier: 'unit'` modules need nothing and
// are the incremental subset CI runs.
export const mutationModules = [
  {
    name: 'access-policy',
    tier: 'db',
    mutate: [
      'src/modules/access-policy/access-policy.ts',
      'src/modules/access-policy/audience-validator.ts',
    ],
    // The policy's SQL and in-memory rule against an empty database, and the audience
    // validator on organisation and member rows of its own (the case and question e2e specs
    // reach it through whole apps and stay in the normal suite only).
    tests: [
      'src/modules/access-policy/access-policy.spec.ts',
      'test/integration/access-policy.int-spec.ts',
      'test/integration/audience-validator.int-spec.ts',
    ],
  },
  {
    name: 'attribution',
    tier: 'unit',
    mutate: ['src/modules/attribution/author-presentation.ts'],
    tests: ['src/modules/attribution/author-presentation.spec.ts'],
  },
  // Screening in four parts (about 660 mutants in all, most of them in the name detectors'
  // word lists and patterns): each part runs in one sitting on a shared machine. Each detector
  // is tested by its own spec and by the screener's, which run it on the corpus.
  {
    name: 'screening-identity',
    tier: 'unit',
    mutate: ['src/modules/screening/personal-identity-number.detector.ts'],
    tests: [
      'src/modules/screening/personal-identity-number.detector.spec.ts',
      'src/modules/screening/pii-screener.spec.ts',
      'src/modules/screening/pii-screener.corpus.spec.ts',
    ],
  },
  {
    name: 'screening-contact',
    tier: 'unit',
    mutate: [
      'src/modules/screening/email.detector.ts',
      'src/modules/screening/phone-number.detector.ts',
    ],
    tests: [
      'src/modules/screening/email.detector.spec.ts',
      'src/modules/screening/phone-number.detector.spec.ts',
      'src/modules/screening/pii-screener.spec.ts',
      'src/modules/screening/pii-screener.corpus.spec.ts',
    ],
  },
  {
    name: 'screening-names',
    tier: 'unit',
    mutate: [
      'src/modules/screening/person-name.detector.ts',
      'src/modules/screening/organisation-name.detector.ts',
    ],
    tests: [
      'src/modules/screening/person-name.detector.spec.ts',
      'src/modules/screening/organisation-name.detector.spec.ts',
      'src/modules/screening/pii-screener.spec.ts',
      'src/modules/screening/pii-screener.corpus.spec.ts',
    ],
  },
  {
    name: 'screening-screener',
    tier: 'unit',
    mutate: [
      'src/modules/screening/pii-screener.ts',
      'src/modules/screening/finding-overlaps.ts',
      'src/modules/screening/finding.factory.ts',
    ],
    tests: [
      'src/modules/screening/finding-overlaps.spec.ts',
      'src/modules/screening/finding.factory.spec.ts',
      'src/modules/screening/pii-screener.spec.ts',
      'src/modules/screening/pii-screener.corpus.spec.ts',
      'src/modules/screening/screening.service.spec.ts',
    ],
  },
  {
    name: 'case-workflow',
    tier: 'unit',
    mutate: ['src/modules/cases/case-workflow.ts'],
    tests: ['src/modules/cases/case-workflow.spec.ts'],
  },
  {
    name: 'question-workflow',
    tier: 'unit',
    mutate: ['src/modules/questions/question-workflow.ts'],
    tests: ['src/modules/questions/question-workflow.spec.ts'],
  },
  {
    name: 'outbox-relay',
    tier: 'db',
    mutate: ['src/modules/outbox/outbox-relay.ts'],
    // The relay on its own (a database, BullMQ on Redis), in seconds. outbox-claim and
    // outbox-relay boot whole apps on both backends (about a minute a mutant) and stay in the
    // normal suite only.
    tests: ['test/integration/outbox-relay-direct.int-spec.ts'],
  },
  {
    name: 'sign-in-limiter',
    tier: 'db',
    mutate: ['src/modules/auth/sign-in-rate-limiter.ts'],
    // The limiter on its own against both stores, in seconds; the e2e spec (about 500 argon2
    // sign-ins) checks the same rules through the API and stays in the normal suite only.
    tests: ['test/integration/sign-in-rate-limiter.int-spec.ts'],
  },
  {
    name: 'password-policy',
    tier: 'unit',
    mutate: ['src/modules/auth/password-policy.ts'],
    tests: ['src/modules/auth/password-policy.spec.ts'],
  },
  {
    name: 'digest-selection',
    tier: 'unit',
    mutate: ['src/modules/digests/digest-selection.ts'],
    tests: ['src/modules/digests/digest-selection.spec.ts'],
  },
  {
    name: 'digest-planner',
    tier: 'db',
    mutate: ['src/modules/digests/digest-planner.ts'],
    // The planner on its own against rows written by the spec; the e2e spec (whole apps, real
    // mail) covers the same and stays in the normal suite only.
    tests: ['test/integration/digest-planner.int-spec.ts'],
  },
  {
    name: 'notification-router',
    tier: 'db',
    mutate: ['src/modules/notifications/notification-router.ts'],
    // The router built from the real services against rows written by the spec, in seconds; the
    // e2e specs (whole apps, the relay and the workers) cover the same and stay in the normal
    // suite only.
    tests: ['test/integration/notification-router.int-spec.ts'],
  },
  {
    name: 'cursors',
    tier: 'unit',
    mutate: ['src/graph/pagination/cursor.ts', 'src/common/secret-box.ts'],
    tests: ['src/graph/pagination/cursor.spec.ts', 'src/common/secret-box.spec.ts'],
  },
];
