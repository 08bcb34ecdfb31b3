import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, writeSvg, type SvgScene } from './writeSvg';

const scene: SvgScene = {
  title: 'Ties & <friends>',
  background: '#ffffff',
  nodes: [
    { label: 'A <script>alert(1)</script>', x: 0, y: 0, color: '#4e79a7', shape: 'ellipse', size: 28 },
    { label: 'B "quoted" & \'apos\'', x: 100, y: 50, color: '#f28e2b', shape: 'round-rectangle', size: 28 },
    { label: 'C\u0001ctl', x: 50, y: 120, color: '#ff9da7', shape: 'diamond', size: 28 },
  ],
  edges: [
    { label: 'visits', from: { x: 0, y: 0 }, via: { x: 50, y: 20 }, to: { x: 100, y: 50 }, color: '#2e7d32', directed: true, dash: 'solid' },
    { label: 'borders', from: { x: 100, y: 50 }, via: { x: 75, y: 85 }, to: { x: 50, y: 120 }, color: '#7b7b7b', directed: false, dash: 'dashed' },
  ],
};

describe('SVG export', () => {
  it('is well-formed XML with every node and edge, all text escaped', () => {
    const svg = writeSvg(scene);
    expect(XMLValidator.validate(svg)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(svg) as {
      svg: { title: string; g: Array<{ path?: unknown[] | unknown; g?: Array<{ text: { '#text': string } }> }> };
    };
    const labels = doc.svg.g[1]!.g!.map((g) => g.text['#text']);
    expect(labels).toEqual(['A <script>alert(1)</script>', 'B "quoted" & \'apos\'', 'Cctl']);
    expect(doc.svg.title).toBe('Ties & <friends>');
    expect(svg).not.toContain('<script>');
    expect(svg.match(/<path d="M[-\d.]+,[-\d.]+ Q/g)).toHaveLength(2);
    expect(svg.match(/marker-end=/g)).toHaveLength(1);
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it('omits the background when transparent', () => {
    expect(writeSvg({ ...scene, background: null })).not.toContain('fill="#ffffff"/>');
  });
});
