/** At most this many offending paths are reported; one is enough to fix the request. */
const MAX_REPORTED = 10;

/**
 * The paths (`input.title`, `filter.topicIds[2]`) of every string in `value` that contains a NUL
 * character. `root` names the argument itself; it is empty for `@Args()` classes, whose
 * properties are the arguments.
 */
export function findNulCharacters(value: unknown, root: string): string[] {
  const found: string[] = [];
  const visit = (node: unknown, path: string, depth: number): void => {
    if (found.length >= MAX_REPORTED || depth > 32) return;
    if (typeof node === 'string') {
      if (node.includes('\u0000')) found.push(path || 'input');
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${path}[${index}]`, depth + 1));
    } else if (node !== null && typeof node === 'object' && !(node instanceof Date)) {
      for (const [key, child] of Object.entries(node)) {
        visit(child, path ? `${path}.${key}` : key, depth + 1);
      }
    }
  };
  visit(value, root, 0);
  return found;
}
