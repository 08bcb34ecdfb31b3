import { err, ok, type Result } from '../util/result';
import { WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION } from './workspace';
import { GRAPH_FORMAT } from '../model/schema';

/**
 * Forward migrations of the workspace file, one step per version (tldraw convention, as
 * core/io/migrations.ts does for graphs). A step takes a parsed document of version N and returns
 * version N + 1; the loop sets `version`, so a step only reshapes fields. Version 1 is the first, so
 * the table is empty: the next change of shape adds `1: (doc) => …` here and a fixture test.
 */
export type WorkspaceJson = Record<string, unknown>;
export type WorkspaceMigration = (doc: WorkspaceJson) => WorkspaceJson;

export const WORKSPACE_MIGRATIONS: Readonly<Record<number, WorkspaceMigration>> = {};

const isObject = (v: unknown): v is WorkspaceJson => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Brings a parsed workspace of any known version to `current`; refuses other formats and newer versions. */
export function migrateWorkspace(
  doc: unknown,
  migrations: Readonly<Record<number, WorkspaceMigration>> = WORKSPACE_MIGRATIONS,
  current: number = WORKSPACE_FORMAT_VERSION,
): Result<WorkspaceJson> {
  if (!isObject(doc)) return err('The file is not a workspace: expected a JSON object at the top level.');
  if (doc['format'] === GRAPH_FORMAT) return err('The file is a graph, not a workspace: open it as a graph.');
  if (doc['format'] !== WORKSPACE_FORMAT) return err(`The file is not a KG Explorer workspace: "format" must be "${WORKSPACE_FORMAT}".`);
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return err('"version" must be a whole number.');
  if (version > current) {
    return err(`The workspace is version ${version}, newer than this app reads (${current}). Update the app to open it.`);
  }
  let migrated: WorkspaceJson = doc;
  for (let v = version; v < current; v++) {
    const step = migrations[v];
    if (!step) return err(`Workspace version ${v} is not supported: there is no migration from it to version ${v + 1}.`);
    migrated = { ...step(migrated), version: v + 1 };
  }
  return ok(migrated);
}
