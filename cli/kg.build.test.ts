import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './testing';

/**
 * The one test of the real thing: `npm run -s cli` builds dist/cli/kg.cjs with vite and runs it.
 * It builds once (in beforeAll); the other cases run the built file and the package's bin directly.
 */
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let validateRun: ReturnType<typeof spawnSync>;

beforeAll(() => {
  validateRun = spawnSync(npm, ['run', '-s', 'cli', '--', 'validate', 'data/belarus-china.kg.json'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
}, 120_000);

const node = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8' });

describe('the built CLI', () => {
  it('npm run -s cli -- validate: builds quietly and prints only the verdict', () => {
    expect(validateRun.stderr).toBe('');
    expect(validateRun.stdout).toBe('ok: 21 actors, 49 relations, no problems\n');
    expect(validateRun.status).toBe(0);
  });

  it('--help from the built file and from the package bin', () => {
    for (const entry of ['dist/cli/kg.cjs', 'bin/kg-explorer.cjs']) {
      const run = node([entry, '--help']);
      expect(run.status).toBe(0);
      expect(run.stdout.split('\n')[0]).toBe('Usage: kg-explorer <command> [options]');
      expect(run.stderr).toBe('');
    }
  });

  it('exits 2 with one line, no stack trace, for a missing file', () => {
    const run = node(['dist/cli/kg.cjs', 'stats', 'missing.graphml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('kg: cannot read missing.graphml: no such file\n');
  });

  it('the bin says how to build when dist/cli is missing', () => {
    const dir = path.join(tempDir(), 'bin');
    mkdirSync(dir);
    copyFileSync('bin/kg-explorer.cjs', path.join(dir, 'kg-explorer.cjs'));
    const run = node([path.join(dir, 'kg-explorer.cjs'), '--help']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('kg-explorer: the CLI is not built (dist/cli/kg.cjs is missing); run `npm run build:cli` first.\n');
  });
});
