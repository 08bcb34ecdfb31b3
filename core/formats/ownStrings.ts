// Strings a reader cut from a file's text, made into strings of their own before they go into the
// graph. V8 makes a cut of 13 characters or more (String.prototype.slice, a regular expression's
// group) a view into the string it was cut from, so one such label in a graph kept the whole text of
// the file alive, 60–170 MB at 100k relations, for as long as the graph worker holds the graph.
// Shorter cuts are copies already. The XML and CSV readers cut their values from the text; the JSON
// formats' values come from JSON.parse, which makes strings of their own.

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
 * An actor or relation as a reader built it (before validation), its texts made its own: its string
 * fields, the strings of its lists (aliases) and of its objects (attributes, time). Evidence is left
 * as it is: readers parse it with JSON.parse.
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
