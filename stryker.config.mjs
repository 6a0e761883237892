// SPDX-License-Identifier: EUPL-1.2
// StrykerJS for one module of scripts/mutation/modules.mjs at a time (`npm run test:mutation`
// picks it through MUTATION_MODULE). The machine is shared: one test process, and each mutant
// runs only the tests that covered its code ('perTest').
import { writeFileSync } from 'node:fs';
import jestConfig from './jest.config.js';
import { mutationModules } from './scripts/mutation/modules.mjs';

const name = process.env.MUTATION_MODULE;
const module = mutationModules.find((m) => m.name === name);
if (!module)
  throw new Error(
    `MUTATION_MODULE must name one of: ${mutationModules.map((m) => m.name).join(', ')}`,
  );

// The TypeScript checker types the mutated files and what they import, not the 700 files that
// import them: over the whole project it re-typed every dependant for every mutant and was the
// slowest part of a run. A mutant that would only break a dependant's types is then tested
// instead of discarded, which can only lower a score. Written for the module being run (one run
// at a time, as run.mjs does; git ignores the file).
writeFileSync(
  'tsconfig.mutation.json',
  `${JSON.stringify(
    {
      extends: './tsconfig.json',
      compilerOptions: { tsBuildInfoFile: './dist/.tsbuildinfo-mutation' },
      include: module.mutate,
    },
    null,
    2,
  )}\n`,
);

const [unit, integration] = jestConfig.projects;
const needsDatabase = module.tests.some((t) => t.startsWith('test/'));
const { displayName: _name, ...project } = needsDatabase ? integration : unit;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  packageManager: 'npm',
  testRunner: 'jest',
  checkers: ['typescript'],
  // Only the mutated files and their imports (written above).
  tsconfigFile: 'tsconfig.mutation.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // Every covering test runs, so the report names every test that kills a mutant (which tests
  // a mutant would survive without), at the cost of a few milliseconds per unit test.
  disableBail: true,
  concurrency: 1,
  mutate: module.mutate,
  jest: {
    projectType: 'custom',
    enableFindRelatedTests: false,
    config: {
      ...project,
      rootDir: '.',
      testTimeout: jestConfig.testTimeout,
      testMatch: module.tests.map((t) => `<rootDir>/${t}`),
    },
  },
  // Only what the specs import goes into the sandbox.
  // Other modules' sandboxes too: Stryker only leaves out the run's own temporary folder.
  ignorePatterns: [
    'web',
    'dist',
    'docs',
    'docker',
    'reports',
    'test/mutation-baseline',
    '.data',
    'coverage',
    '.stryker-tmp',
  ],
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation/${module.name}.json` },
  thresholds: { high: 85, low: 70, break: null },
  // Generous: on a loaded shared machine a normal run can take tens of seconds, and a mutant
  // that only ran slowly must not count as killed by timeout.
  timeoutMS: 60000,
  // A re-run tests only the mutants whose code or covering tests changed since the last run
  // (`npm run test:mutation -- --force` tests them all). The unit tier's files are committed
  // (test/mutation-baseline/), so CI, on a fresh clone, tests only what a change touched; a
  // change to a mutated module or its specs commits the file its run rewrote.
  incremental: true,
  incrementalFile: `test/mutation-baseline/${module.name}.incremental.json`,
  force: process.env.MUTATION_FORCE === '1',
  tempDirName: `.stryker-tmp/${module.name}`,
  cleanTempDir: true,
};
