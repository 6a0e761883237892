// SPDX-License-Identifier: EUPL-1.2
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Bodies (case studies, questions, answers) are stored exactly as written and rendered on read.
// Input is refused when it holds anything the renderer would have to neutralise
// (markdownProblems); the renderer neutralises it anyway, and the sanitiser behind it is a
// second, independent wall in case either of the first two has a gap.

const ALLOWED_HREF = /^(?:https?|mailto):/i;
// Browsers drop tabs and newlines anywhere in a URL and controls or spaces at its ends, so a URL
// that holds any is refused rather than second-guessed.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const URL_NOISE = /[\u0000-\u0020\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const URL_NOISE_ALL = /[\u0000-\u0020\u007f-\u009f]+/g;
// C0 controls and DEL; tab, line feed and carriage return are ordinary text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** Absolute http, https or mailto only: no javascript:, data:, relative or protocol-relative. */
function isAllowedHref(href: string): boolean {
  return ALLOWED_HREF.test(href) && !URL_NOISE.test(href);
}

function createMarkdownIt(html: boolean): MarkdownIt.MarkdownIt {
  return new MarkdownIt({ html, linkify: true, typographer: false, breaks: false });
}

const renderer = createMarkdownIt(false);
// A destination that is not allowed never becomes a link: it stays literal text. This also keeps
// linkify from linking ftp:// and //host, which it would otherwise recognise.
renderer.validateLink = isAllowedHref;
// `![alt](url)` stays text; an image would tell its host who read the body.
renderer.disable('image');

// Parses with HTML recognised and every destination accepted, so that each tag, link and image
// shows up as a token to judge.
const inspector = createMarkdownIt(true);
inspector.validateLink = () => true;

const LINK_REL = 'nofollow noopener noreferrer';

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel', 'target'], ol: ['start'] },
  allowedClasses: {},
  allowedStyles: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // A body never out-ranks the page title around it.
    h1: 'h3',
    h2: 'h3',
    // markdown-it renders ~~text~~ as <s>.
    s: 'del',
    a: (_tagName, attribs) => {
      const { href, title } = attribs;
      return {
        tagName: 'a',
        attribs: {
          ...(href !== undefined && isAllowedHref(href) ? { href } : {}),
          ...(title ? { title } : {}),
          rel: LINK_REL,
          target: '_blank',
        },
      };
    },
  },
};

/**
 * The HTML allow-list on its own: paragraphs, emphasis, code, quotes, lists, h3–h6 (h1 and h2
 * become h3), rules, links (absolute http, https, mailto; `rel="nofollow noopener noreferrer"`,
 * `target="_blank"`) and tables. No images, styles, classes, ids or event handlers.
 * `renderMarkdown` applies it; exported so the wall can be tested without markdown-it in front.
 */
export function sanitizeBodyHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}

/** Markdown to sanitised HTML; raw HTML in the input is shown as text, never passed through. */
export function renderMarkdown(markdown: string): string {
  return sanitizeBodyHtml(renderer.render(markdown));
}

export const MARKDOWN_PROBLEMS = {
  html: (tags: readonly string[]) => `must not contain HTML tags (${tags.join(', ')})`,
  link: 'must only contain links that use http, https or mailto',
  image: 'must not contain images',
  control: 'must not contain control characters',
} as const;

type Token = MarkdownIt.Token;

/**
 * Reasons to refuse a body outright, each a predicate ("must …") so it reads after a field
 * name; empty when the body is acceptable. Comparisons in prose (`a < b`, `x<y`) are not tags.
 */
export function markdownProblems(markdown: string): string[] {
  const env: MarkdownIt.Env = {};
  const tokens = inspector.parse(markdown, env);
  const tags = new Set<string>();
  let badLink = false;
  let image = false;

  const visit = (token: Token): void => {
    switch (token.type) {
      case 'html_block':
        htmlBlockTags(token.content).forEach((tag) => tags.add(tag));
        break;
      case 'html_inline':
        tags.add(htmlTagLabel(token.content));
        break;
      case 'link_open':
        // linkify only turns text into a link when the renderer allows it; otherwise it stays text.
        if (token.markup !== 'linkify' && !isAllowedHref(String(token.attrGet('href') ?? ''))) {
          badLink = true;
        }
        break;
      case 'image':
        image = true;
        break;
      case 'inline':
        if (proseRuns(token.children ?? []).some(hasDisguisedDestination)) badLink = true;
        break;
      default:
        break;
    }
    token.children?.forEach(visit);
  };
  tokens.forEach(visit);
  // A definition never used renders nothing, but it is still a link the author wrote.
  if (Object.values(env.references ?? {}).some((reference) => !isAllowedHref(reference.href))) {
    badLink = true;
  }

  const problems: string[] = [];
  if (tags.size > 0) problems.push(MARKDOWN_PROBLEMS.html(summarise([...tags])));
  if (badLink) problems.push(MARKDOWN_PROBLEMS.link);
  if (image) problems.push(MARKDOWN_PROBLEMS.image);
  if (CONTROL_CHARACTER.test(markdown)) problems.push(MARKDOWN_PROBLEMS.control);
  return problems;
}

const TAG_NAME = /<\/?([A-Za-z][A-Za-z0-9-]*)/g;

function htmlTagLabel(html: string): string {
  const text = html.trimStart();
  if (text.startsWith('<!--')) return '<!-- -->';
  if (text.startsWith('<?')) return '<?…?>';
  if (text.startsWith('<![CDATA[')) return '<![CDATA[…]]>';
  if (text.startsWith('<!')) return '<!…>';
  const name = /^<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(text)?.[1];
  return name ? `<${name.toLowerCase()}>` : '<…>';
}

function htmlBlockTags(html: string): string[] {
  const names = [...html.matchAll(TAG_NAME)].map((match) => `<${match[1]!.toLowerCase()}>`);
  return [htmlTagLabel(html), ...names];
}

function summarise(tags: string[]): string[] {
  return tags.length > 3 ? [...tags.slice(0, 3), '…'] : tags;
}

/** Consecutive text of an inline run, line breaks included, without code spans or markup. */
function proseRuns(children: readonly Token[]): string[] {
  const runs: string[] = [];
  let run = '';
  for (const child of children) {
    if (child.type === 'text') run += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') run += '\n';
    else {
      runs.push(run);
      run = '';
    }
  }
  runs.push(run);
  return runs.filter((text) => text.length > 0);
}

// `[x](java\tscript:…)` is no link to CommonMark, but a laxer renderer (a mail client, a later
// editor preview) might make it one.
const DESTINATION_IN_TEXT = /\]\s*\(([^)]*)/g;
const DANGEROUS_SCHEME = /^<?(?:javascript|vbscript|livescript|data|file):/;

function hasDisguisedDestination(text: string): boolean {
  return [...text.matchAll(DESTINATION_IN_TEXT)].some((match) =>
    DANGEROUS_SCHEME.test(match[1]!.replace(URL_NOISE_ALL, '').toLowerCase()),
  );
}

// Only block-level boundaries separate words: "**kvalitets**säkring" is one word.
const BLOCK_TAG =
  /<\/?(?:p|br|h[3-6]|li|ul|ol|blockquote|pre|hr|table|thead|tbody|tr|th|td)\b[^>]*>/g;
// Safe on sanitised output, where every `<` that is not a tag is escaped.
const ANY_TAG = /<[^>]*>/g;
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** The text a reader sees, without markup, on one line: for search indexing and e-mail digests. */
export function markdownToPlainText(markdown: string): string {
  const text = renderMarkdown(markdown).replace(BLOCK_TAG, ' ').replace(ANY_TAG, '');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

// One pass, so "&amp;lt;" becomes "&lt;" and not "<".
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, decimal?: string, hex?: string, name?: string): string => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
  });
}
