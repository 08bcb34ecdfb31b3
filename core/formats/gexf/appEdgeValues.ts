import { edgeFieldSlot, FoundEdgeFields, NO_FIELD } from '../appEdgeFields';
import { emptyAttributes, putAttribute } from '../appElementParts';
import { EDGE_KNOWN_KEYS, type FlatType } from '../flatAttributes';
import { NOT_OF_TYPE, typedValueOf } from '../xml/typedValues';
import { attributeOf, localName, type XmlElement } from '../xml/xmlTree';
import type { GexfAttribute } from './gexfAttributes';

/** What the direct path does with a declared attribute's values, worked out once per declaration, not per value. */
interface ValuePlan {
  readonly type: FlatType;
  /** The relation field it fills (FoundEdgeFields.put), or NO_FIELD for a user attribute. */
  readonly slot: number;
  /** The user attribute's name; null when its title is id, source or target (the general path's). */
  readonly name: string | null;
  /** The serial of the last edge that gave it a value: a second value in one edge is a dynamic value. */
  seenIn: number;
}

const plansOf = new WeakMap<ReadonlyMap<string, GexfAttribute>, Map<string, ValuePlan>>();
let edgeSerial = 0;

function plansFor(attributes: ReadonlyMap<string, GexfAttribute>): Map<string, ValuePlan> {
  let plans = plansOf.get(attributes);
  if (plans === undefined) {
    plans = new Map();
    for (const [id, { title, type }] of attributes) {
      const slot = edgeFieldSlot(title);
      const name = slot !== NO_FIELD || EDGE_KNOWN_KEYS.has(title) ? null : title.startsWith('attr.') ? title.slice('attr.'.length) : title;
      plans.set(id, { type, slot, name, seenIn: -1 });
    }
    plansOf.set(attributes, plans);
  }
  return plans;
}

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
  const plans = plansFor(attributes);
  const serial = ++edgeSerial;
  const found = new FoundEdgeFields();
  const own = emptyAttributes();
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
      const plan = plans.get(id);
      if (plan === undefined || plan.seenIn === serial) return null;
      plan.seenIn = serial;
      const value = typedValueOf(attributeOf(attvalue, 'value') ?? '', plan.type);
      if (value === NOT_OF_TYPE) return null;
      // Two attributes of one title: the last value counts, in the place of the first, as in readValues' Map.
      if (plan.slot !== NO_FIELD) found.put(plan.slot, value);
      // id, source or target as a value, or an empty number: the general path.
      else if (plan.name === null || value === null) return null;
      else putAttribute(own, plan.name, value);
    }
  }
  // Without a type value the kind or label names the relation (and without a confidence value the
  // weight is kept as an attribute, while appEdge steps aside for the missing confidence).
  if (found.type === undefined || typeof found.directed !== 'boolean') return null;
  if (found.start === undefined && (spells || element.attributes.has('start') || element.attributes.has('end'))) return null;
  return found.edge('', source, target, found.directed, own);
}
