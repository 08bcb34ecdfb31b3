import type { VisibleSet } from '../filter/filters';
import type { GraphIndex } from '../graph/graphIndex';
import { relationTypeLabel } from '../model/vocabulary';
import { runSteps, STEP_SIZE, type Steps } from '../util/steps';
import { hitAt, RANK, SearchHits, type HitSource, type SearchField, type SearchHit } from './searchHits';

export { SearchHits, type SearchField, type SearchHit } from './searchHits';

/**
 * Built once per graph so a keystroke is a few scans of long strings. Every searchable text,
 * normalised, is joined into parts with a NUL between entries: a query without NUL cannot match
 * across two entries, and `String.prototype.indexOf` over a long string is far cheaper than one call
 * per entry. The parts are kept as they are (as if joined by NUL): joining them into one string was
 * a single task of some 50 ms at 100k relations. Entries are in graph order and each element's
 * entries are adjacent (see buildSearchIndex).
 */
export interface SearchIndex extends HitSource {
  /** The entries, normalised, a part at a time; each part holds whole entries separated by NUL. */
  readonly parts: readonly string[];
  /** Where each part starts, counted as if the parts were joined by NUL (parts + 1 values). */
  readonly partStarts: Int32Array;
  /** Start of each entry in the parts joined by NUL, plus one sentinel past the end (entry count + 1 values). */
  readonly starts: Int32Array;
  /** Element number of each entry (one number per node or edge). */
  readonly element: Int32Array;
  /** Score of a match at the start of each entry; a match inside scores one more. */
  readonly baseScore: Uint8Array;
  /** Id of each element number (nodes first, then edges, in graph order). */
  readonly ids: readonly string[];
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

/** Scores run from 0 (label, at the start) to 2 × the highest rank + 1. */
const SCORE_COUNT = 2 * Math.max(...Object.values(RANK)) + 2;

export function buildSearchIndex(index: GraphIndex): SearchIndex {
  return runSteps(buildSearchIndexSteps(index));
}

/** `buildSearchIndex` in slices of STEP_SIZE elements (see core/util/steps). */
export function* buildSearchIndexSteps(index: GraphIndex, size = STEP_SIZE): Steps<SearchIndex> {
  const total = index.graph.nodes.length + index.graph.edges.length;
  const texts: string[] = [];
  const element: number[] = [];
  const baseScore: number[] = [];
  const ids: string[] = [];
  let elementNumber = -1;
  // No hit object per entry: SearchHits makes them as a search reads them.
  const add = (field: SearchField, text: string | null): void => {
    if (!text) return;
    texts.push(text);
    element.push(elementNumber);
    baseScore.push(RANK[field] * 2);
  };
  // Ids are unique per kind in a validated graph, so element numbers follow graph order.
  for (const node of index.graph.nodes) {
    elementNumber++;
    ids.push(node.id);
    add('label', node.label);
    for (const alias of node.aliases) add('alias', alias);
    add('qid', node.qid);
    add('description', node.description);
    if ((elementNumber + 1) % size === 0) yield (elementNumber + 1) / (total + 1);
  }
  for (const edge of index.graph.edges) {
    elementNumber++;
    ids.push(edge.id);
    add('relation', relationTypeLabel(edge.type));
    for (const ev of edge.evidence) add('evidence', ev.quote);
    if ((elementNumber + 1) % size === 0) yield (elementNumber + 1) / (total + 1);
  }
  // Normalised and joined a part at a time (a 100k-relation graph has some 60 MB of quotes: one
  // join and one lower-casing of all of it held the page for 150 ms). ASCII texts only need
  // lower-casing, which keeps their length, so one call per part does it; a part with other texts
  // has those normalised one by one first (already lower-case, so the part's call keeps them).
  const parts: string[] = [];
  const partSize = 4 * size;
  const entries = texts.length;
  const starts = new Int32Array(entries + 1);
  const partStarts = new Int32Array(Math.ceil(entries / partSize) + 1);
  let at = 0;
  for (let from = 0; from < entries; from += partSize) {
    const to = Math.min(entries, from + partSize);
    // The texts stay as the graph has them (hits report them); the part holds them normalised.
    const normalised = texts.slice(from, to);
    let part = normalised.join(SEPARATOR);
    if (NON_ASCII.test(part)) {
      for (let k = 0; k < normalised.length; k++) if (NON_ASCII.test(normalised[k]!)) normalised[k] = normaliseForSearch(normalised[k]!);
      part = normalised.join(SEPARATOR);
    }
    partStarts[parts.length] = at;
    parts.push(part.toLowerCase());
    for (let k = 0; k < normalised.length; k++) {
      starts[from + k] = at;
      at += normalised[k]!.length + 1;
    }
    yield total / (total + 1);
  }
  starts[entries] = at;
  partStarts[parts.length] = at;
  return {
    parts,
    partStarts,
    starts,
    element: Int32Array.from(element),
    baseScore: Uint8Array.from(baseScore),
    texts,
    ids,
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

/** The part that holds the entry starting at `start` (a binary search over the parts' starts). */
function partAt(index: SearchIndex, start: number): number {
  const { partStarts } = index;
  let low = 0;
  let high = index.parts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (partStarts[mid]! <= start) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** An entry's normalised text, as the index holds it. */
export function entryText(index: SearchIndex, entry: number): string {
  const start = index.starts[entry]!;
  const part = partAt(index, start);
  const base = index.partStarts[part]!;
  return index.parts[part]!.slice(start - base, index.starts[entry + 1]! - 1 - base);
}

/** Fills the scratch with each matching element once and its best-scoring entry (the first on a tie); returns their number. */
function findMatches(index: SearchIndex, q: string, scratch: Scratch): number {
  const { parts, partStarts, starts, element, baseScore } = index;
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
    // The slow path, for a query that contains the separator: entry by entry.
    for (let entry = 0; entry < entries; entry++) {
      const at = entryText(index, entry).indexOf(q);
      if (at >= 0) note(entry, at);
    }
    return count;
  }
  let entry = 0;
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    const base = partStarts[p]!;
    // Offsets below are counted in the joined parts; each part is searched on its own.
    for (let pos = part.indexOf(q); pos >= 0; ) {
      const at = base + pos;
      while (starts[entry + 1]! <= at) entry++;
      note(entry, at - starts[entry]!);
      // One match per entry: go on from the next entry, if this part holds it.
      const next = starts[++entry]! - base;
      pos = next < part.length ? part.indexOf(q, next) : -1;
    }
  }
  return count;
}

/**
 * Every element matching the query, best first, each element once (its best field).
 * A match at the start of a label ranks above one inside it; equal scores keep graph order.
 */
export function search(index: SearchIndex, query: string): SearchHit[] {
  return searchWhere(index, query, null).hits.slice(0);
}

export interface FilteredSearch {
  /** Matches that pass `isShown`, best first. */
  readonly hits: SearchHits;
  /** Matches that do not. */
  readonly hidden: number;
}

/** `search`, keeping only the elements `isShown` accepts (null: all). One scan, then a linear ranking. */
export function searchWhere(index: SearchIndex, query: string, isShown: ((hit: SearchHit) => boolean) | null): FilteredSearch {
  const { entries, count } = rankMatches(index, query);
  if (!isShown) return { hits: new SearchHits(index, entries.slice(0, count)), hidden: 0 };
  const shown: number[] = [];
  for (let i = 0; i < count; i++) if (isShown(hitAt(index, entries[i]!))) shown.push(entries[i]!);
  return { hits: new SearchHits(index, Int32Array.from(shown)), hidden: count - shown.length };
}

/** The matching entries, best first (each element once, by its best entry), in the scratch's `ranked`. */
function rankMatches(index: SearchIndex, query: string): { readonly entries: Int32Array; readonly count: number } {
  const q = normaliseForSearch(query.trim());
  if (q === '') return { entries: new Int32Array(0), count: 0 };
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
  return { entries: ranked, count };
}

/**
 * One byte per element number, 1 where the visible set shows it. Built once per visible set (a
 * filter or focus change makes a new one), so a keystroke reads a byte per match instead of hashing
 * an id string into a Set.
 */
const visibilityMasks = new WeakMap<SearchIndex, WeakMap<VisibleSet, Uint8Array>>();

export function visibilityMask(index: SearchIndex, visible: VisibleSet): Uint8Array {
  let perIndex = visibilityMasks.get(index);
  if (!perIndex) {
    perIndex = new WeakMap();
    visibilityMasks.set(index, perIndex);
  }
  let mask = perIndex.get(visible);
  if (!mask) {
    mask = new Uint8Array(index.elementCount);
    const { ids, nodeCount } = index;
    for (let el = 0; el < nodeCount; el++) if (visible.nodes.has(ids[el]!)) mask[el] = 1;
    for (let el = nodeCount; el < index.elementCount; el++) if (visible.edges.has(ids[el]!)) mask[el] = 1;
    perIndex.set(visible, mask);
  }
  return mask;
}

/**
 * What the search box shows: matches among the visible elements, and how many more the filters or
 * focus hide. With everything visible (the usual case) no element is looked up in the visible set.
 */
export function searchVisible(index: SearchIndex, query: string, visible: VisibleSet): FilteredSearch {
  const allShown = visible.nodes.size === index.nodeCount && visible.edges.size === index.elementCount - index.nodeCount;
  if (allShown) return searchWhere(index, query, null);
  const ranked = rankMatches(index, query);
  const mask = visibilityMask(index, visible);
  const { entries, count } = ranked;
  const { element } = index;
  let shown = 0;
  for (let i = 0; i < count; i++) shown += mask[element[entries[i]!]!]!;
  const shownEntries = new Int32Array(shown);
  for (let i = 0, at = 0; at < shown; i++) {
    const entry = entries[i]!;
    if (mask[element[entry]!] === 1) shownEntries[at++] = entry;
  }
  return { hits: new SearchHits(index, shownEntries), hidden: count - shown };
}
