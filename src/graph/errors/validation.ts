// SPDX-License-Identifier: EUPL-1.2
import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { Errors, type FieldProblem } from 'src/graph/errors/app-error';
import { FieldProblemReason as Reason } from 'src/graph/errors/field-problem-reason';
import { UNSTORABLE_TEXT_MESSAGE, findUnstorableText } from 'src/graph/errors/unstorable-text';

/** The reason for each class-validator constraint our inputs use (the rest are INVALID). */
const REASON_OF_CONSTRAINT: Record<string, Reason> = {
  isDefined: Reason.REQUIRED,
  arrayMinSize: Reason.REQUIRED,
  minLength: Reason.TOO_SHORT,
  maxLength: Reason.TOO_LONG,
  arrayMaxSize: Reason.TOO_MANY,
  matches: Reason.FORMAT,
  isEmail: Reason.FORMAT,
  isUuid: Reason.FORMAT,
  isDate: Reason.FORMAT,
  isInt: Reason.FORMAT,
  min: Reason.OUT_OF_RANGE,
  max: Reason.OUT_OF_RANGE,
  isEnum: Reason.UNKNOWN,
  isIn: Reason.UNKNOWN,
  whitelistValidation: Reason.NOT_ALLOWED,
};

/**
 * A failed constraint as a reason and, for a length or size, the bound it broke. `@Length`
 * fails one way or the other under one name; its message says which ("longer than or equal
 * to 3", "shorter than or equal to 200"), and class-validator puts each bound in its message.
 */
function reasonOf(constraint: string, message: string): Pick<FieldProblem, 'reason' | 'limit'> {
  const reason =
    constraint === 'isLength'
      ? message.includes('longer than')
        ? Reason.TOO_SHORT
        : Reason.TOO_LONG
      : (REASON_OF_CONSTRAINT[constraint] ?? Reason.INVALID);
  const bounded = [Reason.TOO_SHORT, Reason.TOO_LONG, Reason.TOO_MANY].includes(reason);
  const limit = bounded ? Number(/\d+/.exec(message)?.[0]) : Number.NaN;
  return Number.isFinite(limit) ? { reason, limit } : { reason };
}

/** One field problem per failed constraint, named by its path from the argument (`filter.years`). */
function flatten(errors: ValidationError[], prefix = ''): (FieldProblem & { property: string })[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message,
      ...reasonOf(constraint, message),
      property: error.property,
    }));
    return own.concat(flatten(error.children ?? [], field));
  });
}

/**
 * The summary line for one problem. class-validator's messages already start with the property
 * ("reason must be longer than…"), so the path replaces it rather than repeating it.
 */
export function describeProblem(problem: FieldProblem & { property: string }): string {
  const { field, message, property } = problem;
  return message.startsWith(`${property} `)
    ? `${field}${message.slice(property.length)}`
    : `${field}: ${message}`;
}

/**
 * `@Args()`: Nest reports GraphQL arguments as 'body' (GqlParamtype.ARGS shares its number with
 * RouteParamtypes.BODY); the parent, context and info are 'custom' and are not input.
 */
function isGraphqlArgument(metadata: ArgumentMetadata): boolean {
  return metadata.type === 'body';
}

/**
 * Validates every resolver argument before any service code runs. Strings anywhere in an
 * argument must be storable text (see unstorable-text.ts); input objects are then checked with
 * class-validator. A failure is one BAD_USER_INPUT error that lists each field and what is
 * wrong with it.
 */
class ArgumentValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const unstorable = isGraphqlArgument(metadata)
      ? findUnstorableText(value, metadata.data ?? '')
      : [];
    if (unstorable.length) {
      const fields = unstorable.map((field) => ({
        field,
        message: UNSTORABLE_TEXT_MESSAGE,
        reason: Reason.FORMAT,
      }));
      throw Errors.badInput(
        `Invalid input: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
        fields,
      );
    }
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new ArgumentValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return Errors.badInput(
        `Invalid input: ${problems.map(describeProblem).join('; ')}`,
        problems.map(({ property: _property, ...problem }) => problem),
      );
    },
  });
}
