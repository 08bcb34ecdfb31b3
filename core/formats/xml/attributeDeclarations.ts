import type { FlatField, FlatRecord, FlatType, FlatValue } from '../flatAttributes';
import { flatTypeOfValue } from './typedValues';

export interface AttributeDeclaration {
  /** GraphML key id or GEXF attribute id. */
  readonly id: string;
  /** GraphML attr.name or GEXF title: the flat key. */
  readonly name: string;
  readonly type: FlatType;
}

export interface AttributeDeclarations {
  /** In the order they are declared: the model's fields in their order, then user attributes as met. */
  readonly list: readonly AttributeDeclaration[];
  readonly idOf: (name: string, value: FlatValue) => string;
}

/**
 * Typed declarations for the flat attributes these records use: the model's fields with their
 * types, user attributes with the type of their values. A user attribute whose values have several
 * types (3 on one node, "3" on another) gets one declaration per type, all with the same name:
 * userAttributeTypes would declare it a string and "3" and 3 would read back alike, while GraphML
 * and GEXF allow several keys of one name (NetworkX reads each value with its own key's type).
 */
export function declareAttributes(records: readonly FlatRecord[], fields: readonly FlatField[], idPrefix: string): AttributeDeclarations {
  const byName = new Map<string, Map<FlatType, AttributeDeclaration>>();
  const fieldTypes = new Map(fields.map((f) => [f.key, f.type]));
  const used = new Set<string>();
  for (const record of records) for (const key of record.keys()) used.add(key);

  const list: AttributeDeclaration[] = [];
  const declare = (name: string, type: FlatType) => {
    let types = byName.get(name);
    if (!types) byName.set(name, (types = new Map()));
    if (!types.has(type)) {
      const declaration = { id: `${idPrefix}${list.length}`, name, type };
      types.set(type, declaration);
      list.push(declaration);
    }
  };
  for (const field of fields) if (used.has(field.key)) declare(field.key, field.type);
  for (const record of records) {
    for (const [key, value] of record) if (!fieldTypes.has(key)) declare(key, flatTypeOfValue(value));
  }
  const idOf = (name: string, value: FlatValue) => {
    const types = byName.get(name);
    const declaration = types?.get(fieldTypes.get(name) ?? flatTypeOfValue(value));
    if (!declaration) throw new Error(`No declaration for attribute "${name}"`);
    return declaration.id;
  };
  return { list, idOf };
}
