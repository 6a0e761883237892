// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

export enum OrganisationKind {
  HIGHER_EDUCATION = 'HIGHER_EDUCATION',
  RESEARCH_FUNDER = 'RESEARCH_FUNDER',
  AUTHORITY = 'AUTHORITY',
  OTHER = 'OTHER',
}

registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
