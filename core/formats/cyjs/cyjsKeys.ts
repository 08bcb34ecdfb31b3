/**
 * Keys with a meaning in Cytoscape Desktop's .cyjs files or in cytoscape.js's element data. A user
 * attribute of one of these names is written as "attr.<name>" (read back as <name>), so that, say,
 * an attribute "parent" does not nest nodes in cytoscape.js and one called "name" does not become
 * the label in Cytoscape Desktop.
 */
export const CYJS_CONVENTION_KEYS = new Set(['name', 'interaction', 'shared_name', 'shared_interaction', 'SUID', 'selected', 'parent']);

/** Cytoscape Desktop bookkeeping, meaningless in another app: ignored on import. */
export const CYJS_IGNORED_KEYS = new Set(['SUID', 'shared_name', 'shared_interaction', 'selected']);

export function cyjsAttributeKey(flatKey: string): string {
  return CYJS_CONVENTION_KEYS.has(flatKey) ? `attr.${flatKey}` : flatKey;
}
