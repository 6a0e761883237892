// SPDX-License-Identifier: EUPL-1.2
// Jest's globalSetup runs outside the test module system, so `moduleNameMapper` does not apply:
// map our absolute `src/...` and `test/...` imports to files here, then run the TypeScript setup
// (Jest transpiles what this file requires).
const Module = require('node:module');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const mapped = /^(src|test)\//.test(request) ? path.join(root, request) : request;
  return resolve.call(this, mapped, ...rest);
};

/**
 * What the template build's imports put on Jest's own `globalThis`, kept out of it between
 * setups. The build loads our entities, and with them TypeORM and @nestjs/graphql, which keep
 * their metadata registries on the global object (`typeormMetadataArgsStorage`,
 * `GqlTypeMetadataStorage`, `GqlLazyMetadataStorageHost`). jest-environment-node copies every
 * property of Jest's process global into each test file's fresh context, so when test files
 * run in Jest's own process (`--runInBand`, a single file, Stryker's test runner) every file
 * would share those registries: the second file to boot the app then builds its schema from
 * the first file's classes too, whose `Boolean` belongs to another realm ("Cannot determine a
 * GraphQL output type for the `hasNextPage`"). Each file must register its own classes in its
 * own registries. Put back before the next setup in this process (Jest's watch mode, Stryker:
 * one globalSetup per run), so the setup's own modules find their state again.
 */
const setupGlobals = new Map();

module.exports = async function globalSetup() {
  for (const [key, descriptor] of setupGlobals) Object.defineProperty(globalThis, key, descriptor);
  const before = new Set(Object.getOwnPropertyNames(globalThis));
  try {
    const { buildTemplateDatabase } = require('./build-template-database.ts');
    await buildTemplateDatabase();
  } finally {
    for (const key of Object.getOwnPropertyNames(globalThis)) {
      if (before.has(key) && !setupGlobals.has(key)) continue;
      setupGlobals.set(key, Object.getOwnPropertyDescriptor(globalThis, key));
      delete globalThis[key];
    }
  }
};
