// SPDX-License-Identifier: EUPL-1.2
import { renderMarkdown } from 'src/modules/markdown/markdown';

/** Characters of Markdown whose HTML is kept (about 2 000 long bodies; a few MB with the HTML). */
const CACHE_CHARACTERS = 4_000_000;

const rendered = new Map<string, string>();
let cachedCharacters = 0;

/**
 * `renderMarkdown`, remembered: a body is rendered once per process, not on every read of every
 * page that shows it (markdown-it and sanitize-html were a visible share of a question page's
 * CPU under load). The HTML depends on nothing but the text, so the text is the key: an edited
 * body is a new key, and nothing about the reader goes in or comes out. Least recently used
 * bodies are dropped once CACHE_CHARACTERS of Markdown are held.
 */
export function renderMarkdownCached(markdown: string): string {
  const known = rendered.get(markdown);
  if (known !== undefined) {
    // Map order is insertion order: moving a hit to the end makes the first key the oldest use.
    rendered.delete(markdown);
    rendered.set(markdown, known);
    return known;
  }
  const html = renderMarkdown(markdown);
  if (markdown.length <= CACHE_CHARACTERS) {
    rendered.set(markdown, html);
    cachedCharacters += markdown.length;
    for (const oldest of rendered.keys()) {
      if (cachedCharacters <= CACHE_CHARACTERS) break;
      rendered.delete(oldest);
      cachedCharacters -= oldest.length;
    }
  }
  return html;
}
