// Jest transform: TypeScript/TSX -> CommonJS with esbuild (the same compiler as the build). Type checking is
// tsc's job (npm run typecheck); this only strips types, so tests start fast.
'use strict';
const { transformSync } = require('esbuild');

const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');

// Cached transforms are keyed on this file too, so a change here invalidates them.
const SELF = createHash('sha1').update(readFileSync(__filename)).digest('hex');
const loaders = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.jsx': 'jsx', '.mjs': 'js' };

module.exports = {
  canInstrument: false,
  process(source, filename) {
    const ext = filename.slice(filename.lastIndexOf('.'));
    const { code, map } = transformSync(source, {
      loader: loaders[ext] || 'js',
      format: 'cjs',
      target: 'node20',
      platform: 'node',
      jsx: 'automatic',
      jsxImportSource: 'preact',
      // Jest runs CommonJS without --experimental-vm-modules: lower import() to require().
      supported: { 'dynamic-import': false },
      sourcemap: 'external',
      sourcefile: filename,
    });
    return { code, map };
  },
  getCacheKey(source, filename, options) {
    return createHash('sha1')
      .update(SELF)
      .update(source)
      .update('\0')
      .update(filename)
      .update('\0')
      .update(require('esbuild').version)
      .update('\0')
      .update(String(options && options.configString))
      .digest('hex');
  },
};
