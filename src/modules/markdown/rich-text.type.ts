// SPDX-License-Identifier: EUPL-1.2
import { Field, ObjectType } from '@nestjs/graphql';
import { renderMarkdownCached } from 'src/modules/markdown/rendered-cache';

/**
 * A body as its author wrote it and as readers see it. The HTML is rendered on first read of
 * `html` (once per process for the same text, see rendered-cache.ts), so a query that selects
 * only `markdown` never renders. `html` is a getter on
 * the prototype: spreading or JSON-serialising a RichText drops it.
 */
@ObjectType('RichText', {
  description: 'A Markdown body exactly as written, and the same body rendered to sanitised HTML.',
})
export class RichText {
  @Field({ description: 'The Markdown exactly as its author wrote it.' })
  readonly markdown: string;

  #html: string | undefined;

  constructor(markdown: string) {
    this.markdown = markdown;
  }

  @Field(() => String, {
    description:
      'Rendered, sanitised HTML: paragraphs, emphasis, code, quotes, lists, h3–h6, rules, tables ' +
      'and links (http, https, mailto; rel="nofollow noopener noreferrer", target="_blank"). ' +
      'Never images, scripts, styles, classes or ids.',
  })
  get html(): string {
    this.#html ??= renderMarkdownCached(this.markdown);
    return this.#html;
  }
}

export function richText(markdown: string): RichText {
  return new RichText(markdown);
}
