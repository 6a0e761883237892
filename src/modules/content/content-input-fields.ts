// SPDX-License-Identifier: EUPL-1.2
import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { HasVisibleText } from 'src/common/validation/has-visible-text.decorator';
import { IsSafeMarkdown } from 'src/modules/markdown/is-safe-markdown.decorator';

/**
 * GraphQL field and validation in one decorator for the text every content type asks for, so a
 * title, summary or body is checked the same way wherever it appears: a length, at least `min`
 * visible characters (whitespace and invisible code points do not count), and for Markdown the
 * safe subset (no raw HTML, images or unsafe links).
 */
export const ContentTextField = (options: {
  min: number;
  max: number;
  markdown?: boolean;
  description?: string;
}) =>
  applyDecorators(
    Field(() => String, options.description ? { description: options.description } : {}),
    IsString(),
    Length(options.min, options.max),
    HasVisibleText(options.min),
    ...(options.markdown ? [IsSafeMarkdown()] : []),
  );

/** Optional Markdown that may be left out or cleared with null. */
export const OptionalMarkdownField = (options: { max: number; description: string }) =>
  applyDecorators(
    Field(() => String, { nullable: true, description: options.description }),
    IsOptional(),
    IsString(),
    MaxLength(options.max),
    IsSafeMarkdown(),
  );
