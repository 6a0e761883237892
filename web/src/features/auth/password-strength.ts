// SPDX-License-Identifier: EUPL-1.2
/**
 * Live password feedback with the estimator the server uses (zxcvbn-ts, same dictionaries and
 * platform words as src/modules/auth/password-policy.ts). Loaded on demand: its dictionaries
 * weigh far more than the rest of the first page, and only the join page needs them.
 */
export const MIN_PASSWORD_LENGTH = 12;
const MIN_SCORE = 3;
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

export type Score = 0 | 1 | 2 | 3 | 4;
export type Estimate = (password: string, userInputs: string[]) => Score;

let loading: Promise<Estimate> | undefined;

export function loadEstimator(): Promise<Estimate> {
  loading ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(([core, common, english]) => {
    const estimator = new core.ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...english.dictionary, platform: PLATFORM_WORDS },
      graphs: common.adjacencyGraphs,
      translations: english.translations,
    });
    return (password, userInputs) => estimator.check(password, userInputs).score;
  });
  return loading;
}

export interface Strength {
  score: Score;
  /** Long enough and strong enough for the server's rule. */
  acceptable: boolean;
  tooShort: boolean;
}

export function strengthOf(estimate: Estimate, password: string, userInputs: string[]): Strength {
  const inputs = userInputs
    .flatMap((input) => [input, ...input.toLowerCase().split(/[@.\s_-]+/)])
    .filter((word) => word.length >= 3);
  const score = estimate(password, inputs);
  const tooShort = password.length < MIN_PASSWORD_LENGTH;
  return { score, tooShort, acceptable: !tooShort && score >= MIN_SCORE };
}
