// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** How an item names its author (DOMAIN §3). */
export enum Attribution {
  NAMED = 'NAMED',
  ORGANISATION = 'ORGANISATION',
  ANONYMOUS = 'ANONYMOUS',
}

registerEnumType(Attribution, {
  name: 'Attribution',
  valuesMap: {
    NAMED: { description: 'Person and organisation shown.' },
    ORGANISATION: { description: 'Organisation shown, person hidden.' },
    ANONYMOUS: { description: "Only the kind of organisation shown, e.g. 'a Swedish university'." },
  },
});
