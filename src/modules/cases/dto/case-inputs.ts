import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Min,
} from 'class-validator';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CaseOutcome, CaseStatus } from 'src/modules/cases/case-enums';
import { CreateCaseInput } from 'src/modules/cases/dto/create-case.input';

/** Any subset of the fields; `null` clears an optional one. */
@InputType()
export class UpdateCaseInput extends PartialType(CreateCaseInput) {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => Int, { description: 'The version the edit is based on; a stale one is a CONFLICT.' })
  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@InputType()
export class SubmitCaseInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Fingerprints of screening findings the author confirms are not personal data.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @Length(16, 16, { each: true })
  acknowledgedFindings?: string[];
}

@InputType()
export class WithdrawCaseInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;
}

@InputType()
export class CaseFilterInput {
  @Field(() => [ID], { nullable: true, description: 'Cases with any of these topics.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  topicIds?: string[];

  @Field(() => [String], { nullable: true, description: 'Cases involving any of these countries.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @Length(2, 2, { each: true })
  countryCodes?: string[];

  @Field(() => [CaseOutcome], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(CaseOutcome, { each: true })
  outcomes?: CaseOutcome[];

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  years?: number[];

  @Field(() => [CaseStatus], {
    nullable: true,
    description:
      'Default PUBLISHED. Authors find their drafts with DRAFT; moderators use SUBMITTED.',
  })
  @IsOptional()
  @IsArray()
  @IsEnum(CaseStatus, { each: true })
  statuses?: CaseStatus[];

  @Field(() => [SharingLevel], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(SharingLevel, { each: true })
  sharingLevels?: SharingLevel[];

  @Field(() => Boolean, { nullable: true, description: 'Only cases the viewer wrote.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}
