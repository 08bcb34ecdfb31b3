import { FoundEdgeFields } from '../appEdgeFields';
import { emptyAttributes, putAttribute } from '../appElementParts';
import { EDGE_KNOWN_KEYS } from '../flatAttributes';
import { readTypedValue } from '../xml/typedValues';
import { localName, ownText, type XmlElement } from '../xml/xmlTree';
import type { GraphmlKey } from './graphmlKeys';

/**
 * The direct path of the GraphML reader: a relation built straight from an <edge>'s <data> as this
 * app writes them (writeGraphml.ts: a declared key per field, each value of its key's type), instead
 * of through a Map of values and unflattenEdge, which at 100k relations cost about a fifth of a read.
 *
 * It returns what readData + unflattenEdge return for the same edge (its id still to come: the reader
 * sets it once every edge's id is known), or null as soon as the edge is anything else: data for an
 * undeclared or yEd key, a value not of its key's type, no "directed" value, or anything
 * unflattenEdge would note. The reader then takes the general
 * path, which decides and notes; no note is made here. Keys with defaults for edges are the caller's
 * to rule out (they give values without <data>).
 */
export function edgeFromAppData(element: XmlElement, keys: ReadonlyMap<string, GraphmlKey>, source: string, target: string): Record<string, unknown> | null {
  const found = new FoundEdgeFields();
  const attributes = emptyAttributes();
  for (const child of element.children) {
    // readData reads only <data>: ports and nested graphs are the reader's (collectElements.ts).
    if (typeof child === 'string' || localName(child.name) !== 'data') continue;
    const key = keys.get(child.attributes.get('key') ?? '');
    if (key === undefined || key.yfiles !== null) return null;
    const typed = readTypedValue(ownText(child), key.type);
    if (!typed.ok) return null;
    const value = typed.value;
    // A key given twice: the last value counts, in the place of the first, as in readData's Map.
    if (found.take(key.name, value)) continue;
    // id, source or target as data, or an empty number: the general path.
    if (EDGE_KNOWN_KEYS.has(key.name) || value === null) return null;
    putAttribute(attributes, key.name.startsWith('attr.') ? key.name.slice('attr.'.length) : key.name, value);
  }
  return typeof found.directed === 'boolean' ? found.edge('', source, target, found.directed, attributes) : null;
}
