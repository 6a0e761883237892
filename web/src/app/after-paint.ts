// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'react';

/**
 * Runs `work` once the browser has painted the next frame: a timer set from an animation
 * frame callback fires after that frame is drawn. For code a page needs soon but not for its
 * first paint (issue 12, LCP): a module fetched and evaluated straight after React's commit
 * could otherwise run before the frame that shows the page.
 */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/**
 * False for a component's first render, true from the render after the browser has painted it:
 * for parts of a screen that should not hold up its first paint (issue 12, LCP).
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => afterNextPaint(() => setPainted(true)), []);
  return painted;
}
