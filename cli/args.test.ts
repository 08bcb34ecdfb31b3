import { describe, expect, it } from 'vitest';
import { parseArgs } from './args';
import { CliError } from './io';

function refusal(argv: string[]): CliError {
  try {
    parseArgs(argv);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected the command line to be refused');
}

describe('argument parsing', () => {
  it('reads commands, arguments and flags', () => {
    expect(parseArgs(['convert', 'a.kg.json', 'b.csv', '--neutralise-formulas'])).toEqual({
      kind: 'run',
      command: 'convert',
      args: ['a.kg.json', 'b.csv'],
      flags: new Set(['neutralise-formulas']),
      options: new Map(),
    });
    expect(parseArgs(['stats', '--json', 'g.kg.json'])).toMatchObject({ command: 'stats', args: ['g.kg.json'], flags: new Set(['json']) });
    expect(parseArgs(['convert', '--neutralize-formulas', 'a', 'b'])).toMatchObject({ flags: new Set(['neutralise-formulas']) });
  });

  it('reads options with a value, spaced or with =', () => {
    expect(parseArgs(['metrics', 'g.kg.json', '--format', 'json', '--directed'])).toEqual({
      kind: 'run',
      command: 'metrics',
      args: ['g.kg.json'],
      flags: new Set(['directed']),
      options: new Map([['format', 'json']]),
    });
    expect(parseArgs(['paths', '--max=3', 'g.kg.json', 'a', 'b'])).toMatchObject({ args: ['g.kg.json', 'a', 'b'], options: new Map([['max', '3']]) });
    expect(parseArgs(['paths', 'g', '--', '--max', 'b'])).toMatchObject({ args: ['g', '--max', 'b'], options: new Map() });
    expect(refusal(['metrics', 'g', '--format'])).toMatchObject({ message: 'metrics --format needs a value (csv|json)', usageOf: 'metrics' });
    expect(refusal(['paths', 'g', 'a', 'b', '--max='])).toMatchObject({ message: 'paths --max needs a value (N)' });
    expect(refusal(['metrics', 'g', '--constructor'])).toMatchObject({ message: 'metrics has no option --constructor (it takes --format, --directed)' });
  });

  it('takes everything after -- as arguments', () => {
    expect(parseArgs(['validate', '--', '--odd-name.kg.json'])).toMatchObject({ args: ['--odd-name.kg.json'] });
  });

  it('asks for help and version in every usual way', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help', command: null });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help', command: null });
    expect(parseArgs(['help'])).toEqual({ kind: 'help', command: null });
    expect(parseArgs(['help', 'stats'])).toEqual({ kind: 'help', command: 'stats' });
    expect(parseArgs(['convert', '--help'])).toEqual({ kind: 'help', command: 'convert' });
    expect(parseArgs(['validate', 'x', '-h'])).toEqual({ kind: 'help', command: 'validate' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it('refuses what it does not understand, naming it', () => {
    expect(refusal([])).toMatchObject({ message: 'no command given', usageOf: 'general', exitCode: 2 });
    expect(refusal(['frobnicate'])).toMatchObject({ message: 'unknown command "frobnicate"', usageOf: 'general' });
    expect(refusal(['help', 'frobnicate'])).toMatchObject({ message: 'unknown command "frobnicate"' });
    expect(refusal(['--json', 'stats'])).toMatchObject({ message: 'unknown option --json (options go after the command)' });
    expect(refusal(['validate', 'x', '--json'])).toMatchObject({ message: 'validate has no option --json', usageOf: 'validate' });
    expect(refusal(['stats', 'x', '--jsn'])).toMatchObject({ message: 'stats has no option --jsn (it takes --json)' });
    expect(refusal(['convert', 'a'])).toMatchObject({ message: 'convert needs OUT', usageOf: 'convert' });
    expect(refusal(['convert'])).toMatchObject({ message: 'convert needs IN and OUT' });
    expect(refusal(['stats', 'a', 'b'])).toMatchObject({ message: 'stats takes 1 argument; unexpected "b"' });
  });
});
