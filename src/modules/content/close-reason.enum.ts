// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** Why a question was closed (DOMAIN §7); part of the moderation contract, hence here. */
export enum CloseReason {
  DUPLICATE = 'DUPLICATE',
  OFF_TOPIC = 'OFF_TOPIC',
  OUT_OF_SCOPE = 'OUT_OF_SCOPE',
  RESOLVED = 'RESOLVED',
}

registerEnumType(CloseReason, {
  name: 'CloseReason',
  valuesMap: { DUPLICATE: { description: 'Asked before: duplicateOf links the original.' } },
});
