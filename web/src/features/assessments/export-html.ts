// SPDX-License-Identifier: EUPL-1.2

/** The elements a printed assessment is made of; anything else is left out, its text kept. */
const ALLOWED = new Set([
  'article',
  'section',
  'header',
  'footer',
  'div',
  'span',
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'b',
  'i',
  'small',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'time',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'colgroup',
  'col',
]);
/** Dropped with their content: code, styles the CSP would refuse, embedded documents. */
const DROPPED = new Set([
  'script',
  'style',
  'link',
  'meta',
  'iframe',
  'object',
  'embed',
  'template',
]);
const ATTRIBUTES = new Set(['lang', 'colspan', 'rowspan', 'scope', 'datetime', 'class']);

export interface PrintDocument {
  lang: string;
  title: string;
  body: DocumentFragment;
}

/**
 * The server's print-ready HTML export (a standalone document) turned into nodes this page can
 * show: parsed inert (DOMParser runs no script), then copied element by element through an
 * allow-list. The server escapes all user text already; this keeps the page safe regardless and
 * leaves out the inline `<style>`, which the client's Content-Security-Policy would refuse (the
 * print page brings its own print styles).
 */
export function toPrintDocument(html: string, target: Document = document): PrintDocument {
  // Even an inert parsed document reports its <style> to the page's CSP (a violation in the
  // console), so the style sheets go before parsing. User text is escaped by the server, so a
  // `<style` here can only be the export's own markup.
  const parsed = new DOMParser().parseFromString(
    html.replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ''),
    'text/html',
  );
  const body = target.createDocumentFragment();
  for (const child of Array.from(parsed.body.childNodes)) copy(child, body, target);
  return {
    lang: parsed.documentElement.getAttribute('lang') ?? '',
    title: parsed.title,
    body,
  };
}

function copy(node: Node, parent: Node, target: Document) {
  if (node.nodeType === Node.TEXT_NODE) {
    parent.appendChild(target.createTextNode(node.textContent ?? ''));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  const name = element.localName;
  if (DROPPED.has(name)) return;
  let into = parent;
  if (ALLOWED.has(name)) {
    const clone = target.createElement(name);
    for (const attribute of Array.from(element.attributes))
      if (ATTRIBUTES.has(attribute.name)) clone.setAttribute(attribute.name, attribute.value);
    parent.appendChild(clone);
    into = clone;
  }
  for (const child of Array.from(element.childNodes)) copy(child, into, target);
}
