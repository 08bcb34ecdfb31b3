import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../core/formats/formatModule';
import { extensionOf, outputPaths } from './outputPaths';

const file = (suffix: string): ExportFile => ({ suffix, text: '', mime: 'text/csv' });
const csvPair = [file('.nodes.csv'), file('.edges.csv')];

describe('output paths', () => {
  it('writes one file exactly where asked', () => {
    expect(outputPaths('out/g.json', 'native', [file('.kg.json')])).toEqual(['out/g.json']);
  });

  it('names the two CSV files after OUT', () => {
    expect(outputPaths('out/x.csv', 'csv', csvPair)).toEqual(['out/x.nodes.csv', 'out/x.edges.csv']);
    expect(outputPaths('x.TSV', 'csv', csvPair)).toEqual(['x.nodes.csv', 'x.edges.csv']);
    expect(outputPaths('x.nodes.csv', 'csv', csvPair)).toEqual(['x.nodes.csv', 'x.edges.csv']);
    expect(outputPaths('x.edges.csv', 'csv', csvPair)).toEqual(['x.nodes.csv', 'x.edges.csv']);
    expect(outputPaths('my.graph.csv', 'csv', csvPair)).toEqual(['my.graph.nodes.csv', 'my.graph.edges.csv']);
  });

  it('finds the extension of a file name for messages', () => {
    expect(extensionOf('dir.d/x.foo')).toBe('.foo');
    expect(extensionOf('dir.d/noext')).toBe('');
    expect(extensionOf('.hidden')).toBe('');
  });
});
