import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixtureGraph } from '../core/testing/fixtureGraph';
import type { CliIo } from './io';
import { runCli } from './main';
import { nodeIo } from './nodeIo';

/** Helpers for the CLI's tests: real files in a temp folder, output captured. */
export const BUNDLED = 'data/belarus-china.kg.json';

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'kg-cli-'));
}

export interface Run {
  readonly code: number;
  readonly out: string[];
  readonly err: string[];
}

/** Runs the CLI on the real file system, capturing stdout and stderr lines. */
export async function runReal(argv: readonly string[], base: CliIo = nodeIo()): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { ...base, stdout: (line) => void out.push(line), stderr: (line) => void err.push(line) };
  const code = await runCli(argv, io);
  return { code, out, err };
}

export const bundledText = (): string => readFileSync(BUNDLED, 'utf8');

/** The small fixture graph as file text, optionally changed first. */
export function fixtureText(change: (doc: ReturnType<typeof fixtureGraph>) => void = () => {}): string {
  const doc = fixtureGraph();
  change(doc);
  return JSON.stringify(doc, null, 2);
}
