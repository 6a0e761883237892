// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** DOMAIN §1. */
export enum Role {
  MEMBER = 'MEMBER',
  EXPERT = 'EXPERT',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
  ORG_CONTACT = 'ORG_CONTACT',
  /** Drafts and publishes guideline versions (DOMAIN §13). */
  EDITOR = 'EDITOR',
}

registerEnumType(Role, { name: 'Role' });
