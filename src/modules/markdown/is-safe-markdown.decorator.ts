// SPDX-License-Identifier: EUPL-1.2
import { buildMessage, ValidateBy, ValidationOptions } from 'class-validator';
import { markdownProblems } from 'src/modules/markdown/markdown';

export const IS_SAFE_MARKDOWN = 'isSafeMarkdown';

/**
 * Refuses a Markdown body with raw HTML, links other than http/https/mailto, images or control
 * characters; the message is the first problem after the property name ("body must not contain
 * HTML tags (<script>)"). null and undefined pass: pair with @IsOptional or @IsDefined.
 */
export function IsSafeMarkdown(validationOptions?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_SAFE_MARKDOWN,
      validator: {
        validate: (value: unknown): boolean =>
          value === null ||
          value === undefined ||
          (typeof value === 'string' && markdownProblems(value).length === 0),
        defaultMessage: buildMessage(
          (eachPrefix, args) => `${eachPrefix}$property ${firstProblem(args?.value)}`,
          validationOptions,
        ),
      },
    },
    validationOptions,
  );
}

function firstProblem(value: unknown): string {
  // With { each: true } the arguments carry the whole array.
  const values: unknown[] = Array.isArray(value) ? value : [value];
  for (const item of values) {
    if (item === null || item === undefined) continue;
    if (typeof item !== 'string') return 'must be a Markdown string';
    const [problem] = markdownProblems(item);
    if (problem !== undefined) return problem;
  }
  return 'must be safe Markdown';
}
