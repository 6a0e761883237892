// SPDX-License-Identifier: EUPL-1.2
import { applyDecorators } from '@nestjs/common';
import { Field, ID, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
} from 'class-validator';

/**
 * GraphQL field and validation in one decorator for the list inputs every content type shares
 * (ids, country codes, enum filters, acknowledged findings), so each is declared and checked
 * the same way wherever it appears.
 */
interface ListOptions {
  description?: string;
  /** Optional and nullable (the default); false makes it required. */
  nullable?: boolean;
  min?: number;
  max: number;
}

const listBase = (options: ListOptions) => [
  ...(options.nullable === false ? [] : [IsOptional()]),
  IsArray(),
  ...(options.min ? [ArrayMinSize(options.min)] : []),
  ArrayMaxSize(options.max),
];

const fieldOptions = (options: { description?: string; nullable?: boolean }) => ({
  nullable: options.nullable !== false,
  ...(options.description ? { description: options.description } : {}),
});

/** A list of UUIDs (topics, organisations, members, …). */
export const IdListField = (options: ListOptions) =>
  applyDecorators(
    Field(() => [ID], fieldOptions(options)),
    ...listBase(options),
    IsUUID('all', { each: true }),
  );

/** ISO 3166-1 alpha-2 codes; which codes exist is checked against the country catalogue. */
export const CountryCodesField = (options: ListOptions) =>
  applyDecorators(
    Field(() => [String], fieldOptions(options)),
    ...listBase(options),
    IsString({ each: true }),
    Length(2, 2, { each: true }),
  );

/** A filter on any of some enum values. */
export const EnumListField = (values: object, options: { description?: string } = {}) =>
  applyDecorators(
    Field(() => [values], fieldOptions(options)),
    IsOptional(),
    IsArray(),
    IsEnum(values, { each: true }),
  );

/** Years a filter accepts: wide enough for any case, narrow enough for a smallint column. */
export const FILTER_YEARS = { min: 1900, max: 2100 } as const;

/** A filter on any of some years, each within FILTER_YEARS. */
export const YearListField = (options: ListOptions) =>
  applyDecorators(
    Field(() => [Int], {
      ...fieldOptions(options),
      description:
        options.description ?? `Any of these years (${FILTER_YEARS.min}–${FILTER_YEARS.max}).`,
    }),
    ...listBase(options),
    IsInt({ each: true }),
    Min(FILTER_YEARS.min, {
      each: true,
      message: `each value in $property must be at least ${FILTER_YEARS.min}`,
    }),
    Max(FILTER_YEARS.max, {
      each: true,
      message: `each value in $property must be at most ${FILTER_YEARS.max}`,
    }),
  );

/** Fingerprints of screening findings the author confirms are not personal data. */
export const AcknowledgedFindingsField = () =>
  applyDecorators(
    Field(() => [String], {
      nullable: true,
      description: 'Fingerprints of screening findings the author confirms are not personal data.',
    }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(200),
    IsString({ each: true }),
    Length(16, 16, { each: true }),
  );

/** Optimistic concurrency on updates: the version the edit is based on. */
export const ExpectedVersionField = () =>
  applyDecorators(
    Field(() => Int, {
      description: 'The version the edit is based on; a stale one is a CONFLICT.',
    }),
    IsInt(),
    Min(1),
  );
