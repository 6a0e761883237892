// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, ID, InputType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from 'src/graph/pagination/page-args';
import { SharingLevel } from 'src/modules/access-policy/sharing-level.enum';
import { CaseOutcome, CaseStatus } from 'src/modules/cases/case-enums';
import { CreateCaseInput } from 'src/modules/cases/dto/create-case.input';
import {
  AcknowledgedFindingsField,
  CountryCodesField,
  EnumListField,
  ExpectedVersionField,
  IdListField,
  YearListField,
} from 'src/graph/input-fields';

/** Any subset of the fields; `null` clears an optional one. */
@InputType()
export class UpdateCaseInput extends PartialType(CreateCaseInput) {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @ExpectedVersionField()
  expectedVersion!: number;
}

@InputType()
export class SubmitCaseInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;

  @AcknowledgedFindingsField()
  acknowledgedFindings?: string[];
}

@InputType()
export class WithdrawCaseInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;
}

@InputType()
export class DeleteCaseInput {
  @Field(() => ID)
  @IsUUID('all')
  id!: string;
}

@InputType()
export class CaseFilterInput {
  @IdListField({ description: 'Cases with any of these topics.', max: 50 })
  topicIds?: string[];

  @CountryCodesField({ description: 'Cases involving any of these countries.', max: 50 })
  countryCodes?: string[];

  @EnumListField(CaseOutcome)
  outcomes?: CaseOutcome[];

  @YearListField({ max: 50 })
  years?: number[];

  @EnumListField(CaseStatus, {
    description:
      'Default PUBLISHED. Authors find their drafts with DRAFT; moderators use SUBMITTED.',
  })
  statuses?: CaseStatus[];

  @EnumListField(SharingLevel)
  sharingLevels?: SharingLevel[];

  @Field(() => Boolean, { nullable: true, description: 'Only cases the viewer wrote.' })
  @IsOptional()
  @IsBoolean()
  mine?: boolean;
}

/** `cases(filter, first, after)`: the filter is validated like every input (see SearchArgs). */
@ArgsType()
export class CasesArgs extends PageArgs {
  @Field(() => CaseFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CaseFilterInput)
  filter?: CaseFilterInput | null;
}
