// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

export enum MemberStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  /** Personal data removed; content stays as "former member" (DOMAIN §11). */
  DELETED = 'DELETED',
}

registerEnumType(MemberStatus, { name: 'MemberStatus' });
