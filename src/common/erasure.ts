/** What an erased personal value reads as wherever it stood in stored text. */
export const ERASED = '[erased]';

/**
 * A value as it appears inside a JSON document's text (quotes and backslashes escaped), so an
 * erasure can find it in a `jsonb::text` column and replace it without breaking the JSON.
 */
export function asJsonText(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}

/**
 * The personal values of a member worth erasing from free text and event payloads: the address
 * always, the name when it is long enough to be theirs rather than a common fragment of words
 * (a two-letter name would be "erased" from every sentence that contains those letters).
 */
export function traceableValues(member: { email: string; displayName: string }): string[] {
  return [member.email, member.displayName.trim()].filter((value) => value.length >= 3);
}

/** Free text with each of the values replaced (an admin's reason may name the person). */
export function eraseFrom(text: string, values: readonly string[]): string {
  return values.reduce((erased, value) => erased.split(value).join(ERASED), text);
}
