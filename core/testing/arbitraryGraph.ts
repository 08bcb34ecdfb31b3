import fc from 'fast-check';
import type { Evidence, GraphEdge, GraphFile, GraphNode, Source, TimeSpan } from '../model/schema';
import { ACTOR_TYPES, RELATION_TYPES, STANCES } from '../model/vocabulary';

/**
 * Random graphs for property tests of the formats: unicode and XML-special characters, empty
 * strings where the schema allows them, multi-edges, self-loops, ids such as "__proto__".
 * Options say what a format cannot hold, so each test asks only for graphs its format can hold.
 */
export interface ArbitraryGraphOptions {
  /** XML 1.0 cannot carry most C0 control characters; lone surrogates are not text. */
  readonly xmlSafe?: boolean;
  /** Include source texts (and evidence pointing into them). */
  readonly withSources?: boolean;
  /** Include node positions. */
  readonly withPositions?: boolean;
}

// Characters that break naive writers: XML specials, quotes, CSV delimiters, formula starters, RTL, emoji.
const TRICKY = ['<', '>', '&', '"', "'", ',', ';', '\n', '\t', '=', '+', '-', '@', ' ', 'é', 'ß', 'Ж', '中', 'ا', '🇧🇾', '\u00a0', '\\'];

/** Doubles without -0, which text formats cannot tell from 0. */
const double = (constraints: fc.DoubleConstraints) => fc.double({ noNaN: true, ...constraints }).map((v) => v + 0);

function text(options: ArbitraryGraphOptions, minLength = 0): fc.Arbitrary<string> {
  const unit = options.xmlSafe
    ? fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }))
    : fc.oneof(fc.constantFrom(...TRICKY, '\r', '\u0001'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }));
  return fc.array(unit, { minLength, maxLength: 8 }).map((parts) => parts.join(''));
}

const id = (options: ArbitraryGraphOptions) =>
  fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'a b', 'x&y', '1'), text(options, 1));

const partialDate = fc
  .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.constantFrom('year', 'month', 'day'))
  .map(([y, m, d, precision]) => {
    const mm = String(m).padStart(2, '0');
    const dd = String(d).padStart(2, '0');
    const value = precision === 'year' ? `${y}` : precision === 'month' ? `${y}-${mm}` : `${y}-${mm}-${dd}`;
    return { value, precision: precision as TimeSpan['precision'] };
  });

const timeSpan = (options: ArbitraryGraphOptions): fc.Arbitrary<TimeSpan | null> =>
  fc.option(
    fc.tuple(partialDate, fc.boolean(), fc.option(text(options), { nil: undefined })).map(([start, withEnd, words]) => {
      const span: { start: string; precision: TimeSpan['precision']; end?: string; text?: string } = {
        start: start.value,
        precision: start.precision,
      };
      if (withEnd) span.end = start.value;
      if (words !== undefined) span.text = words;
      return span as TimeSpan;
    }),
    { nil: null },
  );

const attributes = (options: ArbitraryGraphOptions) =>
  fc
    .uniqueArray(
      fc.tuple(
        fc.oneof(fc.constantFrom('__proto__', 'constructor', 'weight', 'label', 'attr.x', 'x y', 'élan'), text(options, 1)),
        fc.oneof(text(options), double({ noDefaultInfinity: true }), fc.boolean()),
      ),
      { selector: ([key]) => key, maxLength: 3 },
    )
    .map((pairs) => {
      const out = Object.create(null) as Record<string, string | number | boolean>;
      for (const [key, value] of pairs) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      return out;
    });

const position = fc.record({
  x: double({ min: -1e6, max: 1e6 }),
  y: double({ min: -1e6, max: 1e6 }),
});

export function arbitraryGraph(options: ArbitraryGraphOptions = {}): fc.Arbitrary<GraphFile> {
  const sources = options.withSources
    ? fc.uniqueArray(fc.record({ id: id(options), title: text(options, 1), text: text(options, 1) }), { selector: (s) => s.id, maxLength: 2 })
    : fc.constant([]);
  const nodes = fc.uniqueArray(
    fc.record({
      id: id(options),
      label: text(options, 1),
      type: fc.constantFrom(...ACTOR_TYPES),
      aliases: fc.array(text(options, 1), { maxLength: 2 }),
      qid: fc.option(fc.integer({ min: 1, max: 99_999_999 }).map((n) => `Q${n}`), { nil: null }),
      description: fc.option(text(options), { nil: null }),
      time: timeSpan(options),
      position: options.withPositions ? position : fc.constant(null),
      attributes: attributes(options),
    }),
    { selector: (n) => n.id, minLength: 1, maxLength: 6 },
  );
  return fc.tuple(sources, nodes, text(options, 1)).chain(([srcs, ns, title]) => {
    const sourceList: Source[] = srcs.map((s) => ({ ...s, section: null, outlet: null, published: null, url: null }));
    const evidence: fc.Arbitrary<Evidence[]> = sourceList.length === 0
      ? fc.constant([])
      : fc.array(
          fc.tuple(fc.nat(sourceList.length - 1), fc.nat(), fc.nat()).map(([si, a, b]) => {
            const source = sourceList[si]!;
            const start = a % source.text.length;
            const end = start + 1 + (b % (source.text.length - start));
            return { sourceId: source.id, quote: source.text.slice(start, end), start, end };
          }).filter((ev) => ev.quote.length > 0),
          { maxLength: 2 },
        );
    const edge = fc.record({
      source: fc.constantFrom(...ns.map((n) => n.id)),
      target: fc.constantFrom(...ns.map((n) => n.id)),
      type: fc.oneof(fc.constantFrom(...Object.keys(RELATION_TYPES)), fc.constantFrom('related_to', 'trades_with', 'x1')),
      directed: fc.boolean(),
      cameo: fc.option(fc.constantFrom('042', '057', '0312', '19'), { nil: null }),
      goldstein: fc.option(double({ min: -10, max: 10 }), { nil: null }),
      stance: fc.constantFrom(...STANCES),
      time: timeSpan(options),
      confidence: double({ min: 0, max: 1 }),
      evidence,
      note: fc.option(text(options), { nil: null }),
      attributes: attributes(options),
    });
    return fc.array(edge, { maxLength: 8 }).map((es) => {
      const edges: GraphEdge[] = es.map((e, i) => ({ id: `e${i}`, ...e }));
      const graph: GraphFile = {
        format: 'kg-explorer-graph',
        version: 2,
        meta: { title, description: null },
        sources: sourceList,
        nodes: ns as GraphNode[],
        edges,
      };
      return graph;
    });
  });
}
