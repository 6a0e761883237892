// SPDX-License-Identifier: EUPL-1.2
import { markdownProblems, renderMarkdown } from 'src/modules/markdown/markdown';

// OWASP XSS filter-evasion classics, written as an officer might paste them into a body. Each
// must be refused at input AND be harmless if it were ever rendered (bodies written before a
// rule existed, or a gap in the input check).
const VECTORS: [string, string][] = [
  ['a script block', '<script>alert(1)</script>'],
  ['an inline script', 'Hej <script src="https://evil.example/x.js"></script> då'],
  ['a split script tag', '<scr<script>ipt>alert(1)</scr</script>ipt>'],
  ['an img onerror', '<img src=x onerror=alert(1)>'],
  ['an img with a javascript: src', `<IMG SRC="javascript:alert('XSS');">`],
  ['an inline img onerror', 'text <img src=x onerror="alert(1)"> text'],
  ['an svg onload', '<svg onload=alert(1)>'],
  ['an svg with a script', '<svg><script>alert(1)</script></svg>'],
  ['a body onload', '<body onload=alert(1)>'],
  ['a div onmouseover', '<div onmouseover="alert(1)">hovra</div>'],
  ['an iframe', '<iframe src="https://evil.example"></iframe>'],
  ['an iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['a style attribute', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['a style element', '<style>body{background:url("javascript:alert(1)")}</style>'],
  ['an HTML javascript: link', '<a href="javascript:alert(1)">klicka</a>'],
  ['an HTML entity-encoded link', '<a href="&#x6A;avascript&#x3A;alert(1)">klicka</a>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['an object', '<object data="javascript:alert(1)"></object>'],
  ['mutation XSS', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['a javascript: link', '[x](javascript:alert(1))'],
  ['a mixed-case javascript: link', '[x](JaVaScRiPt:alert(1))'],
  ['a javascript: link with a tab', '[x](java\tscript:alert(1))'],
  ['a javascript: link with a newline', '[x](java\nscript:alert(1))'],
  ['a javascript: link with an encoded tab', '[x](java&#x09;script:alert(1))'],
  ['a javascript: link with an encoded newline', '[x](jav&#x0A;ascript:alert(1))'],
  ['a javascript: link with a NUL', '[x](java\u0000script:alert(1))'],
  ['a javascript: link with leading space', '[x](  javascript:alert(1))'],
  ['a javascript: link in angle brackets', '[x](<javascript:alert(1)>)'],
  ['a javascript: link with a title', '[x](javascript:alert(1) "titel")'],
  [
    'a decimal entity-encoded scheme',
    '[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  ],
  ['a hex entity-encoded scheme', '[x](&#x6A;&#x61;&#x76;&#x61;script&#x3A;alert(1))'],
  ['a named entity colon', '[x](javascript&colon;alert(1))'],
  ['a javascript: autolink', '<javascript:alert(1)>'],
  ['a javascript: reference link', '[x][r]\n\n[r]: javascript:alert(1)'],
  ['a vbscript: link', '[x](vbscript:msgbox(1))'],
  ['a data: URL', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['a file: URL', '[x](file:///etc/passwd)'],
  ['a tracking pixel', '![](https://tracker.example/pixel.gif?reader=1)'],
  ['a javascript: image', '![x](javascript:alert(1))'],
  ['a reference image', '![x][p]\n\n[p]: https://tracker.example/p.gif'],
];

const ALLOWED_TAG =
  /^<\/?(p|br|strong|em|del|code|pre|blockquote|ul|ol|li|h[3-6]|hr|a|table|thead|tbody|tr|th|td)[\s/>]/;

/** After sanitising, every `<` in the output starts a tag; text has `&lt;`. */
function expectHarmless(html: string): void {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toMatch(/<svg/i);
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    expect(tag).toMatch(ALLOWED_TAG);
    expect(tag).not.toMatch(/javascript:|vbscript:|data:|file:/i);
    expect(tag).not.toMatch(/\son[a-z]+\s*=/i);
    expect(tag).not.toMatch(/\s(style|class|id|src)\s*=/i);
    const href = /\shref="([^"]*)"/.exec(tag)?.[1];
    if (href !== undefined) expect(href).toMatch(/^(https?|mailto):/);
  }
}

describe('Markdown against XSS filter evasion', () => {
  it.each(VECTORS)('refuses %s', (_case, markdown) => {
    expect(markdownProblems(markdown)).not.toEqual([]);
  });

  it.each(VECTORS)('renders %s harmlessly', (_case, markdown) => {
    expectHarmless(renderMarkdown(markdown));
  });

  it('shows raw HTML as text', () => {
    expect(renderMarkdown('<img src=x onerror=alert(1)>')).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt;</p>\n',
    );
  });

  it('leaves a refused link as its literal text', () => {
    expect(renderMarkdown('[x](JaVaScRiPt:alert(1))')).toBe('<p>[x](JaVaScRiPt:alert(1))</p>\n');
  });

  it('turns an image into at most a link the reader must click', () => {
    expect(renderMarkdown('![x](https://tracker.example/p.gif)')).toBe(
      '<p>!<a href="https://tracker.example/p.gif" rel="nofollow noopener noreferrer" target="_blank">x</a></p>\n',
    );
  });
});
