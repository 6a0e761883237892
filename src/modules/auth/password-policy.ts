// SPDX-License-Identifier: EUPL-1.2
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import type { FieldProblem } from 'src/graph/errors/app-error';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn score 3: "safely unguessable: moderate protection from offline slow-hash scenario". */
const MIN_SCORE = 3;

/** Words any Samråd password is likely to be built from; they count as easy guesses. */
const PLATFORM_WORDS = [
  'samrad',
  'samråd',
  'internationalisering',
  'universitet',
  'hogskola',
  'högskola',
  'sakerhet',
  'säkerhet',
];

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...english.dictionary, platform: PLATFORM_WORDS },
  graphs: common.adjacencyGraphs,
  translations: english.translations,
});

/**
 * The password rule: at least 12 characters and a strength estimate (zxcvbn) of 3 or more, with
 * the member's own e-mail and name treated as known words. Returns the problems, empty if fine.
 */
export function checkPassword(
  password: string,
  userInputs: readonly string[] = [],
): FieldProblem[] {
  if (password.length < MIN_PASSWORD_LENGTH) {
    return [{ field: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` }];
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return [{ field: 'password', message: `must be at most ${MAX_PASSWORD_LENGTH} characters` }];
  }
  const lowered = password.toLowerCase();
  const personal = userInputs
    .flatMap((input) => [input, input.split('@')[0] ?? ''])
    .map((value) => value.trim().toLowerCase());
  if (personal.some((value) => value.length >= 4 && lowered.includes(value))) {
    return [{ field: 'password', message: 'must not contain your e-mail address or name' }];
  }
  // Whole inputs and their parts count as known words for the estimator.
  const inputs = personal
    .flatMap((input) => [input, ...input.split(/[@.\s_-]+/)])
    .filter((word) => word.length >= 3);
  const result = estimator.check(password, inputs);
  if (result.score < MIN_SCORE) {
    const hint =
      result.feedback.warning ?? result.feedback.suggestions[0] ?? 'it is too easy to guess';
    return [{ field: 'password', message: `is too weak: ${hint}` }];
  }
  return [];
}
