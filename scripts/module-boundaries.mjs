// SPDX-License-Identifier: EUPL-1.2
// Runs only the `samrad/module-boundaries` rule from eslint.config.mjs, without type information
// (the rule reads import paths only), so a test can check the whole tree in seconds.
//   node scripts/module-boundaries.mjs            every file under src/modules
//   node scripts/module-boundaries.mjs --stdin P  the text on stdin, as if it were file P
// Prints the rule's reports as JSON lines: { file, line, message }.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import config from '../eslint.config.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const boundaries = config.find((entry) => entry.rules?.['samrad/module-boundaries']);
if (!boundaries) throw new Error('samrad/module-boundaries is not configured in eslint.config.mjs');

const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    {
      languageOptions: { parser: tseslint.parser },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    boundaries,
  ],
});

const [mode, path] = process.argv.slice(2);
const results =
  mode === '--stdin'
    ? await eslint.lintText(readFileSync(0, 'utf8'), { filePath: join(root, path) })
    : await eslint.lintFiles(['src/modules/**/*.ts']);
for (const result of results)
  for (const message of result.messages.filter((m) => m.ruleId === 'samrad/module-boundaries')) {
    const file = result.filePath.slice(root.length + 1);
    console.log(JSON.stringify({ file, line: message.line, message: message.message }));
  }
