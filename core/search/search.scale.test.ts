import { describe, expect, it } from 'vitest';
import { buildGraphIndex } from '../graph/graphIndex';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type GraphEdge, type GraphFile, type GraphNode } from '../model/schema';
import { relationTypeLabel } from '../model/vocabulary';
import { buildSearchIndex, normaliseForSearch, search, searchVisible, searchWhere, type SearchField } from './search';

/**
 * 100,000 actors: "Node i"; every 7th has the alias "Alias i", every 11th the QID "Q(i+1)", every
 * 1000th the description "Linked to node i+1"; actor 4242 is "Zoë Ångström". 2,000 relations, each
 * with one evidence quote.
 */
const NODES = 100_000;
const EDGES = 2_000;
const labelOf = (i: number) => (i === 4242 ? 'Zoë Ångström' : `Node ${i}`);
const aliasOf = (i: number) => (i % 7 === 0 ? `Alias ${i}` : null);
const qidOf = (i: number) => (i % 11 === 0 ? `Q${i + 1}` : null);
const descriptionOf = (i: number) => (i % 1000 === 0 ? `Linked to node ${i + 1}` : null);
const quoteOf = (k: number) => `Report ${k}: Node ${k} met Node ${k + 1}.`;

function bigGraph(): GraphFile {
  const nodes: GraphNode[] = [];
  for (let i = 0; i < NODES; i++) {
    const alias = aliasOf(i);
    nodes.push({
      id: `n${i}`,
      label: labelOf(i),
      type: 'person',
      aliases: alias ? [alias] : [],
      qid: qidOf(i),
      description: descriptionOf(i),
      time: null,
      position: null,
      attributes: {},
    });
  }
  const edges: GraphEdge[] = [];
  for (let k = 0; k < EDGES; k++) {
    edges.push({
      id: `e${k}`,
      source: `n${k}`,
      target: `n${k + 1}`,
      type: k % 2 === 0 ? 'meet' : 'criticise',
      directed: true,
      cameo: null,
      goldstein: null,
      stance: k % 2 === 0 ? 'cooperative' : 'conflictual',
      time: null,
      confidence: 1,
      evidence: [{ sourceId: 'missing', quote: quoteOf(k), start: 0, end: quoteOf(k).length }],
      note: null,
      attributes: {},
    });
  }
  return { format: GRAPH_FORMAT, version: GRAPH_FORMAT_VERSION, meta: { title: 'big', description: null }, sources: [], nodes, edges };
}

const graph = bigGraph();
const graphIndex = buildGraphIndex(graph);
const searchIndex = buildSearchIndex(graphIndex);
const found = (q: string) => search(searchIndex, q).map((h) => `${h.id}:${h.field}`);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Nodes whose text for `field` satisfies `test`, in graph order, as search reports them. */
const nodesWhere = (field: SearchField, text: (i: number) => string | null, test: (t: string) => boolean) =>
  range(NODES)
    .filter((i) => {
      const t = text(i);
      return t !== null && test(t.toLowerCase());
    })
    .map((i) => `n${i}:${field}`);

/** The ranking rule stated plainly: each element's best field (label, alias, QID, description, relation, evidence; a match at the start before one inside), ties in graph order. */
function referenceSearch(query: string): string[] {
  const q = normaliseForSearch(query.trim());
  const scored: Array<{ key: string; score: number; order: number }> = [];
  const RANK: Record<SearchField, number> = { label: 0, alias: 1, qid: 2, description: 3, relation: 4, evidence: 5 };
  let order = 0;
  const consider = (id: string, fields: Array<[SearchField, string | null]>) => {
    let best: { key: string; score: number; order: number } | null = null;
    for (const [field, text] of fields) {
      const at = text ? normaliseForSearch(text).indexOf(q) : -1;
      const score = RANK[field] * 2 + (at === 0 ? 0 : 1);
      if (at >= 0 && (!best || score < best.score)) best = { key: `${id}:${field}`, score, order };
    }
    if (best) scored.push(best);
    order++;
  };
  for (const n of graph.nodes) consider(n.id, [['label', n.label], ...n.aliases.map((a): [SearchField, string] => ['alias', a]), ['qid', n.qid], ['description', n.description]]);
  for (const e of graph.edges) consider(e.id, [['relation', relationTypeLabel(e.type)], ...e.evidence.map((ev): [SearchField, string] => ['evidence', ev.quote])]);
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.key);
}

describe('search on 100,000 actors', () => {
  it('finds label prefixes in graph order', () => {
    expect(found('node 9999')).toEqual(['n9999:label', ...range(10).map((d) => `n9999${d}:label`)]);
  });

  it('ranks matches at the start of a label before matches inside labels, then descriptions', () => {
    // "node 1" starts labels 1, 10–19, 100–199, …; it occurs inside the descriptions "Linked to node 1…".
    const labels = nodesWhere('label', labelOf, (t) => t.startsWith('node 1'));
    const descriptions = nodesWhere('description', descriptionOf, (t) => t.includes('node 1')).filter((key) => !labels.includes(key.replace('description', 'label')));
    const hits = found('NODE 1');
    expect(hits.slice(0, labels.length)).toEqual(labels);
    expect(hits.slice(labels.length, labels.length + descriptions.length)).toEqual(descriptions);
    expect(labels).toHaveLength(11_111);
    expect(descriptions.length).toBeGreaterThan(0);
  });

  it('finds substrings inside labels, then in QIDs where the label lacks them, then in evidence', () => {
    const inLabel = nodesWhere('label', labelOf, (t) => t.includes('777'));
    const inQidOnly = range(NODES)
      .filter((i) => !labelOf(i).includes('777') && (qidOf(i) ?? '').includes('777'))
      .map((i) => `n${i}:qid`);
    const inEvidence = range(EDGES)
      .filter((k) => quoteOf(k).includes('777'))
      .map((k) => `e${k}:evidence`);
    expect(found('777')).toEqual([...inLabel, ...inQidOnly, ...inEvidence]);
    expect(inEvidence).toEqual(['e776:evidence', 'e777:evidence', 'e1776:evidence', 'e1777:evidence']);
    expect(inLabel).toHaveLength(280);
    expect(inQidOnly.length).toBeGreaterThan(0);
  });

  it('finds aliases', () => {
    // Every 7th actor has an alias: 70, 700 and 707, 7000–7098 (15), 70000–70998 (143).
    const expected = nodesWhere('alias', aliasOf, (t) => t.startsWith('alias 70'));
    expect(found('alias 70')).toEqual(expected);
    expect(expected.slice(0, 4)).toEqual(['n70:alias', 'n700:alias', 'n707:alias', 'n7000:alias']);
    expect(expected).toHaveLength(161);
  });

  it('finds Wikidata QIDs', () => {
    const expected = nodesWhere('qid', qidOf, (t) => t.startsWith('q991'));
    expect(found('Q991')).toEqual(expected);
    expect(expected.slice(0, 2)).toEqual(['n990:qid', 'n9911:qid']);
    expect(found('q99001')).toEqual(['n99000:qid']);
  });

  it('finds Wikidata QIDs', () => {
    expect(found('Q991')).toEqual(['n990:qid', 'n9911:qid', ...nodesWhere('qid', qidOf, (t) => t.startsWith('q991') && t.length === 6)]);
    expect(found('q99001')).toEqual(['n99000:qid']);
  });

  it('ignores case and accents', () => {
    expect(found('ANGSTROM')).toEqual(['n4242:label']);
    expect(found('zoë')).toEqual(['n4242:label']);
  });

  it('finds relation types and evidence quotes', () => {
    expect(found('criticises')).toEqual(range(EDGES / 2).map((k) => `e${2 * k + 1}:relation`));
    expect(found('report 1999:')).toEqual(['e1999:evidence']);
  });

  it('agrees with the ranking rule stated plainly', () => {
    for (const q of ['n', 'node 12', '99', 'alias', 'q1', 'linked', 'met node 5', 'ö', 'zebra']) {
      expect(found(q), q).toEqual(referenceSearch(q));
    }
  });

  it('keeps visible matches and counts the hidden ones', () => {
    const shownNodes = new Set(graph.nodes.filter((_, i) => i % 2 === 0).map((n) => n.id));
    const visible = { nodes: shownNodes, edges: new Set<string>() };
    const all = search(searchIndex, 'node 9999');
    const result = searchVisible(searchIndex, 'node 9999', visible);
    expect(result.hits.slice(0).map((h) => h.id)).toEqual(['n99990', 'n99992', 'n99994', 'n99996', 'n99998']);
    expect(result.hidden).toBe(all.length - 5);
    const everything = { nodes: new Set(graph.nodes.map((n) => n.id)), edges: new Set(graph.edges.map((e) => e.id)) };
    const whole = searchVisible(searchIndex, 'node 9999', everything);
    expect(whole.hits.slice(0)).toEqual(all);
    expect(whole.hidden).toBe(0);
  });

  it('with a filter on, finds what a lookup of every hit in the visible set finds, for each visible set in turn', () => {
    const shownNodes = new Set(graph.nodes.filter((_, i) => i % 3 !== 0).map((n) => n.id));
    const filtered = { nodes: shownNodes, edges: new Set(graph.edges.filter((e, k) => k % 4 !== 0 && shownNodes.has(e.source) && shownNodes.has(e.target)).map((e) => e.id)) };
    const focused = { nodes: new Set(['n10', 'n11', 'n12']), edges: new Set(['e10', 'e11']) };
    for (const visible of [filtered, focused, filtered]) {
      for (const q of ['n', 'node 12', 'alias', 'report 1', 'met node 11', 'criticises', 'zebra']) {
        const byLookup = searchWhere(searchIndex, q, (hit) => (hit.kind === 'node' ? visible.nodes : visible.edges).has(hit.id));
        const byMask = searchVisible(searchIndex, q, visible);
        expect(byMask.hits.slice(0), q).toEqual(byLookup.hits.slice(0));
        expect(byMask.hidden, q).toBe(byLookup.hidden);
      }
    }
    expect(searchVisible(searchIndex, 'node 11', focused).hits.slice(0).map((h) => `${h.id}:${h.field}`)).toEqual(['n11:label', 'e10:evidence', 'e11:evidence']);
    expect(searchVisible(searchIndex, 'node 11', focused).hidden).toBe(search(searchIndex, 'node 11').length - 3);
  });
});
