#!/usr/bin/env node
// SPDX-License-Identifier: EUPL-1.2
// Copies the Swedish search dictionary (search/dictionaries/samrad_sv.*) into a PostgreSQL
// `tsearch_data` folder: `node scripts/install-search-dictionaries.mjs [folder]`, by default
// `$(pg_config --sharedir)/tsearch_data` (usually needs root). The SwedishDictionary migration
// refuses to run without these files. `npm run dev` (embedded PostgreSQL) and the test global
// setup install them themselves; the production image's PostgreSQL gets them at build time
// (docker/postgres.Dockerfile). A running server needs no restart.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FILES = ['samrad_sv.dict', 'samrad_sv.affix', 'samrad_sv.stop'];
const source = resolve(import.meta.dirname, '..', 'search', 'dictionaries');
const target =
  process.argv[2] ??
  join(execFileSync('pg_config', ['--sharedir'], { encoding: 'utf8' }).trim(), 'tsearch_data');
for (const name of FILES) {
  const from = join(source, name);
  const to = join(target, name);
  if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) continue;
  copyFileSync(from, to);
  console.log(`installed ${to}`);
}
console.log(`search dictionaries are in ${target}`);
