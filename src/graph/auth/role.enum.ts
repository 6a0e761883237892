// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

/** DOMAIN §1. */
export enum Role {
  MEMBER = 'MEMBER',
  EXPERT = 'EXPERT',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
  ORG_CONTACT = 'ORG_CONTACT',
}

registerEnumType(Role, { name: 'Role' });
