// SPDX-License-Identifier: EUPL-1.2
// `npm run spdx:check` (in `npm run check`): every source file tracked by git starts with the
// SPDX licence identifier (after a shebang), so a file copied out of the repository still says
// under which licence it came. `npm run spdx:fix` adds the line where it is missing.
// Generated files (web/src/graphql/) are left alone: their generator rewrites them.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export const SPDX_LINE = '// SPDX-License-Identifier: EUPL-1.2';
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const GENERATED = [/^web\/src\/graphql\//, /(^|\/)dist\//];

/** The file's text with the identifier line in place (unchanged when it already is). */
export function withHeader(text) {
  const shebang = text.startsWith('#!') ? text.slice(0, text.indexOf('\n') + 1) : '';
  const rest = text.slice(shebang.length);
  if (rest.startsWith(`${SPDX_LINE}\n`)) return text;
  return `${shebang}${SPDX_LINE}\n${rest}`;
}

function sourceFiles() {
  return execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' })
    .split('\0')
    .filter((file) => SOURCE.test(file) && !GENERATED.some((pattern) => pattern.test(file)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fix = process.argv.includes('--fix');
  const missing = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(file, 'utf8');
    const fixed = withHeader(text);
    if (fixed === text) continue;
    missing.push(file);
    if (fix) writeFileSync(file, fixed);
  }
  if (fix) {
    console.log(`spdx: added the identifier to ${missing.length} file(s)`);
  } else if (missing.length > 0) {
    console.error(`spdx: ${missing.length} file(s) lack "${SPDX_LINE}" (run npm run spdx:fix):`);
    for (const file of missing) console.error(`  ${file}`);
    process.exit(1);
  } else {
    console.log('spdx: every source file carries its licence identifier');
  }
}
