// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

export enum Locale {
  SV = 'SV',
  EN = 'EN',
}

registerEnumType(Locale, { name: 'Locale' });
