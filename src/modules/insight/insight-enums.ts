// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** What the rows of an insight table are. */
export enum InsightDimension {
  TOPIC = 'TOPIC',
  COUNTRY = 'COUNTRY',
  LEVEL_BAND = 'LEVEL_BAND',
}
registerEnumType(InsightDimension, {
  name: 'InsightDimension',
  valuesMap: {
    TOPIC: {
      description: 'Topics; an item with several topics counts in each (no column totals).',
    },
    COUNTRY: {
      description: 'Countries; an item with several countries counts in each (no column totals).',
    },
    LEVEL_BAND: {
      description:
        'COMMUNITY (CLEAR and GREEN), AMBER and RESTRICTED (AMBER_STRICT and RED): the only table that counts restricted items.',
    },
  },
});

/** What the columns of an insight table are. */
export enum InsightPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(InsightPeriod, { name: 'InsightPeriod' });

export enum InsightItemKind {
  CASE = 'CASE',
  QUESTION = 'QUESTION',
}
registerEnumType(InsightItemKind, { name: 'InsightItemKind' });
