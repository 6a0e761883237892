// SPDX-License-Identifier: EUPL-1.2
// After `vite build`: the JavaScript a first visit downloads (index.html's module script and
// every modulepreload it lists) must stay within 200 KB gzip, and the first load (JavaScript and
// CSS) within six files. Lazy routes and the password estimator do not count; they load when
// used. Fails the build when a budget is exceeded.
import { FIRST_LOAD_FILE_BUDGET, FIRST_LOAD_JS_BUDGET_KB, firstLoadSizes } from './first-load.mjs';

const { js, css } = firstLoadSizes();
const files = js.files.length + css.files.length;
const line =
  `first-load JavaScript: ${js.kb.toFixed(1)} KB gzip (budget ${FIRST_LOAD_JS_BUDGET_KB} KB); ` +
  `${files} files with the CSS (budget ${FIRST_LOAD_FILE_BUDGET})`;
if (js.kb > FIRST_LOAD_JS_BUDGET_KB || files > FIRST_LOAD_FILE_BUDGET) {
  console.error(`${line}: OVER BUDGET`);
  process.exit(1);
}
console.log(line);
