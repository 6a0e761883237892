// SPDX-License-Identifier: EUPL-1.2
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { searchDictionariesDir } from 'src/database/search-dictionaries';
import { SWEDISH_STOP_WORDS } from 'src/modules/search/language/search-stop-words';

describe('Swedish stop words', () => {
  it('are the same in samrad_sv.stop (PostgreSQL) as in the list Meilisearch gets, unaccented', () => {
    const file = readFileSync(join(searchDictionariesDir(), 'samrad_sv.stop'), 'utf8')
      .split('\n')
      .filter(Boolean);
    const unaccented = SWEDISH_STOP_WORDS.map((w) => w.normalize('NFD').replace(/\p{M}/gu, ''));
    expect(file).toEqual([...new Set(unaccented)]);
  });
});
