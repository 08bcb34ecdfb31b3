import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { arbitraryGraph } from '../testing/arbitraryGraph';
import { fastParseEdge, fastParseMeta, fastParseNode, fastParseSource } from './fastParse';
import { EdgeSchema, GraphFileSchema, NodeSchema, SourceSchema } from './schema';

/** Values that sit on either side of some rule of the schema. */
const ODD_VALUES: readonly unknown[] = [
  undefined, null, '', ' ', 'x', 'x'.repeat(200), 'x'.repeat(201), 0, -0, -1, 0.5, 1, 1.5, 10, 10.5, -10.5, 2 ** 53, NaN, Infinity, -Infinity,
  true, false, [], ['a'], [''], {}, { a: 1 }, { a: [] }, { a: undefined }, '2023', '2023-02', '2023-02-28', '2023-13', '2023-02-30',
  'Q184', 'Q0', 'q184', '042', '1', '12345', 'snake_case', 'Snake', 'day', 'month', 'year', 'person', 'cooperative', 'conflictual',
  { start: '2023', precision: 'year' }, { start: '2023-02', precision: 'year' }, { start: '2023', end: '2022', precision: 'year' },
  { start: '2023', end: '2024', precision: 'year', text: 'then' }, { start: '2023', precision: 'year', extra: 1 }, { x: 1, y: 2 }, { x: 1 },
  { sourceId: 's', quote: 'q', start: 0, end: 1 }, { sourceId: 's', quote: '', start: 0, end: 1 }, Object.create(null) as object, new Date(0),
];
const ODD_KEYS = ['id', 'label', 'type', 'aliases', 'qid', 'description', 'time', 'position', 'attributes', 'source', 'target', 'directed', 'cameo',
  'goldstein', 'stance', 'confidence', 'evidence', 'note', 'title', 'section', 'outlet', 'published', 'url', 'text', 'extra', '__proto__'];

/** A valid element changed in up to three places: a key set to an odd value, deleted, or added. */
function mutated(element: object): fc.Arbitrary<unknown> {
  const change = fc.tuple(fc.constantFrom(...ODD_KEYS), fc.constantFrom(...ODD_VALUES), fc.boolean());
  return fc.tuple(fc.array(change, { maxLength: 3 }), fc.boolean()).map(([changes, viaJson]) => {
    const copy = viaJson ? (JSON.parse(JSON.stringify(element)) as Record<string, unknown>) : { ...(element as Record<string, unknown>) };
    for (const [key, value, remove] of changes) {
      if (remove) delete copy[key];
      else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return copy;
  });
}

type Schema = { safeParse: (raw: unknown) => z.ZodSafeParseResult<unknown> };

/** The fast path accepts only what zod accepts, and returns exactly what zod returns (key order and prototypes too). */
function agrees(fast: (raw: unknown) => unknown, schema: Schema, raw: unknown, mustAccept: boolean): void {
  const expected = schema.safeParse(raw);
  const actual = fast(raw);
  if (mustAccept) expect(actual).toBeDefined();
  if (actual === undefined) return;
  expect(expected.success).toBe(true);
  if (!expected.success) return;
  expect(actual).toStrictEqual(expected.data);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected.data));
  const attributesProto = (v: unknown) => Object.getPrototypeOf((v as { attributes?: object }).attributes ?? null) as unknown;
  if (typeof actual === 'object' && actual !== null && 'attributes' in actual) expect(attributesProto(actual)).toBe(attributesProto(expected.data));
}

const graphs = arbitraryGraph({ withSources: true, withPositions: true });
const cases: ReadonlyArray<readonly [string, (raw: unknown) => unknown, Schema, (g: z.infer<typeof GraphFileSchema>) => readonly object[]]> = [
  ['nodes', fastParseNode, NodeSchema, (g) => g.nodes],
  ['edges', fastParseEdge, EdgeSchema, (g) => g.edges],
  ['sources', fastParseSource, SourceSchema, (g) => g.sources],
  ['meta', fastParseMeta, GraphFileSchema.shape.meta, (g) => [g.meta]],
];

describe('fast element parsers agree with the zod schemas', () => {
  for (const [name, fast, schema, elements] of cases) {
    it(`accepts every valid ${name} element with zod's exact output`, () => {
      fc.assert(
        fc.property(graphs, fc.boolean(), (graph, viaJson) => {
          for (const element of elements(graph)) agrees(fast, schema, viaJson ? JSON.parse(JSON.stringify(element)) : element, true);
        }),
        { numRuns: 150 },
      );
    });

    it(`never accepts a changed ${name} element that zod rejects`, () => {
      const changed = graphs.chain((graph) => {
        const list = elements(graph);
        return list.length === 0 ? fc.constant(null) : fc.constantFrom(...list).chain(mutated);
      });
      fc.assert(
        fc.property(changed, (raw) => agrees(fast, schema, raw, false)),
        { numRuns: 600 },
      );
    });
  }

  it('accepts elements that omit every defaulted key, as zod fills them', () => {
    agrees(fastParseNode, NodeSchema, { id: 'a', label: 'A', type: 'person' }, true);
    agrees(fastParseEdge, EdgeSchema, { id: 'e', source: 'a', target: 'b', type: 'meet', stance: 'neutral', confidence: 1 }, true);
    agrees(fastParseSource, SourceSchema, { id: 's', title: 'T', text: '' }, true);
    agrees(fastParseMeta, GraphFileSchema.shape.meta, { title: 'T' }, true);
  });
});
