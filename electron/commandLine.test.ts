import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromArgv } from './commandLine';

const cwd = path.resolve('/home/analyst/work');
const dev = { isPackaged: false, cwd };
const packaged = { isPackaged: true, cwd };
const inCwd = (...parts: string[]) => path.join(cwd, ...parts);

describe('filesFromArgv in development (electron . files…)', () => {
  it('skips the executable and the app folder', () => {
    expect(filesFromArgv(['/x/electron', '.', 'graph.graphml'], dev)).toEqual([inCwd('graph.graphml')]);
    expect(filesFromArgv(['/x/electron', '.'], dev)).toEqual([]);
    expect(filesFromArgv(['/x/electron'], dev)).toEqual([]);
  });

  it('skips flags before and after the app folder (Playwright, Node, Chromium)', () => {
    const argv = ['/x/electron', '--inspect=0', '--remote-debugging-port=0', '--no-sandbox', '.', '--user-data-dir=/tmp/p', 'a.kg.json'];
    expect(filesFromArgv(argv, dev)).toEqual([inCwd('a.kg.json')]);
  });

  it('keeps several files in order, each once', () => {
    expect(filesFromArgv(['/x/electron', '.', 'b.csv', 'sub/a.kg.json', './b.csv'], dev)).toEqual([inCwd('b.csv'), inCwd('sub', 'a.kg.json')]);
  });
});

describe('filesFromArgv when packaged (exe files…)', () => {
  it('takes every positional argument after the executable', () => {
    expect(filesFromArgv(['/Applications/KG Explorer.app/Contents/MacOS/KG Explorer', 'graph.gexf'], packaged)).toEqual([inCwd('graph.gexf')]);
    expect(filesFromArgv(['C:\\KG\\KG Explorer.exe'], packaged)).toEqual([]);
  });

  it('ignores macOS process serial numbers and switches Chromium adds to a second instance', () => {
    const argv = ['/app/kg', '-psn_0_123', '--allow-file-access-from-files', '--original-process-start-time=1370', 'x.json', '--inspect'];
    expect(filesFromArgv(argv, packaged)).toEqual([inCwd('x.json')]);
  });
});

describe('filesFromArgv paths', () => {
  it('resolves relative paths against the given working directory and keeps absolute ones', () => {
    const other = path.resolve('/srv/data');
    expect(filesFromArgv(['/app/kg', 'g.json', '../up.json', path.resolve('/abs/h.json')], { isPackaged: true, cwd: other })).toEqual([
      path.join(other, 'g.json'),
      path.resolve('/srv/up.json'),
      path.resolve('/abs/h.json'),
    ]);
  });

  it('treats everything after a bare -- as a file, even a name starting with a dash', () => {
    expect(filesFromArgv(['/app/kg', '--no-sandbox', '--', '-odd.json', '--x.json'], packaged)).toEqual([inCwd('-odd.json'), inCwd('--x.json')]);
    expect(filesFromArgv(['/x/electron', '.', '--', '-odd.json'], dev)).toEqual([inCwd('-odd.json')]);
  });

  it('ignores empty arguments', () => {
    expect(filesFromArgv(['/app/kg', '', '  ', 'g.json'], packaged)).toEqual([inCwd('g.json')]);
  });
});
