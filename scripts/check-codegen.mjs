// SPDX-License-Identifier: EUPL-1.2
// `npm run check`: regenerates the web client's typed GraphQL documents from the committed
// schema and fails when that changed anything, so stale generated types never pass CI.
import { execFileSync } from 'node:child_process';

execFileSync('npm', ['run', 'codegen', '--silent', '-w', 'web'], { stdio: 'inherit' });
// Changed against the index (a clean checkout in CI: the commit), or new and untracked.
const git = (...args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const changed = [
  git('diff', '--name-only', '--', 'web/src/graphql'),
  git('ls-files', '--others', '--exclude-standard', '--', 'web/src/graphql'),
]
  .filter(Boolean)
  .join('\n');
if (changed) {
  console.error(
    `web/src/graphql is stale; run \`npm run codegen\` and commit the result:\n${changed}`,
  );
  process.exit(1);
}
