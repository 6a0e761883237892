// SPDX-License-Identifier: EUPL-1.2
// What a first visit downloads, read from the built index.html: its module script and every
// modulepreload it lists (JavaScript), and its stylesheets (CSS), each gzipped as a server would
// send it. Lazy routes are not listed there, so they do not count. Shared by the build's budget
// check (check-bundle-budget.mjs) and the web benchmark (bench/web-vitals.bench.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The first-load budget for JavaScript, in KB (1 024 bytes) gzip. */
export const FIRST_LOAD_JS_BUDGET_KB = 200;

/**
 * At most this many files on the first load (JavaScript and CSS): what a browser fetches at once
 * from one host over HTTP/1.1, its six connections. More come in rounds, and the early entry's
 * session restore waited behind them (build/first-load-chunks.ts).
 */
export const FIRST_LOAD_FILE_BUDGET = 6;

/** The built client, `web/dist`. */
export const WEB_DIST = join(import.meta.dirname, '..', 'dist');

function gzipKb(dist, files) {
  const sizes = files.map((file) => gzipSync(readFileSync(join(dist, file))).length / 1024);
  return { files, kb: sizes.reduce((sum, size) => sum + size, 0) };
}

/** First-load JavaScript and CSS of the build in `dist`: file names and total KB gzip. */
export function firstLoadSizes(dist = WEB_DIST) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = (pattern) => [...new Set([...html.matchAll(pattern)].map((m) => m[1]))];
  return {
    js: gzipKb(dist, assets(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)),
    css: gzipKb(dist, assets(/<link[^>]*rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"/g)),
  };
}
