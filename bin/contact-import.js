#!/usr/bin/env node
'use strict';
// The contact-import CLI: runs cli/main.ts through the in-memory TypeScript runner.
const path = require('node:path');
const { runTs } = require('./run-ts.js');
runTs(path.join(__dirname, '..', 'cli', 'main.ts'), process.argv.slice(2));
