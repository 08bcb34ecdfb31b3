import type { FlatValue } from '../flatAttributes';
import type { FindingSink } from '../xml/findings';
import { attributeOf, childrenNamed, type XmlElement } from '../xml/xmlTree';
import { attributeValue, type GexfAttribute } from './gexfAttributes';
import { timeOfSpell } from './spells';

export const UNDECLARED_ATTRIBUTE = 'Values for attributes the file does not declare, kept as text attributes named by their id';
export const DYNAMIC_VALUES = 'Attributes with several values over time; the first value is kept';
export const SEVERAL_SPELLS = 'Elements with several spells; their time is the whole extent';
export const NOT_DATES = 'Spells that are not calendar dates, not read as time';

export type Values = Map<string, FlatValue | null>;

/** A node's or edge's values by attribute title: declared defaults first, then its attvalues. */
export function readValues(element: XmlElement, attributes: Map<string, GexfAttribute>, findings: FindingSink, name: string): Values {
  const values: Values = new Map();
  for (const a of attributes.values()) if (a.fallback !== undefined) values.set(a.title, a.fallback);
  const seen = new Set<string>();
  for (const group of childrenNamed(element, 'attvalues')) {
    for (const attvalue of childrenNamed(group, 'attvalue')) {
      // GEXF 1.1 wrote the attribute's id as "id", later versions as "for".
      const id = attributeOf(attvalue, 'for') ?? attributeOf(attvalue, 'id') ?? '';
      const text = attributeOf(attvalue, 'value') ?? '';
      if (seen.has(id)) {
        findings.add('info', DYNAMIC_VALUES, name);
        continue;
      }
      seen.add(id);
      const attribute = attributes.get(id);
      if (attribute) values.set(attribute.title, attributeValue(attribute, text, findings));
      else {
        findings.add('warning', UNDECLARED_ATTRIBUTE, id);
        values.set(id, text);
      }
    }
  }
  return values;
}

/** Spells (or start/end on the element) as time_* values, where the element has no time_* of its own. */
export function readSpells(element: XmlElement, values: Values, findings: FindingSink, name: string): void {
  const spells = childrenNamed(element, 'spells').flatMap((group) => childrenNamed(group, 'spell'));
  const bounds = spells.map((s) => [attributeOf(s, 'start'), attributeOf(s, 'end')] as const);
  if (element.attributes.has('start') || element.attributes.has('end')) bounds.push([attributeOf(element, 'start'), attributeOf(element, 'end')]);
  if (bounds.length === 0 || values.has('time_start')) return;
  const times = bounds.map(([start, end]) => timeOfSpell(start, end));
  if (times.some((t) => t === null)) {
    findings.add('info', NOT_DATES, name);
    return;
  }
  if (times.length > 1) findings.add('info', SEVERAL_SPELLS, name);
  // Whole extent: the earliest first day to the latest last day, read as one span.
  const starts = bounds.map(([s, e]) => (s ?? e)!.slice(0, 10)).sort();
  const ends = bounds.map(([s, e]) => (e ?? s)!.slice(0, 10)).sort();
  const time = timeOfSpell(starts[0]!, ends[ends.length - 1]!)!;
  values.set('time_start', time.start);
  if (time.end !== undefined) values.set('time_end', time.end);
  values.set('time_precision', time.precision);
}
