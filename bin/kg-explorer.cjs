#!/usr/bin/env node
// The package's command (package.json "bin"): runs the built CLI, or says how to build it.
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS launcher loads the CommonJS bundle */
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');

const built = path.join(__dirname, '..', 'dist', 'cli', 'kg.cjs');
if (!existsSync(built)) {
  process.stderr.write('kg-explorer: the CLI is not built (dist/cli/kg.cjs is missing); run `npm run build:cli` first.\n');
  process.exit(2);
}
require(built);
