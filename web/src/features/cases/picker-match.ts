// SPDX-License-Identifier: EUPL-1.2

/** Compares the start of a text with a query; React Aria's `useFilter().startsWith` (locale-aware). */
export type StartsWith = (text: string, query: string) => boolean;

/** Where a word may begin: after a space, hyphen, slash, bracket, comma or full stop. */
const WORD_BREAK = /[\s\-/(),.]/u;

/**
 * Whether a picker option's name has a word that begins with the typed text: "kon" finds
 * "Kongo" and "Demokratiska republiken Kongo", "förenade a" finds "Förenade arabemiraten",
 * and "s" no longer lists every name with an s somewhere in it (some 150 of 250 countries).
 * People type the beginning of a word; matching anywhere inside one only added noise, and
 * every extra match is an option React Aria builds while the key press waits (INP, issue 12).
 */
export function matchesAtWordStart(name: string, query: string, startsWith: StartsWith): boolean {
  const typed = query.trim();
  if (!typed) return true;
  for (let i = 0; i < name.length; i++) {
    const atWordStart = i === 0 || WORD_BREAK.test(name[i - 1]!);
    if (atWordStart && startsWith(name.slice(i), typed)) return true;
  }
  return false;
}
