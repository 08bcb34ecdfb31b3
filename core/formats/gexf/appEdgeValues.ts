import { FoundEdgeFields } from '../appEdgeFields';
import { emptyAttributes, putAttribute } from '../appElementParts';
import { EDGE_KNOWN_KEYS } from '../flatAttributes';
import { readTypedValue } from '../xml/typedValues';
import { attributeOf, localName, type XmlElement } from '../xml/xmlTree';
import type { GexfAttribute } from './gexfAttributes';

/** The attribute ids met in the edge being read: one short list, reused (a Set for each of 100k edges was garbage). */
const seenIds: string[] = [];

/**
 * The direct path of the GEXF reader: a relation built straight from an <edge>'s attvalues as this
 * app writes them (writeGexf.ts: every field a declared attribute, each value of its type), instead of
 * through a Map of values and unflattenEdge.
 *
 * It returns what GexfElements' general path (readValues, the kind/label and weight fallbacks,
 * readSpells, unflattenEdge) returns for the same edge, its id still to come, or null as soon as the
 * edge is anything else: a value for an undeclared attribute, one not of its type, an attribute
 * given twice (a dynamic value), no type or "directed" among the values (fallbacks decide those),
 * spells without a time_start value, or anything unflattenEdge would note. Declared
 * defaults are the caller's to rule out (they give values without attvalues).
 */
export function edgeFromAppValues(element: XmlElement, attributes: ReadonlyMap<string, GexfAttribute>, source: string, target: string): Record<string, unknown> | null {
  const found = new FoundEdgeFields();
  const own = emptyAttributes();
  seenIds.length = 0;
  let spells = false;
  for (const group of element.children) {
    if (typeof group === 'string') continue;
    const kind = localName(group.name);
    if (kind === 'spells') spells = true;
    if (kind !== 'attvalues') continue;
    for (const attvalue of group.children) {
      if (typeof attvalue === 'string' || localName(attvalue.name) !== 'attvalue') continue;
      // GEXF 1.1 wrote the attribute's id as "id", later versions as "for".
      const id = attributeOf(attvalue, 'for') ?? attributeOf(attvalue, 'id') ?? '';
      const attribute = attributes.get(id);
      if (attribute === undefined || seenIds.includes(id)) return null;
      seenIds.push(id);
      const typed = readTypedValue(attributeOf(attvalue, 'value') ?? '', attribute.type);
      if (!typed.ok) return null;
      // Two attributes of one title: the last value counts, in the place of the first, as in readValues' Map.
      if (found.take(attribute.title, typed.value)) continue;
      // id, source or target as a value, or an empty number: the general path.
      if (EDGE_KNOWN_KEYS.has(attribute.title) || typed.value === null) return null;
      putAttribute(own, attribute.title.startsWith('attr.') ? attribute.title.slice('attr.'.length) : attribute.title, typed.value);
    }
  }
  // Without a type value the kind or label names the relation (and without a confidence value the
  // weight is kept as an attribute, while appEdge steps aside for the missing confidence).
  if (found.type === undefined || typeof found.directed !== 'boolean') return null;
  if (found.start === undefined && (spells || element.attributes.has('start') || element.attributes.has('end'))) return null;
  return found.edge('', source, target, found.directed, own);
}
