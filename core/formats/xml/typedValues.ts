import type { FlatType, FlatValue } from '../flatAttributes';

/**
 * Typed values of GraphML keys and GEXF attributes, both written as text. The type names of both
 * formats (and of the tools that write them: NetworkX's "long", Gephi's "integer") map to the
 * model's three flat types.
 */
const NUMBER_TYPES = new Set(['int', 'integer', 'long', 'short', 'byte', 'float', 'double', 'bigdecimal', 'biginteger']);

/** The declared type as a flat type; list, date and URI types are read as text. */
export function flatTypeOfDeclared(declared: string): FlatType {
  const type = declared.trim().toLowerCase();
  if (NUMBER_TYPES.has(type)) return 'double';
  if (type === 'boolean') return 'boolean';
  return 'string';
}

/** XSD decimal and double lexical forms, without the special values (INF, NaN) the model cannot hold. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export type TypedRead =
  | { readonly ok: true; readonly value: FlatValue | null }
  | { readonly ok: false; readonly text: string };

/**
 * The value of text written for a declared type. Empty numbers are absent (null); text that is not
 * a value of its type is handed back so the reader can keep it as text and say so.
 */
export function readTypedValue(text: string, type: FlatType): TypedRead {
  const value = typedValueOf(text, type);
  return value === NOT_OF_TYPE ? { ok: false, text } : { ok: true, value };
}

/** Stands for text that is not a value of its type (typedValueOf). */
export const NOT_OF_TYPE: unique symbol = Symbol('not of its type');

/**
 * readTypedValue without a result object: the value, or NOT_OF_TYPE. The direct paths read a
 * hundred thousand edges' values through it, and an object for each was young garbage.
 */
export function typedValueOf(text: string, type: FlatType): FlatValue | null | typeof NOT_OF_TYPE {
  if (type === 'string') return text;
  const trimmed = text.trim();
  if (type === 'double') {
    if (trimmed === '') return null;
    const n = NUMBER.test(trimmed) ? Number(trimmed) : NaN;
    return Number.isFinite(n) ? n + 0 : NOT_OF_TYPE;
  }
  const lower = trimmed.toLowerCase();
  if (lower === 'true' || lower === '1') return true;
  if (lower === 'false' || lower === '0') return false;
  return NOT_OF_TYPE;
}

/** How the writers put a flat value into text; readTypedValue reads it back exactly. */
export function writeFlatValue(value: FlatValue): string {
  return typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
}

export function flatTypeOfValue(value: FlatValue): FlatType {
  return typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
}
