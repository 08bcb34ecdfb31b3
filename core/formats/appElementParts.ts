// Pieces shared by the Cytoscape.js and JGF readers' direct paths (cyjs/appElementData.ts,
// jgf/appMetadata.ts), which build a model element straight from what this app wrote, and (the
// attributes object) by unflatten in flatAttributes.ts.

/**
 * The model's attributes object: no prototype, so that a key such as "__proto__" is plain data.
 * Made as `{}` and then stripped of its prototype rather than with Object.create(null): V8 gives the
 * latter a hash table from the start (about 184 bytes, against 56 for a small object with a null
 * prototype), and at 100k relations those tables were a good part of what the collector copied.
 */
export function emptyAttributes(): Record<string, unknown> {
  return Object.setPrototypeOf({}, null) as Record<string, unknown>;
}

/**
 * The attributes of an element without any, one object shared by all of them (the model's attributes
 * are read-only: see Attributes in schema.ts). Making one for each relation cost a third of a
 * microsecond each (the prototype is set by a call into the engine), 3% of a 100k-relation read.
 */
export const NO_ATTRIBUTES: Readonly<Record<string, unknown>> = Object.freeze(emptyAttributes());

/** Sets (or overwrites in its place, as a Map would) one attribute. */
export function putAttribute(attributes: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(attributes, name, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Evidence (or aliases) as unflatten reads them: a JSON text is parsed (empty or broken → undefined),
 * anything else was parsed with the file already and is taken as it is.
 */
export function parsedList(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (value === '') return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

/** A text field whose absence is null: the text, null, or undefined for a value of another type. */
export function optionalText(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  return typeof value === 'string' ? value : undefined;
}
