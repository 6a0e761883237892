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

module.exports = async function globalSetup() {
  const { buildTemplateDatabase } = require('./build-template-database.ts');
  await buildTemplateDatabase();
};
