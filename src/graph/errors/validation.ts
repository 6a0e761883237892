import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { Errors, type FieldProblem } from 'src/graph/errors/app-error';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(flatten(error.children ?? [], field));
  });
}

/**
 * Validates every input object with class-validator; a failure is one BAD_USER_INPUT error that
 * lists each field and what is wrong with it, before any service code runs.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return Errors.badInput(
        `Invalid input: ${fields.map((f) => `${f.field} ${f.message}`).join('; ')}`,
        fields,
      );
    },
  });
}
