// csv-parse and csv-stringify, reached through this plain-JS module and its hand-written
// declaration (csvLibs.d.ts) on purpose: the packages' own type declarations start with
// `/// <reference types="node" />`, so importing them from TypeScript would bring Node's globals
// (Buffer, process) into core's type check (tsconfig.core.json) and let Node-only code compile in a
// layer that runs in a Web Worker. TypeScript reads only the .d.ts; bundlers and vitest load this file.
//
// The browser builds, not `csv-parse/sync`: that one calls Node's global Buffer, which a worker does
// not have; these carry their own Buffer and bundle for the browser.
export { parse as parseCsv } from 'csv-parse/browser/esm/sync';
export { stringify as stringifyCsv } from 'csv-stringify/browser/esm/sync';
