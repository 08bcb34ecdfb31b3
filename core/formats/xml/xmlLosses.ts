import type { GraphFile } from '../../model/schema';
import { flattenEdge, flattenGraphMeta, flattenNode } from '../flatAttributes';
import { summarise } from '../report';
import { hasNonXmlCharacters, toXmlCharacters } from './escapeXml';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * Each written text with where it sits, for the examples of a loss ("node "x" label"). The place is
 * named only when asked: almost every text is fine, and naming all of them was most of the check.
 */
function* writtenTexts(graph: GraphFile, withSources: boolean): Generator<readonly [() => string, string]> {
  for (const [key, value] of flattenGraphMeta(graph)) {
    if (key === 'kg_sources' && !withSources) continue;
    yield [() => `graph ${key}`, value as string];
  }
  const records = [
    ...graph.nodes.map((n) => ['node', n.id, flattenNode(n)] as const),
    ...graph.edges.map((e) => ['edge', e.id, flattenEdge(e)] as const),
  ];
  for (const [kind, id, record] of records) {
    const name = () => `${kind} "${toXmlCharacters(id)}"`;
    yield [() => `${name()} id`, id];
    for (const [key, value] of record) {
      yield [() => `${name()} attribute name "${toXmlCharacters(key)}"`, key];
      if (typeof value === 'string') yield [() => `${name()} ${toXmlCharacters(key)}`, value];
    }
  }
}

/**
 * What XML cannot hold of this graph, in sentences: characters outside XML 1.0 and null attribute
 * values. JSON-valued attributes (aliases, evidence, sources) escape control characters themselves,
 * so only what is written as it stands is counted.
 */
export function xmlLosses(graph: GraphFile, options: { readonly withSources: boolean }): string[] {
  const losses: string[] = [];
  const bad: string[] = [];
  for (const [where, text] of writtenTexts(graph, options.withSources)) if (hasNonXmlCharacters(text)) bad.push(where());
  if (bad.length > 0) {
    losses.push(
      summarise(
        'info',
        `${plural(bad.length, 'One text contains', 'Texts contain')} characters XML 1.0 cannot carry (control characters ` +
          'other than tab, line feed and carriage return, unpaired surrogates, U+FFFE, U+FFFF); each is written as U+FFFD (�)',
        bad,
        3,
      ).message,
    );
  }
  const nulls = [
    ...graph.nodes.flatMap((n) => Object.keys(n.attributes).filter((k) => n.attributes[k] === null).map((k) => `node "${n.id}" attribute "${k}"`)),
    ...graph.edges.flatMap((e) => Object.keys(e.attributes).filter((k) => e.attributes[k] === null).map((k) => `edge "${e.id}" attribute "${k}"`)),
  ].map(toXmlCharacters);
  if (nulls.length > 0) {
    losses.push(summarise('info', 'Null attribute values are written as absent', nulls, 3).message);
  }
  return losses;
}
