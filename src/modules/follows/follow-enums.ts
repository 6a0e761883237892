// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

export enum FollowTargetType {
  TOPIC = 'TOPIC',
  COUNTRY = 'COUNTRY',
  QUESTION = 'QUESTION',
  CASE = 'CASE',
  GUIDELINE = 'GUIDELINE',
}

/** How often a member hears about what they follow (DOMAIN §9). */
export enum FollowFrequency {
  INSTANT = 'INSTANT',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

registerEnumType(FollowTargetType, { name: 'FollowTargetType' });
registerEnumType(FollowFrequency, {
  name: 'FollowFrequency',
  valuesMap: {
    INSTANT: { description: 'A notification for each new item.' },
    DAILY: { description: 'In the daily digest, 07:00 Stockholm time.' },
    WEEKLY: { description: 'In the weekly digest, Mondays 07:00 Stockholm time.' },
  },
});
