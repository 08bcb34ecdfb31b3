import { seededRandom } from '../core/analysis/seededRandom';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type GraphEdge, type GraphFile, type GraphNode, type Source } from '../core/model/schema';
import { ACTOR_TYPES, RELATION_TYPES, type ActorType } from '../core/model/vocabulary';

/**
 * A realistic, deterministic graph for benchmarks: scale-free by preferential attachment
 * (Barabási–Albert, each new actor ties to `m` earlier ones picked in proportion to degree),
 * typed actors, relation types from the vocabulary with their stance / CAMEO / Goldstein,
 * day-precision dates, confidence, and evidence quotes that really occur in a generated source text.
 */
export interface GenerateOptions {
  readonly edges: number;
  /** Actors ≈ edges / edgesPerNode (default 5). */
  readonly edgesPerNode?: number;
  readonly seed?: number;
}

const TYPE_WEIGHTS: ReadonlyArray<readonly [ActorType, number]> = [
  ['person', 40],
  ['state', 15],
  ['organisation', 20],
  ['group', 8],
  ['document', 5],
  ['event', 5],
  ['place', 5],
  ['other', 2],
];
const SYLLABLES = ['al', 'ba', 'cor', 'den', 'ev', 'fa', 'gor', 'han', 'ir', 'jos', 'ka', 'lem', 'mir', 'nov', 'or', 'pet', 'ros', 'sal', 'tur', 'vik', 'zem'];

export function generateGraph(options: GenerateOptions): GraphFile {
  const rand = seededRandom(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const edgeCount = options.edges;
  const nodeCount = Math.max(3, Math.round(edgeCount / (options.edgesPerNode ?? 5)));
  const m = Math.max(1, Math.round(edgeCount / nodeCount));
  const totalWeight = TYPE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const actorType = (): ActorType => {
    let r = rand() * totalWeight;
    for (const [t, w] of TYPE_WEIGHTS) if ((r -= w) < 0) return t;
    return 'other';
  };
  const name = (i: number): string => {
    const parts = 2 + (i % 2);
    let s = '';
    for (let p = 0; p < parts; p++) s += pick(SYLLABLES);
    return `${s[0]!.toUpperCase()}${s.slice(1)} ${i}`;
  };
  const nodes: GraphNode[] = [];
  for (let i = 0; i < nodeCount; i++) {
    const type = actorType();
    nodes.push({
      id: `n${i}`,
      label: name(i),
      type: ACTOR_TYPES.includes(type) ? type : 'other',
      aliases: i % 7 === 0 ? [`Alias ${i}`] : [],
      qid: i % 11 === 0 ? `Q${1000 + i}` : null,
      description: i % 5 === 0 ? `A ${type} in the generated benchmark graph` : null,
      time: null,
      position: null,
      attributes: {},
    });
  }
  // Preferential attachment: `targets` holds each node once per incident edge end.
  const ends: number[] = [];
  const pairs: Array<[number, number]> = [];
  const seedSize = Math.min(nodeCount, m + 1);
  for (let i = 1; i < seedSize; i++) {
    pairs.push([i, i - 1]);
    ends.push(i, i - 1);
  }
  for (let i = seedSize; i < nodeCount && pairs.length < edgeCount; i++) {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(m, i)) chosen.add(ends[Math.floor(rand() * ends.length)]!);
    for (const t of chosen) {
      pairs.push([i, t]);
      ends.push(i, t);
    }
  }
  while (pairs.length < edgeCount) {
    const a = ends[Math.floor(rand() * ends.length)]!;
    const b = Math.floor(rand() * nodeCount);
    if (a !== b) pairs.push([b, a]);
  }
  pairs.length = edgeCount;

  const relationTypes = Object.keys(RELATION_TYPES) as Array<keyof typeof RELATION_TYPES>;
  const chunks: string[] = [];
  let offset = 0;
  const edges: GraphEdge[] = pairs.map(([s, t], i) => {
    const type = pick(relationTypes);
    const info = RELATION_TYPES[type];
    const day = 1 + Math.floor(rand() * 28);
    const month = 1 + Math.floor(rand() * 12);
    const year = 2015 + Math.floor(rand() * 10);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const quote = `${nodes[s]!.label} ${info.label.toLowerCase()} ${nodes[t]!.label} on ${date}.`;
    const start = offset;
    chunks.push(quote, ' ');
    offset += quote.length + 1;
    return {
      id: `e${i}`,
      source: nodes[s]!.id,
      target: nodes[t]!.id,
      type,
      directed: rand() < 0.8,
      cameo: info.cameo,
      goldstein: info.goldstein,
      stance: info.stance,
      time: rand() < 0.9 ? { start: date, precision: 'day' } : null,
      confidence: Math.round((0.3 + rand() * 0.7) * 100) / 100,
      evidence: [{ sourceId: 'src1', quote, start, end: start + quote.length }],
      note: null,
      attributes: {},
    };
  });
  const source: Source = {
    id: 'src1',
    title: 'Generated wire report',
    section: null,
    outlet: 'Bench Wire',
    published: '2025-01-01',
    url: null,
    text: chunks.join(''),
  };
  return {
    format: GRAPH_FORMAT,
    version: GRAPH_FORMAT_VERSION,
    meta: { title: `Generated ${nodeCount} actors / ${edgeCount} relations`, description: null },
    sources: [source],
    nodes,
    edges,
  };
}
