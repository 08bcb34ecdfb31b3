import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedJson, unflattenEdge, unflattenNode, type FlatValue } from './flatAttributes';
import { FlatValues, type FoundValue } from './flatValues';

const KEYS = ['label', 'type', 'attr.name', 'name', '__proto__', 'constructor', 'x', 'evidence', 'weight'];
const VALUES: fc.Arbitrary<FoundValue> = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(new ParsedJson([])));
const operation = fc.oneof(
  fc.tuple(fc.constant('set' as const), fc.constantFrom(...KEYS), VALUES),
  fc.tuple(fc.constant('delete' as const), fc.constantFrom(...KEYS), fc.constant(null)),
  fc.tuple(fc.constant('clear' as const), fc.constant(''), fc.constant(null)),
);

const entries = (values: { forEach: (visit: (value: FoundValue, key: string) => void) => void }) => {
  const out: [string, FoundValue][] = [];
  values.forEach((value, key) => out.push([key, value]));
  return out;
};

describe('FlatValues, the store readers reuse for every element', () => {
  it('behaves as a Map under any sequence of set, delete and clear (order, overwrite in place, re-set at the end)', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 40 }), (operations) => {
        const store = new FlatValues();
        const map = new Map<string, FoundValue>();
        for (const [op, key, value] of operations) {
          if (op === 'set') {
            store.set(key, value);
            map.set(key, value);
          } else if (op === 'delete') expect(store.delete(key)).toBe(map.delete(key));
          else {
            store.clear();
            map.clear();
          }
          expect(store.size).toBe(map.size);
          for (const k of KEYS) {
            expect(store.get(k)).toBe(map.get(k));
            expect(store.has(k)).toBe(map.has(k));
          }
        }
        expect(entries(store)).toEqual(entries(map));
      }),
      { numRuns: 300 },
    );
  });

  it('gives unflattenNode and unflattenEdge what a Map gives, refilled for element after element', () => {
    const store = new FlatValues();
    const cases: [string, FlatValue | ParsedJson | null][][] = [
      [['label', 'Minsk'], ['type', 'place'], ['__proto__', 'kept'], ['attr.label', 'x'], ['weight', 2]],
      [['type', 'Strategic Partnership'], ['stance', 'cooperative'], ['confidence', 0.5], ['evidence', new ParsedJson([{ sourceId: 's', quote: 'q', start: 0, end: 1 }])]],
      [['label', null], ['colour', 'red'], ['time_start', '2023-02'], ['directed', 'no']],
    ];
    for (const list of cases) {
      store.clear();
      for (const [key, value] of list) store.set(key, value);
      const map = new Map(list);
      const [storeNotes, mapNotes] = [new Map<string, string[]>(), new Map<string, string[]>()];
      expect(unflattenNode('n1', store, storeNotes)).toStrictEqual(unflattenNode('n1', map, mapNotes));
      expect(unflattenEdge('e1', 'a', 'b', store, true, storeNotes)).toStrictEqual(unflattenEdge('e1', 'a', 'b', map, true, mapNotes));
      expect(storeNotes).toEqual(mapNotes);
    }
  });
});
