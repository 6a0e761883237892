// SPDX-License-Identifier: EUPL-1.2
import { escapeHtml } from 'src/common/escape-html';
/** Highlight markers: control characters, which indexed text never contains (see below). */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as it is indexed: no control characters, so highlight markers are unambiguous. */
export function searchableText(text: string): string {
  return text.replace(CONTROL, ' ');
}

/**
 * A highlighted excerpt as safe HTML: the text is escaped first, then the markers become
 * <mark>…</mark>, so nothing a writer typed can become markup.
 */
export function highlightToHtml(highlighted: string): string {
  return escapeHtml(highlighted).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/** Distinct words worth correcting towards (4–30 letters), lower-cased and unaccented like the index. */
export function vocabulary(text: string): string[] {
  const words = text.toLowerCase().match(/\p{L}{4,30}/gu) ?? [];
  return [...new Set(words.map((w) => w.normalize('NFD').replace(/\p{M}/gu, '')))];
}
