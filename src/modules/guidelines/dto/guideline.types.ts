// SPDX-License-Identifier: EUPL-1.2
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import {
  DiffPartKind,
  GuidelineKind,
  GuidelineVersionStatus,
  SectionChange,
} from 'src/modules/guidelines/guideline-enums';
import { RichText } from 'src/modules/markdown/rich-text.type';

@ObjectType('GuidelineQuestion', {
  description:
    'An assessment question of a section (DOMAIN §15); its key is stable across versions.',
})
export class GuidelineQuestionType {
  @Field()
  key!: string;

  @Field()
  textSv!: string;

  @Field()
  textEn!: string;
}

@ObjectType('GuidelineSection', {
  description: 'A section of one guideline version; its key is the same in every version.',
})
export class GuidelineSectionType {
  @Field({ description: 'Stable across versions: use it in links (#key) and citations.' })
  key!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  headingSv!: string;

  @Field()
  headingEn!: string;

  @Field(() => RichText)
  bodySv!: RichText;

  @Field(() => RichText)
  bodyEn!: RichText;

  /** The version the section belongs to, for the `questions` field's loader. */
  versionId!: string;
}

@ObjectType('GuidelineVersion')
export class GuidelineVersionType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  guidelineId!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => GuidelineVersionStatus)
  status!: GuidelineVersionStatus;

  @Field()
  titleSv!: string;

  @Field()
  titleEn!: string;

  @Field({ description: 'What changed in this version, in Swedish (plain text).' })
  changeNoteSv!: string;

  @Field()
  changeNoteEn!: string;

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('Guideline', {
  description: 'A guideline document (DOMAIN §13): its text lives in its versions.',
})
export class GuidelineType {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field(() => GuidelineKind)
  kind!: GuidelineKind;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('DiffPart')
export class DiffPartType {
  @Field(() => DiffPartKind)
  kind!: DiffPartKind;

  @Field()
  text!: string;
}

@ObjectType('GuidelineSectionDiff', {
  description: 'How one section (by key) differs between two versions, word by word.',
})
export class GuidelineSectionDiffType {
  @Field()
  key!: string;

  @Field(() => SectionChange)
  change!: SectionChange;

  @Field()
  headingSv!: string;

  @Field()
  headingEn!: string;

  @Field(() => [DiffPartType])
  headingSvParts!: DiffPartType[];

  @Field(() => [DiffPartType])
  headingEnParts!: DiffPartType[];

  @Field(() => [DiffPartType], { description: 'The Markdown source, compared word by word.' })
  bodySvParts!: DiffPartType[];

  @Field(() => [DiffPartType])
  bodyEnParts!: DiffPartType[];
}

@ObjectType('GuidelineDiff')
export class GuidelineDiffType {
  @Field(() => GuidelineVersionType)
  from!: GuidelineVersionType;

  @Field(() => GuidelineVersionType)
  to!: GuidelineVersionType;

  @Field(() => [GuidelineSectionDiffType])
  sections!: GuidelineSectionDiffType[];
}

@ObjectType('Citation', {
  description:
    'A section of a guideline at the version cited. Read only with the case, question or answer that cites it.',
})
export class CitationType {
  @Field(() => ID)
  id!: string;

  // Flat fields and no section text: a list of cases or questions (up to 100, each with its
  // citations) must stay within the query cost limit. The text at the version cited is one
  // link away: `guideline(ref: guidelineSlug) { version(number: versionNumber) }`.
  @Field({ description: 'The guideline’s address, for links.' })
  guidelineSlug!: string;

  @Field(() => ID, {
    description: 'The version cited, as CitationInput names it (editors keep citations with it).',
  })
  versionId!: string;

  @Field(() => Int, { description: 'The version cited.' })
  versionNumber!: number;

  @Field({ description: 'The title of the guideline at the version cited.' })
  titleSv!: string;

  @Field()
  titleEn!: string;

  @Field()
  sectionKey!: string;

  @Field({ description: 'The heading of the section at the version cited.' })
  headingSv!: string;

  @Field()
  headingEn!: string;

  @Field(() => Int, { description: 'The newest published version of the guideline.' })
  latestVersionNumber!: number;

  @Field({ description: 'A version newer than the one cited has been published.' })
  newerVersionExists!: boolean;

  @Field({
    description:
      'The section reads differently in the newest version (or is gone from it); false when none is newer.',
  })
  sectionChangedSince!: boolean;
}
