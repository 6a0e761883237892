// SPDX-License-Identifier: EUPL-1.2
import { ArgsType, Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';
import { FindingKind } from 'src/modules/screening/screening.types';

/** Longer texts are refused rather than screened: no case field comes near it. */
export const MAX_SCREENED_TEXT_LENGTH = 100_000;

// Registered here rather than beside the enum so the screener itself stays free of NestJS.
registerEnumType(FindingKind, {
  name: 'FindingKind',
  description: 'What a screening finding reveals (DOMAIN §4).',
  valuesMap: {
    PERSONAL_IDENTITY_NUMBER: { description: 'A checksum-valid Swedish personnummer.' },
    COORDINATION_NUMBER: { description: 'A checksum-valid Swedish samordningsnummer.' },
    EMAIL: { description: 'An e-mail address.' },
    PHONE_NUMBER: { description: 'A phone number, Swedish or international.' },
    PERSON_NAME: { description: "A person's name." },
    ORGANISATION_NAME: {
      description: 'The name or short form of a member organisation; it can reveal the author.',
    },
  },
});

@ObjectType('ScreeningFinding', {
  description:
    'Personal data or an organisation name found in a text; it must be removed, or acknowledged by its fingerprint when `acknowledgeable`, before the text is shared.',
})
export class ScreeningFindingType {
  @Field(() => FindingKind)
  kind!: FindingKind;

  @Field(() => String, {
    nullable: true,
    description: 'The field the finding is in; null when a single text was screened.',
  })
  field!: string | null;

  @Field(() => Int, { description: 'UTF-16 offset of the first character.' })
  start!: number;

  @Field(() => Int, { description: 'UTF-16 offset after the last character (exclusive).' })
  end!: number;

  @Field({ description: 'The matched text, `text.slice(start, end)`.' })
  text!: string;

  @Field({
    description: 'Stable id of what was found, independent of where; acknowledgements refer to it.',
  })
  fingerprint!: string;

  @Field({
    description:
      'False for personal identity and coordination numbers: they cannot be acknowledged and must be removed.',
  })
  acknowledgeable!: boolean;
}

@ArgsType()
export class ScreenTextArgs {
  @Field({ description: `The text to screen, at most ${MAX_SCREENED_TEXT_LENGTH} characters.` })
  @IsString()
  @MaxLength(MAX_SCREENED_TEXT_LENGTH)
  text!: string;
}
