// SPDX-License-Identifier: EUPL-1.2
import {
  markdownProblems,
  markdownToPlainText,
  renderMarkdown,
  sanitizeBodyHtml,
} from 'src/modules/markdown/markdown';

const REL = 'rel="nofollow noopener noreferrer" target="_blank"';

describe(renderMarkdown.name, () => {
  const sut = renderMarkdown;

  it.each([
    ['# Titel', '<h3>Titel</h3>'],
    ['## Bakgrund', '<h3>Bakgrund</h3>'],
    ['### Risker', '<h3>Risker</h3>'],
    ['###### Not', '<h6>Not</h6>'],
  ])('renders %j without out-ranking the page title', (markdown, html) => {
    expect(sut(markdown).trim()).toBe(html);
  });

  it('renders emphasis, strike-through, code, quotes and rules', () => {
    const html = sut('**fet** *kursiv* ~~struken~~ `kod`\n\n> citat\n\n---');
    expect(html).toContain(
      '<p><strong>fet</strong> <em>kursiv</em> <del>struken</del> <code>kod</code></p>',
    );
    expect(html).toContain('<blockquote>\n<p>citat</p>\n</blockquote>');
    expect(html).toContain('<hr />');
  });

  it('renders lists, keeping where a numbered list starts', () => {
    expect(sut('- ett\n- två')).toBe('<ul>\n<li>ett</li>\n<li>två</li>\n</ul>\n');
    expect(sut('3. tre\n4. fyra')).toBe('<ol start="3">\n<li>tre</li>\n<li>fyra</li>\n</ol>\n');
  });

  it('renders tables without inline alignment styles', () => {
    const html = sut('| Land | Risk |\n|:--|--:|\n| Kina | hög |');
    expect(html).toContain('<table>\n<thead>\n<tr>\n<th>Land</th>\n<th>Risk</th>');
    expect(html).toContain('<tbody>\n<tr>\n<td>Kina</td>\n<td>hög</td>');
    expect(html).not.toContain('style');
  });

  it('renders fenced code escaped and without a language class', () => {
    expect(sut('```ts\nif (a < b) alert(1);\n```')).toBe(
      '<pre><code>if (a &lt; b) alert(1);\n</code></pre>\n',
    );
  });

  it('renders a hard line break', () => {
    expect(sut('rad ett  \nrad två')).toBe('<p>rad ett<br />\nrad två</p>\n');
  });

  it.each([
    ['[UHR](https://www.uhr.se)', `<a href="https://www.uhr.se" ${REL}>UHR</a>`],
    [
      '[Sida](http://example.se "Titel")',
      `<a href="http://example.se" title="Titel" ${REL}>Sida</a>`,
    ],
    ['[mejla](mailto:export@example.se)', `<a href="mailto:export@example.se" ${REL}>mejla</a>`],
    ['<https://www.vr.se>', `<a href="https://www.vr.se" ${REL}>https://www.vr.se</a>`],
    [
      'se https://www.vinnova.se',
      `<a href="https://www.vinnova.se" ${REL}>https://www.vinnova.se</a>`,
    ],
    ['anna@example.se', `<a href="mailto:anna@example.se" ${REL}>anna@example.se</a>`],
  ])('renders the link in %j with rel and target', (markdown, link) => {
    expect(sut(markdown)).toContain(link);
  });

  it.each([
    ['a relative path', '[sida](/cases/1)'],
    ['a fragment', '[nedan](#risker)'],
    ['a protocol-relative URL', '[x](//evil.example)'],
    ['an ftp URL', '[x](ftp://files.example) ftp://files.example'],
  ])('leaves %s as text, not a link', (_case, markdown) => {
    expect(sut(markdown)).not.toContain('<a');
  });

  it('keeps Swedish characters as they are', () => {
    expect(sut('Återrapportering: Säkerhetspolisen bedömer kunskapsöverföring.')).toBe(
      '<p>Återrapportering: Säkerhetspolisen bedömer kunskapsöverföring.</p>\n',
    );
  });

  it.each(['a < b', 'x<y', 'p <0.05', '<3 och <-', 'om a<b och b>c', 'a <= b'])(
    'escapes the comparison in %j',
    (markdown) => {
      const html = sut(markdown);
      expect(html).toContain('&lt;');
      expect(html.match(/</g)).toHaveLength(2); // only <p> and </p>
    },
  );
});

describe(sanitizeBodyHtml.name, () => {
  const sut = sanitizeBodyHtml;

  it.each([
    ['<script>alert(1)</script><p>kvar</p>', '<p>kvar</p>'],
    ['<img src="x" onerror="alert(1)"><p>kvar</p>', '<p>kvar</p>'],
    ['<iframe src="https://evil.example"></iframe>', ''],
    ['<p style="color:red" class="x" id="y" onclick="alert(1)">t</p>', '<p>t</p>'],
    ['<h1>t</h1><h2>u</h2>', '<h3>t</h3><h3>u</h3>'],
    ['<a href="javascript:alert(1)">x</a>', `<a ${REL}>x</a>`],
    ['<a href="&#x6A;avascript:alert(1)">x</a>', `<a ${REL}>x</a>`],
    ['<a href="java\tscript:alert(1)">x</a>', `<a ${REL}>x</a>`],
    ['<a href="data:text/html,x">x</a>', `<a ${REL}>x</a>`],
    ['<a href="/relative">x</a>', `<a ${REL}>x</a>`],
    [
      '<a href="https://x.se" target="_self" rel="opener">x</a>',
      `<a href="https://x.se" ${REL}>x</a>`,
    ],
    ['<svg onload="alert(1)"><circle/></svg>', ''],
  ])('cleans %j', (dirty, clean) => {
    expect(sut(dirty)).toBe(clean);
  });
});

describe(markdownToPlainText.name, () => {
  const sut = markdownToPlainText;

  it('keeps the text, drops the markup and collapses whitespace', () => {
    expect(
      sut(
        '# Bakgrund\n\nEtt **kvalitets**säkrat [underlag](https://x.se).\n\n- ett\n- två\n\n| a | b |\n|---|---|\n| 1 | 2 |',
      ),
    ).toBe('Bakgrund Ett kvalitetssäkrat underlag. ett två a b 1 2');
  });

  it('decodes what the renderer escaped, once', () => {
    expect(sut('a < b && "c" > d, &amp;lt; stays an entity')).toBe(
      'a < b && "c" > d, &lt; stays an entity',
    );
  });

  it('keeps raw HTML as the text the reader sees', () => {
    expect(sut('Hej <script>alert(1)</script>')).toBe('Hej <script>alert(1)</script>');
  });

  it('returns an empty string for an empty body', () => {
    expect(sut('  \n\n ')).toBe('');
  });
});

describe(markdownProblems.name, () => {
  const sut = markdownProblems;

  it.each([
    ['headings, lists, tables and code', '# T\n\n- a\n\n| a |\n|---|\n| 1 |\n\n```\n<script>\n```'],
    ['http, https and mailto links', '[a](http://a.se) [b](https://b.se) <mailto:c@c.se> d@d.se'],
    ['comparisons in prose', 'a < b, x<y, p <0.05, <3, a <= b, x>y'],
    ['tags inside code spans', 'skriv `<script>` eller `[x](javascript:alert(1))`'],
    ['escaped angle brackets', '\\<script>alert(1)\\</script>'],
    ['entities that spell a tag', '&lt;script&gt;'],
    ['Swedish text', 'Återrapportering från Säkerhetspolisen om kunskapsöverföring'],
    ['tabs and line endings', 'a\tb\r\nc\n'],
    ['URLs linkify would not link', 'arkivet på ftp://files.example eller //host'],
    ['a colon after a bracket in prose', 'se [1] (s. 5) och [2](sid 7)'],
  ])('accepts %s', (_case, markdown) => {
    expect(sut(markdown)).toEqual([]);
  });

  it('names the tags it found, at most three', () => {
    expect(sut('<div>\n<script>x</script>\n</div>')).toEqual([
      'must not contain HTML tags (<div>, <script>)',
    ]);
    expect(sut('<b>1</b> <i>2</i> <u>3</u> <s>4</s>')).toEqual([
      'must not contain HTML tags (<b>, <i>, <u>, …)',
    ]);
    expect(sut('text <!-- kommentar --> text')).toEqual(['must not contain HTML tags (<!-- -->)']);
  });

  it('refuses a comparison that CommonMark reads as a tag', () => {
    // `<b och b>` is an open tag with two attributes, to every HTML-aware renderer.
    expect(sut('om a<b och b>c')).toEqual(['must not contain HTML tags (<b>)']);
  });

  it.each([
    ['a relative link', '[sida](/cases/1)'],
    ['a fragment link', '[nedan](#risker)'],
    ['a protocol-relative link', '[x](//evil.example)'],
    ['an ftp link', '[x](ftp://files.example)'],
    ['a tel link', '[ring](tel:+4686001000)'],
    ['an unused reference definition', 'text\n\n[r]: javascript:alert(1)'],
  ])('refuses %s', (_case, markdown) => {
    expect(sut(markdown)).toEqual(['must only contain links that use http, https or mailto']);
  });

  it.each(['x\u0000y', 'x\u0007y', 'x\u001by', 'x\u000by', 'x\u000cy', 'x\u007fy'])(
    'refuses the control character in %j',
    (markdown) => {
      expect(sut(markdown)).toEqual(['must not contain control characters']);
    },
  );

  it('lists every kind of problem, HTML first', () => {
    expect(sut('<b>x</b> [x](javascript:y) ![i](https://t.example/p.gif) \u0000')).toEqual([
      'must not contain HTML tags (<b>)',
      'must only contain links that use http, https or mailto',
      'must not contain images',
      'must not contain control characters',
    ]);
  });
});
