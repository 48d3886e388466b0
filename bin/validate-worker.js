'use strict';
// A worker thread of `contact-import validate` (cli/validate-parallel.ts): runs cli/validate-worker.ts through the
// in-memory TypeScript runner, as bin/contact-import.js runs the CLI. The main thread bundles it once for all its
// workers and passes the bundle (workerData.code); without one, the worker bundles it itself.
const path = require('node:path');
const { workerData } = require('node:worker_threads');
const { runBundle, runTs } = require('./run-ts.js');
const entry = path.join(__dirname, '..', 'cli', 'validate-worker.ts');
if (workerData && typeof workerData.code === 'string') runBundle(entry, workerData.code);
else runTs(entry);
