// SPDX-License-Identifier: EUPL-1.2
import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { Errors, type FieldProblem } from 'src/graph/errors/app-error';
import { UNSTORABLE_TEXT_MESSAGE, findUnstorableText } from 'src/graph/errors/unstorable-text';

/** One field problem per failed constraint, named by its path from the argument (`filter.years`). */
function flatten(errors: ValidationError[], prefix = ''): (FieldProblem & { property: string })[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message,
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
      const fields = unstorable.map((field) => ({ field, message: UNSTORABLE_TEXT_MESSAGE }));
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
        problems.map(({ field, message }) => ({ field, message })),
      );
    },
  });
}
