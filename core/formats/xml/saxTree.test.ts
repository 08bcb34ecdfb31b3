import { describe, expect, it } from 'vitest';
import { importFile } from '../importFile';
import { FORMATS } from '../registry';
import { generateGraph } from '../../../bench/generate';
import { parseXml } from './parseXml';
import { CHUNK_CHARS } from './saxTree';
import { childElements, ownText } from './xmlTree';

/** Pads with text so that `piece` starts `before` characters ahead of the chunk boundary `boundary`. */
function across(prefixLength: number, boundary: number, before: number): string {
  return 'x'.repeat(boundary - before - prefixLength);
}

describe('parseXml reads the text in chunks', () => {
  it('reads a reference, a surrogate pair and a tag that a chunk boundary cuts, and reports progress up to 1', () => {
    let text = '<a>';
    const pads: string[] = [];
    for (const [boundary, before, piece] of [[CHUNK_CHARS, 2, '&amp;'], [2 * CHUNK_CHARS, 1, '\u{1F1E7}'], [3 * CHUNK_CHARS, 3, '<b c="d&#10;e">f</b></a>']] as const) {
      pads.push(across(text.length, boundary, before));
      text += pads.at(-1)! + piece;
    }
    expect(text.length).toBeGreaterThan(3 * CHUNK_CHARS);
    const fractions: number[] = [];
    const parsed = parseXml(text, (f) => fractions.push(f));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const own = ownText(parsed.value);
    expect(own).toBe(`${pads[0]}&${pads[1]}\u{1F1E7}${pads[2]}`);
    const [b] = childElements(parsed.value);
    expect(b!.attributes.get('c')).toBe('d\ne');
    expect(ownText(b!)).toBe('f');
    expect(fractions).toHaveLength(4);
    expect(fractions.map((f) => Math.round(f * text.length))).toEqual([CHUNK_CHARS, 2 * CHUNK_CHARS, 3 * CHUNK_CHARS, text.length]);
  });

  it('an error after the first chunk names its line and column in the whole text', () => {
    const text = `<a>\n${'x'.repeat(CHUNK_CHARS + 10)}\n<b c=1/></a>`;
    const parsed = parseXml(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatchObject({ message: 'Not well-formed XML: Unquoted attribute value.', line: 3, column: 6 });
  });
});

describe('importFile reports progress while it reads XML', () => {
  it('GraphML and GEXF: rising fractions from parsing to the elements, the same graph as without', () => {
    const graph = generateGraph({ edges: 2000, seed: 4 });
    for (const id of ['graphml', 'gexf'] as const) {
      const file = FORMATS[id].write(graph, {})[0]!;
      const bytes = new TextEncoder().encode(file.text);
      const fractions: number[] = [];
      const withProgress = importFile(bytes, `g${file.suffix}`, (f) => fractions.push(f));
      expect(withProgress.graph?.edges.length).toBe(2000);
      expect(withProgress).toEqual(importFile(bytes, `g${file.suffix}`));
      expect(file.text.length).toBeGreaterThan(CHUNK_CHARS);
      // Two chunks or more of parsing, then the elements.
      expect(fractions.length).toBeGreaterThanOrEqual(3);
      expect(fractions).toEqual([...fractions].sort((x, y) => x - y));
      expect(fractions.at(-1)).toBe(0.9);
    }
  });
});
