import type { FlatValue, ParsedJson } from './flatAttributes';

export type FoundValue = FlatValue | ParsedJson | null;

/**
 * One element's flat values, kept in insertion order like a Map (setting a present key keeps its
 * place, deleting and setting again moves it to the end), in two arrays that a reader empties and
 * refills for every element. A Map per element, with the tables it grows through, was most of the
 * garbage of a 100k-relation Cytoscape.js, JGF or CSV read (issue 5: parse + validate ≤ 1 s);
 * unflattenNode / unflattenEdge copy what they need, so one store serves a whole file. Elements have
 * a dozen keys or so: a linear search is as fast as hashing here.
 */
export class FlatValues {
  private readonly keyList: string[] = [];
  private readonly valueList: FoundValue[] = [];

  /** Empties the store for the next element. */
  clear(): this {
    this.keyList.length = 0;
    this.valueList.length = 0;
    return this;
  }

  get size(): number {
    return this.keyList.length;
  }

  get(key: string): FoundValue | undefined {
    const i = this.keyList.indexOf(key);
    return i < 0 ? undefined : this.valueList[i];
  }

  has(key: string): boolean {
    return this.keyList.indexOf(key) >= 0;
  }

  set(key: string, value: FoundValue): this {
    const i = this.keyList.indexOf(key);
    if (i >= 0) this.valueList[i] = value;
    else {
      this.keyList.push(key);
      this.valueList.push(value);
    }
    return this;
  }

  delete(key: string): boolean {
    const i = this.keyList.indexOf(key);
    if (i < 0) return false;
    this.keyList.splice(i, 1);
    this.valueList.splice(i, 1);
    return true;
  }

  /** Map's forEach (value first), without the [key, value] array a Map iterator makes per entry. */
  forEach(visit: (value: FoundValue, key: string) => void): void {
    for (let i = 0; i < this.keyList.length; i++) visit(this.valueList[i]!, this.keyList[i]!);
  }
}
