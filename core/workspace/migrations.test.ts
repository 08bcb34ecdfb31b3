import { describe, expect, it } from 'vitest';
import { LAYOUTS } from '../../renderer/state/appState';
import { DEFAULT_FILTERS } from '../filter/filters';
import { migrateWorkspace, WORKSPACE_MIGRATIONS, type WorkspaceMigration } from './migrations';
import { FilterStateSchema } from './schema';
import { WORKSPACE_LAYOUTS } from './workspace';

/**
 * A synthetic history, to test the mechanism before a real version 2 exists: version 0 kept the
 * zoom and pan as two top-level fields; version 1 has them in `viewport`.
 */
const v0toV1: WorkspaceMigration = ({ zoom, pan, ...rest }) => ({
  ...rest,
  viewport: typeof zoom === 'number' ? { zoom, pan: pan ?? { x: 0, y: 0 } } : null,
});

describe('workspace migrations', () => {
  it('runs each step in order and sets the version', () => {
    const v0 = { format: 'kg-explorer-workspace', version: 0, zoom: 2, pan: { x: 5, y: 6 }, layout: 'grid' };
    expect(migrateWorkspace(v0, { 0: v0toV1 }, 1)).toEqual({
      ok: true,
      value: { format: 'kg-explorer-workspace', version: 1, layout: 'grid', viewport: { zoom: 2, pan: { x: 5, y: 6 } } },
    });
    const chain = { 0: v0toV1, 1: (doc: Record<string, unknown>) => ({ ...doc, added: true }) };
    expect(migrateWorkspace(v0, chain, 2)).toMatchObject({ ok: true, value: { version: 2, added: true, viewport: { zoom: 2 } } });
  });

  it('leaves a current document as it is', () => {
    const v1 = { format: 'kg-explorer-workspace', version: 1, layout: 'grid' };
    expect(migrateWorkspace(v1)).toEqual({ ok: true, value: v1 });
  });

  it('has no steps yet: version 1 is the first', () => {
    expect(Object.keys(WORKSPACE_MIGRATIONS)).toEqual([]);
  });

  it('refuses a version it has no step from', () => {
    expect(migrateWorkspace({ format: 'kg-explorer-workspace', version: 0 }, {}, 2)).toEqual({
      ok: false,
      error: 'Workspace version 0 is not supported: there is no migration from it to version 1.',
    });
  });
});

describe('workspace schema contracts', () => {
  it('records the same layouts the renderer offers', () => {
    expect([...WORKSPACE_LAYOUTS]).toEqual([...LAYOUTS]);
  });

  it('accepts the default filters', () => {
    expect(FilterStateSchema.safeParse(DEFAULT_FILTERS).success).toBe(true);
  });
});
