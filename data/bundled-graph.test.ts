import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { parseGraphText, serializeGraph } from '../core/io/nativeFormat';
import { relationTypeInfo } from '../core/model/vocabulary';
import type { GraphEdge, GraphFile } from '../core/model/schema';

// The bundled graph is data, checked here like code: every relation quotes the article exactly,
// uses the controlled vocabulary, and the facts the UI and e2e tests rely on are pinned.

const graphText = readFileSync(new URL('./belarus-china.kg.json', import.meta.url), 'utf8');
const articleText = readFileSync(new URL('./belarus-china-article.txt', import.meta.url), 'utf8');

const BOILERPLATE = ['Leave a Reply', 'Trending', 'Exit mobile version', 'Google News', 'Your email address'];
const EXPECTED_NODES = 21;
const EXPECTED_EDGES = 49;

function loadGraph(): GraphFile {
  const result = parseGraphText(graphText);
  if (!result.ok) throw new Error(`bundled graph is invalid:\n${result.error.join('\n')}`);
  return result.value;
}

const graph = loadGraph();
const source = graph.sources[0];
const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));

function edgesBetween(a: string, b: string, type: string): GraphEdge[] {
  return graph.edges.filter(
    (e) => e.type === type && ((e.source === a && e.target === b) || (e.source === b && e.target === a)),
  );
}

describe('bundled graph: format', () => {
  it('parses and validates with parseGraphText', () => {
    const result = parseGraphText(graphText);
    if (!result.ok) console.error(result.error.join('\n'));
    expect(result.ok).toBe(true);
  });

  it('is stored in canonical form (serializeGraph round-trips it unchanged)', () => {
    expect(serializeGraph(graph)).toBe(graphText);
  });

  it('has exactly one source, the cleaned article byte for byte', () => {
    expect(graph.sources).toHaveLength(1);
    expect(source?.id).toBe('belarus-china-2023-02-25');
    expect(source?.section).toBe('World');
    expect(source?.published).toBe('2023-02-25');
    expect(source?.title).toBe('Belarus president Lukashenko, close ally of Russia’s Putin, to visit China');
    expect(source?.text).toBe(articleText);
    expect(articleText.endsWith('to talks\n')).toBe(true);
    expect(articleText.endsWith('\n\n')).toBe(false);
    for (const junk of BOILERPLATE) expect(articleText).not.toContain(junk);
    expect(articleText.startsWith('World')).toBe(false);
  });
});

describe('bundled graph: evidence and vocabulary', () => {
  it('every evidence quote is found verbatim at its offsets', () => {
    for (const edge of graph.edges) {
      for (const ev of edge.evidence) {
        const text = graph.sources.find((s) => s.id === ev.sourceId)?.text;
        expect(text, `${edge.id}: source ${ev.sourceId}`).toBeDefined();
        expect(text?.slice(ev.start, ev.end), edge.id).toBe(ev.quote);
        expect(ev.end - ev.start, edge.id).toBe(ev.quote.length);
      }
    }
  });

  it('every edge type is in RELATION_TYPES with its cameo, goldstein and stance', () => {
    for (const edge of graph.edges) {
      const info = relationTypeInfo(edge.type);
      expect(info, `${edge.id}: unknown type ${edge.type}`).toBeDefined();
      expect(edge.cameo, edge.id).toBe(info?.cameo);
      expect(edge.goldstein, edge.id).toBe(info?.goldstein);
      expect(edge.stance, edge.id).toBe(info?.stance);
    }
  });

  it('every node has an edge and every edge has evidence', () => {
    const linked = new Set(graph.edges.flatMap((e) => [e.source, e.target]));
    for (const node of graph.nodes) expect(linked.has(node.id), `${node.id} has no edge`).toBe(true);
    for (const edge of graph.edges) expect(edge.evidence.length, `${edge.id} has no evidence`).toBeGreaterThan(0);
  });

  it('every node has a one-sentence description and no stored position', () => {
    for (const node of graph.nodes) {
      expect(node.description, node.id).toMatch(/\S/);
      expect(node.position, node.id).toBeNull();
    }
  });
});

describe('bundled graph: facts', () => {
  it('China and Belarus have an undirected strategic partnership since September 2022', () => {
    const [edge, ...more] = edgesBetween('china', 'belarus', 'strategic_partnership');
    expect(more).toHaveLength(0);
    expect(edge?.directed).toBe(false);
    expect(edge?.time).toEqual({ start: '2022-09', precision: 'month', text: 'In September last year' });
    expect(edge?.evidence[0]?.quote).toBe('Xi and Lukashenko announced an “all-weather” strategic partnership');
  });

  it('the state visit is an event from 2023-02-28 to 2023-03-02', () => {
    const visit = nodeById.get('lukashenko-state-visit-china');
    expect(visit?.type).toBe('event');
    expect(visit?.time).toMatchObject({ start: '2023-02-28', end: '2023-03-02', precision: 'day' });
    expect(edgesBetween('lukashenko', 'lukashenko-state-visit-china', 'participates_in')).toHaveLength(1);
    expect(edgesBetween('xi-jinping', 'lukashenko-state-visit-china', 'participates_in')).toHaveLength(1);
  });

  it('capitals are aliases of their states, never nodes', () => {
    const capitals: ReadonlyArray<readonly [string, string]> = [
      ['belarus', 'Minsk'],
      ['china', 'Beijing'],
      ['russia', 'Moscow'],
      ['ukraine', 'Kyiv'],
    ];
    for (const [state, capital] of capitals) {
      expect(nodeById.get(state)?.aliases).toContain(capital);
      expect(graph.nodes.some((n) => n.label === capital)).toBe(false);
    }
  });

  it('relations taken from the "Read more" headlines have confidence <= 0.6', () => {
    const readMoreStart = articleText.indexOf('Read more:');
    expect(readMoreStart).toBeGreaterThan(0);
    const fromHeadlines = graph.edges.filter((e) => e.evidence.every((ev) => ev.start > readMoreStart));
    expect(fromHeadlines.map((e) => e.id).sort()).toEqual(
      [
        'e-belarus-mobilise_forces-belarus-volunteer-force',
        'e-belarus-intend_military_cooperation-russia',
        'e-belarus-ally-russia',
        'e-russia-endorse-position-paper',
        'e-russia-open_to_talks-peace-talks',
      ].sort(),
    );
    for (const edge of fromHeadlines) expect(edge.confidence, edge.id).toBeLessThanOrEqual(0.6);
  });

  it('the phone call links Qin Gang and Sergei Aleinik on 2023-02-24', () => {
    const [call] = edgesBetween('qin-gang', 'sergei-aleinik', 'phone_call');
    expect(call?.time).toMatchObject({ start: '2023-02-24', precision: 'day' });
    expect(nodeById.get('qin-aleinik-phone-call')?.time?.start).toBe('2023-02-24');
  });

  it('has the expected numbers of nodes and edges', () => {
    expect(graph.nodes).toHaveLength(EXPECTED_NODES);
    expect(graph.edges).toHaveLength(EXPECTED_EDGES);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(EXPECTED_EDGES);
  });
});

describe('bundled graph: curation script', () => {
  it('regenerates exactly the committed files (offsets are computed, never hand-typed)', async () => {
    const { spawnSync } = await import('node:child_process');
    const script = new URL('../scripts/curate-article-graph.mjs', import.meta.url);
    const run = spawnSync(process.execPath, [script.pathname, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
