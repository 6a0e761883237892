import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'src/graph/scalars/json-object.scalar';
import { Connection } from 'src/graph/pagination/connection.type';

@ObjectType('AuditLogEntry')
export class AuditLogEntryType {
  @Field(() => ID)
  id!: string;

  @Field()
  createdAt!: Date;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => GraphQLJSONObject)
  details!: Record<string, unknown>;
}

export const AuditLogConnection = Connection(AuditLogEntryType, 'AuditLog');
