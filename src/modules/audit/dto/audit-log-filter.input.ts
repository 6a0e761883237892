// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from 'src/graph/pagination/page-args';
import {
  AuditActionEnum,
  AuditTargetType,
  type AuditActionName,
  type AuditTargetTypeName,
} from 'src/modules/audit/audit-action';

@InputType()
export class AuditLogFilter {
  @Field(() => [AuditActionEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  actions?: AuditActionName[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field(() => [AuditTargetType], {
    nullable: true,
    description: 'Entries about any of these kinds of target.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsEnum(AuditTargetType, { each: true })
  targetTypes?: AuditTargetTypeName[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  targetId?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  since?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  until?: Date;
}

/** `auditLog(filter, first, after)`: the filter is validated like every input (see SearchArgs). */
@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter | null;
}
