import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsDate, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType()
export class AuditLogFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  actions?: string[];

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
