/** Where a match was found; the UI says so beside each hit. */
export type SearchField = 'label' | 'alias' | 'qid' | 'description' | 'relation' | 'evidence';

export interface SearchHit {
  readonly kind: 'node' | 'edge';
  readonly id: string;
  readonly field: SearchField;
  /** The matched text (for evidence, the quote). */
  readonly text: string;
}

/** Lower ranks first: labels before aliases before QIDs before evidence. */
export const RANK: Readonly<Record<SearchField, number>> = { label: 0, alias: 1, qid: 2, description: 3, relation: 4, evidence: 5 };

/** Fields by rank (RANK's inverse). */
const FIELD_OF_RANK = (Object.keys(RANK) as SearchField[]).sort((a, b) => RANK[a] - RANK[b]);

/** What a hit is made from: the search index's entries (see SearchIndex). */
export interface HitSource {
  /** Element number of each entry. */
  readonly element: Int32Array;
  /** Twice the rank of each entry's field. */
  readonly baseScore: Uint8Array;
  /** Each entry's text as the graph has it. */
  readonly texts: readonly string[];
  /** Id of each element number (nodes first). */
  readonly ids: readonly string[];
  readonly nodeCount: number;
}

/** The hit an entry reports. */
export function hitAt(source: HitSource, entry: number): SearchHit {
  const el = source.element[entry]!;
  return { kind: el < source.nodeCount ? 'node' : 'edge', id: source.ids[el]!, field: FIELD_OF_RANK[source.baseScore[entry]! >> 1]!, text: source.texts[entry]! };
}

/**
 * The hits of a search, best first, made only as they are read. The index keeps no hit object per
 * entry (a 100k-relation graph has some 200k entries, and as many objects surviving the index's build
 * made its slices long with garbage collection), and a broad query matches most of them while the
 * search box shows one at a time and the canvas marks the first few hundred.
 */
export class SearchHits implements Iterable<SearchHit> {
  static readonly NONE = new SearchHits(null, new Int32Array(0));

  constructor(
    private readonly source: HitSource | null,
    /** The matching entries, best first (owned: the caller does not reuse it). */
    private readonly entries: Int32Array,
  ) {}

  get length(): number {
    return this.entries.length;
  }

  at(i: number): SearchHit | undefined {
    return this.source !== null && i >= 0 && i < this.entries.length ? hitAt(this.source, this.entries[i]!) : undefined;
  }

  /** Hits start … end - 1 (end clamped to the length), made now. */
  slice(start: number, end: number = this.entries.length): SearchHit[] {
    const out: SearchHit[] = [];
    if (this.source === null) return out;
    for (let i = Math.max(0, start); i < Math.min(end, this.entries.length); i++) out.push(hitAt(this.source, this.entries[i]!));
    return out;
  }

  [Symbol.iterator](): Iterator<SearchHit> {
    return this.slice(0)[Symbol.iterator]();
  }
}
