// SPDX-License-Identifier: EUPL-1.2
// Jest (on Node 20) cannot require() ES modules, and NestJS 12 and a few other dependencies ship
// only ESM. Node 20.19+ loads them natively in production through require(esm); under Jest we
// compile them to CommonJS with SWC, first mapping the few `import.meta` uses to their CommonJS
// equivalents (SWC leaves `import.meta` untouched, which CommonJS cannot parse).
const { createTransformer } = require('@swc/jest');

const swc = createTransformer({
  jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' },
  module: { type: 'commonjs', ignoreDynamic: false },
  sourceMaps: 'inline',
});

function rewriteImportMeta(source) {
  return source
    .replace(/import\.meta\.url/g, "('file://' + encodeURI(__filename))")
    .replace(/import\.meta\.dirname/g, '__dirname')
    .replace(/import\.meta\.filename/g, '__filename')
    .replace(/import\.meta\.resolve\(/g, 'require.resolve(');
}

module.exports = {
  process(source, path, options) {
    return swc.process(rewriteImportMeta(source), path, options);
  },
  getCacheKey(source, path, options) {
    return swc.getCacheKey(rewriteImportMeta(source), path, options) + ':import-meta-v2';
  },
};
