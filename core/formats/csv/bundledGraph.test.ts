import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../importFile';
import { parseGraphText } from '../../io/nativeFormat';
import { csvFormat } from './index';

// The bundled article graph through the whole import path (type detection included).
describe('the bundled graph as CSV', () => {
  const parsed = parseGraphText(readFileSync('data/belarus-china.kg.json', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.join('\n'));
  const graph = parsed.value;
  const [nodes, edges] = csvFormat.write(graph, {});

  it('opens the node list alone with every actor', () => {
    const opened = importFile(new TextEncoder().encode(nodes!.text), 'belarus-china.nodes.csv');
    expect(opened.format).toBe('csv');
    expect(opened.graph?.meta.title).toBe('belarus-china');
    expect(opened.graph?.nodes).toEqual(graph.nodes);
    expect(opened.report.filter((r) => r.level !== 'info')).toEqual([]);
  });

  it('opens the edge list alone with every relation; evidence keeps its quotes without the article', () => {
    const opened = importFile(new TextEncoder().encode(edges!.text), 'belarus-china.edges.csv');
    expect(opened.graph?.edges).toEqual(graph.edges);
    expect(opened.graph?.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.filter((n) => graph.edges.some((e) => e.source === n.id || e.target === n.id)).map((n) => n.id).sort());
    expect(opened.report.map((r) => r.level)).not.toContain('error');
    expect(opened.report.find((r) => r.level === 'warning')?.message).toMatch(/^Evidence cites sources the file does not include/);
  });
});
