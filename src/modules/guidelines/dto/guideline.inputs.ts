// SPDX-License-Identifier: EUPL-1.2
import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { GuidelineKind } from 'src/modules/guidelines/guideline-enums';
import { IsSafeMarkdown } from 'src/modules/markdown/is-safe-markdown.decorator';

export const KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const KEY_MESSAGE = 'lower-case letters, digits and single hyphens, e.g. know-your-partner';

/** At most this many assessment questions per section (DOMAIN §15). */
export const MAX_QUESTIONS_PER_SECTION = 30;

@InputType({ description: 'An assessment question of a section (DOMAIN §15).' })
export class GuidelineQuestionInput {
  @Field({
    description: 'Stable key, unique in the version: keep it when the question is reworded.',
  })
  @IsString()
  @Length(1, 64)
  @Matches(KEY_PATTERN, { message: `key: ${KEY_MESSAGE}` })
  key!: string;

  @Field({ description: 'Plain text.' })
  @IsString()
  @Length(1, 1000)
  textSv!: string;

  @Field({ description: 'Plain text.' })
  @IsString()
  @Length(1, 1000)
  textEn!: string;
}

@InputType()
export class GuidelineSectionInput {
  @Field({ description: 'Stable key: keep it when the section is edited in a later version.' })
  @IsString()
  @Length(1, 64)
  @Matches(KEY_PATTERN, { message: `key: ${KEY_MESSAGE}` })
  key!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  headingSv!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  headingEn!: string;

  @Field({ description: 'Markdown.' })
  @IsString()
  @Length(1, 20000)
  @IsSafeMarkdown()
  bodySv!: string;

  @Field({ description: 'Markdown.' })
  @IsString()
  @Length(1, 20000)
  @IsSafeMarkdown()
  bodyEn!: string;

  @Field(() => [GuidelineQuestionInput], {
    nullable: true,
    defaultValue: [],
    description: `Assessment questions, in order (at most ${MAX_QUESTIONS_PER_SECTION}); keys unique in the version.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_QUESTIONS_PER_SECTION)
  @ValidateNested({ each: true })
  @Type(() => GuidelineQuestionInput)
  questions?: GuidelineQuestionInput[];
}

@InputType()
export class CreateGuidelineInput {
  @Field({ description: 'The address of the document, e.g. national-guidelines.' })
  @IsString()
  @Length(2, 80)
  @Matches(KEY_PATTERN, { message: `slug: ${KEY_MESSAGE}` })
  slug!: string;

  @Field(() => GuidelineKind)
  @IsEnum(GuidelineKind)
  kind!: GuidelineKind;

  @Field()
  @IsString()
  @Length(1, 200)
  titleSv!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  titleEn!: string;

  @Field(() => [GuidelineSectionInput], { description: 'The first draft’s sections.' })
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => GuidelineSectionInput)
  sections!: GuidelineSectionInput[];
}

@InputType()
export class UpdateGuidelineDraftInput {
  @Field(() => ID)
  @IsUUID()
  versionId!: string;

  @Field(() => Date, {
    description: 'The draft’s updatedAt as last read: CONFLICT if someone saved it since.',
  })
  @Type(() => Date)
  @IsDate()
  expectedUpdatedAt!: Date;

  @Field()
  @IsString()
  @Length(1, 200)
  titleSv!: string;

  @Field()
  @IsString()
  @Length(1, 200)
  titleEn!: string;

  @Field({ description: 'What changed, for readers and followers (plain text).' })
  @IsString()
  @MaxLength(2000)
  changeNoteSv!: string;

  @Field()
  @IsString()
  @MaxLength(2000)
  changeNoteEn!: string;

  @Field(() => [GuidelineSectionInput], { description: 'Every section, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => GuidelineSectionInput)
  sections!: GuidelineSectionInput[];
}

@InputType()
export class MarkGuidelineReadInput {
  @Field(() => ID)
  @IsUUID()
  guidelineId!: string;

  @Field(() => Int, { description: 'The published version read.' })
  @IsInt()
  @Min(1)
  versionNumber!: number;
}

@InputType({ description: 'A section of a guideline at a published version.' })
export class CitationInput {
  @Field(() => ID, { description: 'A published guideline version.' })
  @IsUUID()
  versionId!: string;

  @Field()
  @IsString()
  @Length(1, 64)
  sectionKey!: string;
}

/** Shared by the case, question and answer inputs: up to 20 citations, replacing the stored. */
export const MAX_CITATIONS = 20;

/** The `citations` field of the case, question and answer inputs. */
export function CitationsField(): PropertyDecorator {
  return applyDecorators(
    Field(() => [CitationInput], {
      nullable: true,
      description: `Sections of guidelines cited, each at a published version (at most ${MAX_CITATIONS}); on edit, replaces the list, and leaving it out keeps it.`,
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(MAX_CITATIONS),
    ValidateNested({ each: true }),
    Type(() => CitationInput),
  );
}
