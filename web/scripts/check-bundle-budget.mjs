// SPDX-License-Identifier: EUPL-1.2
// After `vite build`: the JavaScript a first visit downloads (index.html's module script and
// every modulepreload it lists) must stay within 200 KB gzip. Lazy routes and the password
// estimator do not count; they load when used. Fails the build when the budget is exceeded.
import { FIRST_LOAD_JS_BUDGET_KB, firstLoadSizes } from './first-load.mjs';

const { js } = firstLoadSizes();
const line = `first-load JavaScript: ${js.kb.toFixed(1)} KB gzip in ${js.files.length} files (budget ${FIRST_LOAD_JS_BUDGET_KB} KB)`;
if (js.kb > FIRST_LOAD_JS_BUDGET_KB) {
  console.error(`${line}: OVER BUDGET`);
  process.exit(1);
}
console.log(line);
