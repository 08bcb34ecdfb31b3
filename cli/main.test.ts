import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { runCli } from './main';
import { memoryIo } from './memoryIo';

async function run(argv: string[]) {
  const io = memoryIo();
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

describe('runCli', () => {
  it('prints the usage on --help, help, and -h, to stdout', async () => {
    for (const argv of [['--help'], ['help'], ['-h']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      expect(r.err).toEqual([]);
      expect(r.out[0]).toBe('Usage: kg-explorer <command> [options]');
      expect(r.out).toContain('  convert IN OUT      convert a graph file to the format OUT\'s extension names');
      expect(r.out).toContain('  metrics FILE        centralities and communities of every actor');
      expect(r.out).toContain('  paths FILE FROM TO  how two actors are connected, with the evidence of each step');
      expect(r.out).toContain('  .kgw.json       KG Explorer workspace (read by every command that reads a graph; its graph is used)');
    }
  });

  it('prints one command\'s usage', async () => {
    const r = await run(['convert', '--help']);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('Usage: kg-explorer convert IN OUT [--neutralise-formulas]');
    expect(r.out.join('\n')).toContain('CSV gives two files: OUT x.csv writes x.nodes.csv and x.edges.csv.');
    expect((await run(['help', 'stats'])).out[0]).toBe('Usage: kg-explorer stats FILE [--json]');
    expect((await run(['help', 'paths'])).out[0]).toBe('Usage: kg-explorer paths FILE FROM TO [--max N] [--directed]');
    const metrics = await run(['metrics', '--help']);
    expect(metrics.out[0]).toBe('Usage: kg-explorer metrics FILE [--format csv|json] [--directed]');
    expect(metrics.out).toContain('  --format csv|json  output format (default csv)');
  });

  it('prints the version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, out: [`kg-explorer ${version}`], err: [] });
  });

  it('answers an unknown command with the usage on stderr and exit 2', async () => {
    const r = await run(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toBe('kg: unknown command "frobnicate"');
    expect(r.err).toContain('Usage: kg-explorer <command> [options]');
    expect((await run([])).err[0]).toBe('kg: no command given');
  });

  it('answers a wrong command line with the command\'s synopsis', async () => {
    expect(await run(['convert', 'a.kg.json'])).toEqual({
      code: 2,
      out: [],
      err: ['kg: convert needs OUT', 'Usage: kg-explorer convert IN OUT [--neutralise-formulas]', 'Run "kg-explorer convert --help" for details.'],
    });
  });

  it('turns an unexpected failure into one line, never a stack trace', async () => {
    const io = { ...memoryIo(), readFile: () => Promise.reject(new TypeError('boom')) };
    const err: string[] = [];
    const code = await runCli(['validate', 'x.kg.json'], { ...io, stderr: (line) => void err.push(line) });
    expect(code).toBe(2);
    expect(err).toEqual(['kg: cannot read x.kg.json: boom']);
  });
});
