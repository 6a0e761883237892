// After `vite build`: the JavaScript a first visit downloads (index.html's module script and
// every modulepreload it lists) must stay within 200 KB gzip. Lazy routes and the password
// estimator do not count; they load when used. Fails the build when the budget is exceeded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = join(import.meta.dirname, '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const sizes = files.map((file) => gzipSync(readFileSync(join(dist, file))).length / 1024);
const total = sizes.reduce((sum, size) => sum + size, 0);
const line = `first-load JavaScript: ${total.toFixed(1)} KB gzip in ${files.length} files (budget ${BUDGET_KB} KB)`;
if (total > BUDGET_KB) {
  console.error(`${line}: OVER BUDGET`);
  process.exit(1);
}
console.log(line);
