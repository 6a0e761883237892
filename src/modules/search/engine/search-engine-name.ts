// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** Which engine answered a search; the values are the names used in logs and configuration. */
export enum SearchEngineName {
  POSTGRES = 'postgres',
  MEILISEARCH = 'meilisearch',
}

registerEnumType(SearchEngineName, {
  name: 'SearchEngine',
  description: 'The engine that answered a search.',
  valuesMap: {
    POSTGRES: { description: 'PostgreSQL full-text search (the default).' },
    MEILISEARCH: { description: 'Meilisearch (with MEILI_URL).' },
  },
});
