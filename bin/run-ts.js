#!/usr/bin/env node
// Runs a TypeScript entry file in Node: bundles it in memory with esbuild (dependencies stay external)
// and compiles the result as a CommonJS module. Used by the CLI, the benchmarks and the playground.
'use strict';
const path = require('node:path');
const Module = require('node:module');

const buildOptions = (file) => ({
  entryPoints: [file], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  packages: 'external', write: false, sourcemap: 'inline', jsx: 'automatic', jsxImportSource: 'preact',
  logLevel: 'error', outfile: file.replace(/\.tsx?$/, '.bundle.cjs'),
});

/** The entry's bundle (JavaScript text), built now. */
function bundleTs(entry) {
  return require('esbuild').buildSync(buildOptions(path.resolve(entry))).outputFiles[0].text;
}

/** The entry's bundle, built by esbuild's service while this thread goes on (validate's worker threads use one bundle). */
async function bundleTsAsync(entry) {
  const out = await require('esbuild').build(buildOptions(path.resolve(entry)));
  return out.outputFiles[0].text;
}

/** Compiles and runs a bundle as the module of `entry`; returns its exports. */
function runBundle(entry, code, argv) {
  const file = path.resolve(entry);
  const m = new Module(file, module);
  m.filename = file;
  m.paths = Module._nodeModulePaths(path.dirname(file));
  if (argv) process.argv = [process.argv[0], file, ...argv];
  process.setSourceMapsEnabled?.(true);
  m._compile(code, file);
  return m.exports;
}

function runTs(entry, argv) {
  return runBundle(entry, bundleTs(entry), argv);
}

module.exports = { runTs, bundleTs, bundleTsAsync, runBundle };
if (require.main === module) {
  const [entry, ...rest] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: run-ts FILE.ts [args...]');
    process.exit(2);
  }
  runTs(entry, rest);
}
