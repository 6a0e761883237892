// SPDX-License-Identifier: EUPL-1.2
export interface AssetSize {
  /** Paths relative to the build directory, e.g. `assets/index-abc.js`. */
  files: string[];
  /** Total size gzip, in KB (1 024 bytes). */
  kb: number;
}
export declare const FIRST_LOAD_JS_BUDGET_KB: number;
export declare const WEB_DIST: string;
export declare function firstLoadSizes(dist?: string): { js: AssetSize; css: AssetSize };
