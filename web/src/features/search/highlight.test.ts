// SPDX-License-Identifier: EUPL-1.2
import { describe, expect, it } from 'vitest';
import { parseHighlight } from './highlight';

describe('parseHighlight', () => {
  it('splits text and marked matches', () => {
    expect(parseHighlight('Export <mark>control</mark> of <mark>drones</mark>')).toEqual([
      { text: 'Export ', marked: false },
      { text: 'control', marked: true },
      { text: ' of ', marked: false },
      { text: 'drones', marked: true },
    ]);
  });

  it('decodes the escapes the API writes, so text reads as typed', () => {
    expect(parseHighlight('R&amp;D &lt;b&gt; &quot;x&quot; it&#39;s <mark>a&amp;b</mark>')).toEqual(
      [
        { text: 'R&D <b> "x" it\'s ', marked: false },
        { text: 'a&b', marked: true },
      ],
    );
  });

  it('keeps any other tag as visible text, never markup', () => {
    const parts = parseHighlight('<img src=x onerror=alert(1)><mark>hit</mark><script>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'hit', marked: true },
      { text: '<script>', marked: false },
    ]);
  });

  it('does not decode an escaped mark into a highlight', () => {
    expect(parseHighlight('&lt;mark&gt;not a hit&lt;/mark&gt;')).toEqual([
      { text: '<mark>not a hit</mark>', marked: false },
    ]);
  });

  it('handles an unclosed mark, numeric references and empty input', () => {
    expect(parseHighlight('<mark>open &#x41;&#66;')).toEqual([{ text: 'open AB', marked: true }]);
    expect(parseHighlight('')).toEqual([]);
  });
});
