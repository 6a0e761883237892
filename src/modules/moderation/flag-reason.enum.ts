// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

export enum FlagReason {
  PERSONAL_DATA = 'PERSONAL_DATA',
  SENSITIVE = 'SENSITIVE',
  OFF_TOPIC = 'OFF_TOPIC',
  INCORRECT = 'INCORRECT',
  ABUSIVE = 'ABUSIVE',
  OTHER = 'OTHER',
}

registerEnumType(FlagReason, { name: 'FlagReason' });
