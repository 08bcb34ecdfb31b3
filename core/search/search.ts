import type { VisibleSet } from '../filter/filters';
import type { GraphIndex } from '../graph/graphIndex';
import { relationTypeLabel } from '../model/vocabulary';

/** Where a match was found; the UI says so beside each hit. */
export type SearchField = 'label' | 'alias' | 'qid' | 'description' | 'relation' | 'evidence';

export interface SearchHit {
  readonly kind: 'node' | 'edge';
  readonly id: string;
  readonly field: SearchField;
  /** The matched text (for evidence, the quote). */
  readonly text: string;
}

/**
 * Built once per graph so a keystroke is one scan of one string. Every searchable text, normalised,
 * is joined into `haystack` with a NUL between entries: a query without NUL cannot match across two
 * entries, and `String.prototype.indexOf` over one long string is far cheaper than one call per entry.
 * Entries are in graph order and each element's entries are adjacent (see buildSearchIndex).
 */
export interface SearchIndex {
  readonly haystack: string;
  /** Start of each entry in `haystack`, plus one sentinel past the end (entry count + 1 values). */
  readonly starts: Int32Array;
  /** Element number of each entry (one number per node or edge). */
  readonly element: Int32Array;
  /** Score of a match at the start of each entry; a match inside scores one more. */
  readonly baseScore: Uint8Array;
  /** The hit each entry reports. */
  readonly hits: readonly SearchHit[];
  readonly elementCount: number;
  readonly nodeCount: number;
}

/** Case- and accent-insensitive form: "Aleinik", "ALEÏNIK" and "aleinik" match each other. */
export function normaliseForSearch(text: string): string {
  // Plain ASCII (most names and quotes) has no accents or curly quotes to fold.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"');
}

/** Any UTF-16 unit outside ASCII (surrogates included). */
const NON_ASCII = /[\u0080-\uffff]/;
const SEPARATOR = '\u0000';

/** Lower ranks first: labels before aliases before QIDs before evidence. */
const RANK: Readonly<Record<SearchField, number>> = { label: 0, alias: 1, qid: 2, description: 3, relation: 4, evidence: 5 };
/** Scores run from 0 (label, at the start) to 2 × the highest rank + 1. */
const SCORE_COUNT = 2 * Math.max(...Object.values(RANK)) + 2;

export function buildSearchIndex(index: GraphIndex): SearchIndex {
  const texts: string[] = [];
  const element: number[] = [];
  const baseScore: number[] = [];
  const hits: SearchHit[] = [];
  let elementNumber = -1;
  const add = (kind: 'node' | 'edge', id: string, field: SearchField, text: string | null): void => {
    if (!text) return;
    texts.push(text);
    element.push(elementNumber);
    baseScore.push(RANK[field] * 2);
    hits.push({ kind, id, field, text });
  };
  // Ids are unique per kind in a validated graph, so element numbers follow graph order.
  for (const node of index.graph.nodes) {
    elementNumber++;
    add('node', node.id, 'label', node.label);
    for (const alias of node.aliases) add('node', node.id, 'alias', alias);
    add('node', node.id, 'qid', node.qid);
    add('node', node.id, 'description', node.description);
  }
  for (const edge of index.graph.edges) {
    elementNumber++;
    add('edge', edge.id, 'relation', relationTypeLabel(edge.type));
    for (const ev of edge.evidence) add('edge', edge.id, 'evidence', ev.quote);
  }
  // ASCII texts only need lower-casing, which keeps their length: one call on the joined text does
  // it. Other texts are normalised one by one first (already lower-case, so the second call keeps them).
  let joined = texts.join(SEPARATOR);
  if (NON_ASCII.test(joined)) {
    for (let i = 0; i < texts.length; i++) if (NON_ASCII.test(texts[i]!)) texts[i] = normaliseForSearch(texts[i]!);
    joined = texts.join(SEPARATOR);
  }
  const starts = new Int32Array(texts.length + 1);
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    starts[i] = at;
    at += texts[i]!.length + 1;
  }
  starts[texts.length] = at;
  return {
    haystack: joined.toLowerCase(),
    starts,
    element: Int32Array.from(element),
    baseScore: Uint8Array.from(baseScore),
    hits,
    elementCount: elementNumber + 1,
    nodeCount: index.graph.nodes.length,
  };
}

/**
 * Per-index work arrays, reused by every query: a fresh typed array per keystroke is zero-filled
 * off-heap memory that soon triggers a full garbage collection. `stamp[el] === generation` marks the
 * elements the current query has matched, so nothing needs clearing between queries.
 */
interface Scratch {
  generation: number;
  readonly stamp: Int32Array;
  readonly bestScore: Uint8Array;
  readonly bestEntry: Int32Array;
  /** Matching elements in graph order, then (ranked) their best entries. */
  readonly elements: Int32Array;
  readonly ranked: Int32Array;
}

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchFor(index: SearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const n = index.elementCount;
    scratch = {
      generation: 0,
      stamp: new Int32Array(n),
      bestScore: new Uint8Array(n),
      bestEntry: new Int32Array(n),
      elements: new Int32Array(n),
      ranked: new Int32Array(n),
    };
    scratches.set(index, scratch);
  }
  scratch.generation++;
  return scratch;
}

/** Where `q` occurs in entry `entry`, or -1 (the slow path, for a query that contains the separator). */
function indexInEntry(index: SearchIndex, entry: number, q: string): number {
  return index.haystack.slice(index.starts[entry]!, index.starts[entry + 1]! - 1).indexOf(q);
}

/** Fills the scratch with each matching element once and its best-scoring entry (the first on a tie); returns their number. */
function findMatches(index: SearchIndex, q: string, scratch: Scratch): number {
  const { haystack, starts, element, baseScore } = index;
  const { stamp, bestScore, bestEntry, elements, generation } = scratch;
  let count = 0;
  const note = (entry: number, at: number): void => {
    const el = element[entry]!;
    const score = baseScore[entry]! + (at === 0 ? 0 : 1);
    if (stamp[el] !== generation) {
      stamp[el] = generation;
      elements[count++] = el;
    } else if (score >= bestScore[el]!) return;
    bestScore[el] = score;
    bestEntry[el] = entry;
  };
  const entries = starts.length - 1;
  if (q.includes(SEPARATOR)) {
    for (let entry = 0; entry < entries; entry++) {
      const at = indexInEntry(index, entry, q);
      if (at >= 0) note(entry, at);
    }
  } else {
    let entry = 0;
    for (let pos = haystack.indexOf(q); pos >= 0; pos = haystack.indexOf(q, starts[++entry]!)) {
      while (starts[entry + 1]! <= pos) entry++;
      note(entry, pos - starts[entry]!);
    }
  }
  return count;
}

/**
 * Every element matching the query, best first, each element once (its best field).
 * A match at the start of a label ranks above one inside it; equal scores keep graph order.
 */
export function search(index: SearchIndex, query: string): SearchHit[] {
  return searchWhere(index, query, null).hits;
}

export interface FilteredSearch {
  /** Matches that pass `isShown`, best first. */
  readonly hits: SearchHit[];
  /** Matches that do not. */
  readonly hidden: number;
}

/** `search`, keeping only the elements `isShown` accepts (null: all). One scan, then a linear ranking. */
export function searchWhere(index: SearchIndex, query: string, isShown: ((hit: SearchHit) => boolean) | null): FilteredSearch {
  const q = normaliseForSearch(query.trim());
  if (q === '') return { hits: [], hidden: 0 };
  const scratch = scratchFor(index);
  const count = findMatches(index, q, scratch);
  const { elements, bestScore, bestEntry, ranked } = scratch;
  // Counting sort by score: elements arrive in graph order, so each score keeps graph order.
  const next = new Int32Array(SCORE_COUNT + 1);
  for (let i = 0; i < count; i++) next[bestScore[elements[i]!]! + 1]!++;
  for (let score = 1; score <= SCORE_COUNT; score++) next[score]! += next[score - 1]!;
  for (let i = 0; i < count; i++) {
    const el = elements[i]!;
    ranked[next[bestScore[el]!]!++] = bestEntry[el]!;
  }
  const hits: SearchHit[] = [];
  let hidden = 0;
  for (let i = 0; i < count; i++) {
    const hit = index.hits[ranked[i]!]!;
    if (isShown && !isShown(hit)) hidden++;
    else hits.push(hit);
  }
  return { hits, hidden };
}

/**
 * What the search box shows: matches among the visible elements, and how many more the filters or
 * focus hide. With everything visible (the usual case) no element is looked up in the visible set.
 */
export function searchVisible(index: SearchIndex, query: string, visible: VisibleSet): FilteredSearch {
  const allShown = visible.nodes.size === index.nodeCount && visible.edges.size === index.elementCount - index.nodeCount;
  return searchWhere(index, query, allShown ? null : (hit) => (hit.kind === 'node' ? visible.nodes : visible.edges).has(hit.id));
}
