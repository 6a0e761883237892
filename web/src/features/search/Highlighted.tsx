// SPDX-License-Identifier: EUPL-1.2
import { parseHighlight } from './highlight';

/**
 * Highlight HTML from the API rendered as React text and <mark> elements: never as HTML, so
 * whatever an author typed stays text.
 */
export function Highlighted({ html }: { html: string }) {
  return (
    <>
      {parseHighlight(html).map((part, index) =>
        part.marked ? <mark key={index}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
