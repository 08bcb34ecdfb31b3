import { z } from 'zod';
import type { FilterState } from '../filter/filters';
import { FOCUS_DEPTHS, WORKSPACE_FORMAT, WORKSPACE_FORMAT_VERSION, WORKSPACE_LAYOUTS, type NodePosition, type Viewport } from './workspace';

/**
 * Runtime validators of the workspace file at the current version. Objects are strict: an unknown
 * field is refused, not ignored, so a misspelt or newer field never silently loses state (a new field
 * comes with a version and a migration). The graph is checked separately by the native importer, and
 * references (selection, seeds, positions → ids in the graph) after that, in parseWorkspace.ts.
 */
const finite = z.number().finite();
const IsoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day like 2023-02-28');

export const ViewportSchema = z
  .object({
    zoom: finite.positive(),
    pan: z.object({ x: finite, y: finite }).strict(),
  })
  .strict();

export const NodePositionSchema = z.object({ id: z.string().min(1), x: finite, y: finite }).strict();

export const FilterStateSchema = z
  .object({
    hiddenActorTypes: z.array(z.string()),
    hiddenRelationTypes: z.array(z.string()),
    hiddenStances: z.array(z.string()),
    timeFrom: IsoDay.nullable(),
    timeTo: IsoDay.nullable(),
    includeUndated: z.boolean(),
    minConfidence: z.number().min(0).max(1),
    hideOrphans: z.boolean(),
  })
  .strict();

export const SelectionSchema = z.object({ kind: z.enum(['node', 'edge']), id: z.string().min(1) }).strict().nullable();

export const WorkspaceFileSchema = z
  .object({
    format: z.literal(WORKSPACE_FORMAT),
    version: z.literal(WORKSPACE_FORMAT_VERSION),
    fileName: z.string().min(1).nullable(),
    layout: z.enum(WORKSPACE_LAYOUTS),
    viewport: ViewportSchema.nullable(),
    selection: SelectionSchema,
    focusDepth: z.literal([...FOCUS_DEPTHS]),
    focusSeeds: z.array(z.string().min(1)),
    filters: FilterStateSchema,
    positions: z.array(NodePositionSchema),
    /** Validated by importNativeDocument (any graph version, migrated). */
    graph: z.unknown(),
  })
  .strict();

// Each schema must produce its public type with the same keys: a field added to FilterState fails the build here.
type Produces<Out, T> = [Out] extends [T] ? ([keyof Out] extends [keyof T] ? ([keyof T] extends [keyof Out] ? true : false) : false) : false;
const check = <T extends true>(): T | undefined => undefined;
check<Produces<z.infer<typeof FilterStateSchema>, FilterState>>();
check<Produces<z.infer<typeof ViewportSchema>, Viewport>>();
check<Produces<z.infer<typeof NodePositionSchema>, NodePosition>>();
