// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** FIRST Traffic Light Protocol 2.0 (DOMAIN §2), from least to most restrictive. */
export enum SharingLevel {
  CLEAR = 'CLEAR',
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  AMBER_STRICT = 'AMBER_STRICT',
  RED = 'RED',
}

registerEnumType(SharingLevel, {
  name: 'SharingLevel',
  description: 'Who may read an item (TLP 2.0); see DOMAIN §2.',
  valuesMap: {
    CLEAR: { description: 'Anyone, also without signing in.' },
    GREEN: { description: 'Every active member.' },
    AMBER: { description: "The author's organisation and the named recipient organisations." },
    AMBER_STRICT: { description: "The author's organisation only." },
    RED: { description: 'The author and the named recipient members only.' },
  },
});

const RESTRICTIVENESS: Record<SharingLevel, number> = {
  CLEAR: 0,
  GREEN: 1,
  AMBER: 2,
  AMBER_STRICT: 3,
  RED: 4,
};

/** AMBER and RED narrow the audience by hand; the other levels by the author's organisation. */
export function isMoreRestrictive(next: SharingLevel, previous: SharingLevel): boolean {
  return RESTRICTIVENESS[next] > RESTRICTIVENESS[previous];
}

/** Community levels: platform moderators see them and they are moderated before publication. */
export function isCommunityLevel(level: SharingLevel): boolean {
  return level === SharingLevel.CLEAR || level === SharingLevel.GREEN;
}
