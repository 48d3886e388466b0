#!/usr/bin/env node
// Runs a TypeScript entry file in Node: bundles it in memory with esbuild (dependencies stay external)
// and compiles the result as a CommonJS module. Used by the CLI, the benchmarks and the playground.
'use strict';
const path = require('node:path');
const Module = require('node:module');

function runTs(entry, argv) {
  const esbuild = require('esbuild');
  const file = path.resolve(entry);
  const out = esbuild.buildSync({
    entryPoints: [file], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    packages: 'external', write: false, sourcemap: 'inline', jsx: 'automatic', jsxImportSource: 'preact',
    logLevel: 'error', outfile: file.replace(/\.tsx?$/, '.bundle.cjs'),
  });
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  if (argv) process.argv = [process.argv[0], file, ...argv];
  process.setSourceMapsEnabled?.(true);
  m._compile(out.outputFiles[0].text, file);
  return m.exports;
}

module.exports = { runTs };
if (require.main === module) {
  const [entry, ...rest] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: run-ts FILE.ts [args...]');
    process.exit(2);
  }
  runTs(entry, rest);
}
