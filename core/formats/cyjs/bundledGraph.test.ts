import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../importFile';
import { parseGraphText } from '../../io/nativeFormat';
import { cyjsFormat } from './index';

// The bundled article graph through the whole import path (type detection included).
describe('the bundled graph as Cytoscape.js JSON', () => {
  it('exports and opens again unchanged through importFile', () => {
    const parsed = parseGraphText(readFileSync('data/belarus-china.kg.json', 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.join('\n'));
    const [file] = cyjsFormat.write(parsed.value, {});
    const opened = importFile(new TextEncoder().encode(file!.text), 'belarus-china.cyjs');
    expect(opened.format).toBe('cyjs');
    expect(opened.report).toEqual([]);
    expect(opened.graph).toEqual(parsed.value);
  });
});
