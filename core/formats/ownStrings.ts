// Strings a reader cut from a file's text, made into strings of their own before they go into the
// graph. V8 makes a cut of 13 characters or more (String.prototype.slice, a regular expression's
// group) a view into the string it was cut from, so one such label in a graph kept the whole text of
// the file alive, 60–170 MB at 100k relations, for as long as the graph worker holds the graph.
// Shorter cuts are copies already. The XML and CSV readers cut their values from the text; the JSON
// formats' values come from JSON.parse, which makes strings of their own.

import { NO_ATTRIBUTES } from './appElementParts';

const SLICE_MIN_LENGTH = 13;

/** The text as a string of its own: joined to a space and cut again, the join is flattened into a new string. */
export function ownString(text: string): string {
  return text.length < SLICE_MIN_LENGTH ? text : (' ' + text).slice(1);
}

/** Each string value of an object (attributes, a time), made its own; a frozen object (shared, built by the app) is left as it is. */
function ownValues(object: Record<string, unknown>): void {
  for (const key in object) {
    const value = object[key];
    if (typeof value !== 'string' || value.length < SLICE_MIN_LENGTH) continue;
    if (Object.isFrozen(object)) return;
    object[key] = ownString(value);
  }
}

/**
 * An actor (or the graph's meta, a source) as a reader built it, before validation, its texts made
 * its own: its string fields, the strings of its lists (aliases) and of its objects (attributes,
 * time). Evidence is left as it is: readers parse it with JSON.parse.
 */
export function ownElementStrings(element: Record<string, unknown>): void {
  for (const key in element) {
    const value = element[key];
    if (typeof value === 'string') {
      if (value.length >= SLICE_MIN_LENGTH) element[key] = ownString(value);
    } else if (Array.isArray(value)) {
      if (key === 'evidence') continue;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'string' && item.length >= SLICE_MIN_LENGTH) value[i] = ownString(item);
      }
    } else if (typeof value === 'object' && value !== null) {
      ownValues(value as Record<string, unknown>);
    }
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A relation as a reader built it, its texts made its own: its id, ends and note, its time's text and
 * its attributes' values. Its other texts are its own already or short: the type is the type
 * cache's (toRelationType), the stance and CAMEO code are short words, evidence comes from
 * JSON.parse. An end that names an actor in `actorIds` (the actors' ids, already their own) becomes
 * that string, shared, rather than a copy for each relation.
 */
export function ownEdgeStrings(edge: Record<string, unknown>, actorIds: ReadonlyMap<string, string>): void {
  const { id, source, target, note, time, attributes } = edge;
  if (typeof id === 'string' && id.length >= SLICE_MIN_LENGTH) edge['id'] = ownString(id);
  if (typeof source === 'string' && source.length >= SLICE_MIN_LENGTH) edge['source'] = actorIds.get(source) ?? ownString(source);
  if (typeof target === 'string' && target.length >= SLICE_MIN_LENGTH) edge['target'] = actorIds.get(target) ?? ownString(target);
  if (typeof note === 'string' && note.length >= SLICE_MIN_LENGTH) edge['note'] = ownString(note);
  // A time's start and end are dates (10 characters at most) and its precision a word: only its text.
  const text = isRecord(time) ? time['text'] : undefined;
  if (typeof text === 'string' && text.length >= SLICE_MIN_LENGTH) (time as Record<string, unknown>)['text'] = ownString(text);
  // Most relations share the one empty attributes object: nothing to walk.
  if (isRecord(attributes) && attributes !== NO_ATTRIBUTES) ownValues(attributes);
}

/** The ids of these actors (made their own first) that are long enough to have been cut, by themselves. */
export function longActorIds(nodes: readonly unknown[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const node of nodes) {
    const id = isRecord(node) ? node['id'] : undefined;
    if (typeof id === 'string' && id.length >= SLICE_MIN_LENGTH) ids.set(id, id);
  }
  return ids;
}
