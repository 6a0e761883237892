import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { AuditActionEnum, type AuditActionName } from 'src/modules/audit/audit-action';

@InputType()
export class AuditLogFilter {
  @Field(() => [AuditActionEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  actions?: AuditActionName[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

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
