import { err, ok, type Result } from '../util/result';
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION } from '../model/schema';

/**
 * Forward migrations of the native format, one step per version (tldraw convention).
 * Version 1 had a single `source` article and one evidence object per edge; version 2 keeps
 * several sources so a relation can cite more than one article.
 */
type Json = Record<string, unknown>;
type Migration = (doc: Json) => Json;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const V1_SOURCE_ID = 'source-1';

const migrateV1toV2: Migration = (doc) => {
  const { source, ...rest } = doc;
  const edges = Array.isArray(doc['edges']) ? doc['edges'] : [];
  return {
    ...rest,
    version: 2,
    sources: isObject(source) ? [{ id: V1_SOURCE_ID, ...source }] : [],
    edges: edges.map((edge: unknown) => {
      if (!isObject(edge)) return edge;
      const { evidence, ...edgeRest } = edge;
      return {
        ...edgeRest,
        evidence: isObject(evidence) ? [{ sourceId: V1_SOURCE_ID, ...evidence }] : [],
      };
    }),
  };
};

const MIGRATIONS: Readonly<Record<number, Migration>> = { 1: migrateV1toV2 };

/** Brings a parsed document of any known version to the current one; refuses unknown ones. */
export function migrateToCurrent(doc: unknown): Result<unknown> {
  if (!isObject(doc)) return err('The file is not a graph: expected a JSON object at the top level.');
  if (doc['format'] !== GRAPH_FORMAT) {
    return err(`The file is not a KG Explorer graph: "format" must be "${GRAPH_FORMAT}".`);
  }
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err('"version" must be a whole number (1 or more).');
  }
  if (version > GRAPH_FORMAT_VERSION) {
    return err(
      `The file is format version ${version}, newer than this app reads (${GRAPH_FORMAT_VERSION}). Update the app to open it.`,
    );
  }
  let current: Json = doc;
  for (let v = version; v < GRAPH_FORMAT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return err(`No migration from format version ${v}.`);
    current = step(current);
  }
  return ok(current);
}
