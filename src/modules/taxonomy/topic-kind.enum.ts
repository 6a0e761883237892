// SPDX-License-Identifier: EUPL-1.2
import { registerEnumType } from '@nestjs/graphql';

export enum TopicKind {
  RISK_AREA = 'RISK_AREA',
  COLLABORATION_TYPE = 'COLLABORATION_TYPE',
  TECHNOLOGY_AREA = 'TECHNOLOGY_AREA',
  RESEARCH_FIELD = 'RESEARCH_FIELD',
}

registerEnumType(TopicKind, {
  name: 'TopicKind',
  description: 'The four taxonomies of DOMAIN §5.',
});
