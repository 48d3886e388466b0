// The add-on as Apps Script holds it, built in memory for tests: src/Code.ts bundled into one script whose exports
// are top-level functions (what scripts/build.mjs writes to dist/Code.js, without touching dist/, so tests running
// at the same time as a build never read a half-written file).
import { join } from 'node:path';
import { findProjectRoot } from './services';

let cached: { code: string; names: string[] } | undefined;

/** The bundle of src/Code.ts (or `entry`) with a top-level `function NAME()` for each export. Built once. */
export function appsScriptBundle(entry?: string): { code: string; names: string[] } {
  if (!entry && cached) return cached;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild') as typeof import('esbuild');
  const file = entry ?? join(findProjectRoot(), 'src/Code.ts');
  const common: import('esbuild').BuildOptions = { entryPoints: [file], bundle: true, write: false, platform: 'neutral', mainFields: ['module', 'main'], logLevel: 'silent' };
  // The entry's exports (an IIFE's metafile lists none): from an ESM build of it.
  const probe = esbuild.buildSync({ ...common, format: 'esm', metafile: true, outfile: 'probe.js' });
  const names = [...Object.values(probe.metafile.outputs)[0].exports].sort();
  const r = esbuild.buildSync({ ...common, format: 'iife', globalName: 'ContactImport', target: 'es2019', charset: 'utf8', outfile: 'Code.js' });
  const wrappers = names.map((n) => `function ${n}() {\n  return ContactImport.${n}.apply(this, arguments);\n}`).join('\n');
  const out = { code: `${r.outputFiles![0].text}\n${wrappers}\n`, names };
  if (!entry) cached = out;
  return out;
}
