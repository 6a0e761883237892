// SPDX-License-Identifier: EUPL-1.2
import { registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The text, trimmed, is at least `min` characters: `Length` alone lets twelve spaces or a
 * column of newlines through as a title.
 */
export function HasVisibleText(min: number, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'hasVisibleText',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [min],
      options: {
        message: `$property must have at least ${min} characters besides spaces`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          value === undefined ||
          value === null ||
          (typeof value === 'string' && value.trim().length >= min),
      },
    });
}
