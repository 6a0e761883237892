// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'src/graph/scalars/json-object.scalar';
import { Connection } from 'src/graph/pagination/connection.type';
import {
  AuditActionEnum,
  AuditTargetType,
  type AuditActionName,
  type AuditTargetTypeName,
} from 'src/modules/audit/audit-action';

@ObjectType('AuditLogEntry')
export class AuditLogEntryType {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => AuditActionEnum)
  action!: AuditActionName;

  @Field(() => AuditTargetType, { nullable: true })
  targetType!: AuditTargetTypeName | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLJSONObject)
  details!: Record<string, unknown>;
}

export const AuditLogConnection = Connection(AuditLogEntryType, 'AuditLog');
