import type { ZodError } from 'zod';
import { unflattenEdge, unflattenNode, type Notes } from '../flatAttributes';
import { finalizeImport, type ImportResult } from '../finalizeImport';
import { FlatValues } from '../flatValues';
import { reportError, reportInfo, type ReportItem } from '../report';
import { safeParseEdge, safeParseNode } from '../../model/fastParse';
import { resolveColumns } from './columns';
import type { CsvMapping } from './mapping';
import { cellText } from './cellValues';
import { rowValues, type RowValues } from './rowValues';
import { readTable, type CsvTable } from './table';

export interface CsvTableInput {
  readonly text: string;
  readonly mapping: CsvMapping;
}

export interface CsvTablesInput {
  /** The node list; its mapping is read as a node mapping whatever its `kind` says. */
  readonly nodes?: CsvTableInput;
  /** The edge list; its mapping is read as an edge mapping. */
  readonly edges?: CsvTableInput;
  /** The graph's title (CSV has none); "Untitled graph" if not given. */
  readonly title?: string;
}

export interface ParsedTables {
  readonly nodes?: { readonly table: CsvTable; readonly mapping: CsvMapping };
  readonly edges?: { readonly table: CsvTable; readonly mapping: CsvMapping };
  readonly title?: string;
}

/** A node list, an edge list or both, each read with the mapping the user chose, as one graph. */
export function readCsvTables(input: CsvTablesInput): ImportResult {
  if (!input.nodes && !input.edges) return { graph: null, report: [reportError('Choose a node list, an edge list or both.')] };
  const both = input.nodes !== undefined && input.edges !== undefined;
  const report: ReportItem[] = [];
  const parse = (slot: CsvTableInput | undefined, name: string) => {
    if (!slot) return undefined;
    const result = readTable(slot.text);
    const problems = result.ok ? result.table.problems : result.problems;
    report.push(...problems.map((p) => (both ? { ...p, message: `${name}: ${p.message}` } : p)));
    return result.ok ? { table: result.table, mapping: slot.mapping } : null;
  };
  const nodes = parse(input.nodes, 'Node list');
  const edges = parse(input.edges, 'Edge list');
  if (nodes === null || edges === null) return { graph: null, report };
  return readParsedTables({ nodes, edges, title: input.title }, report);
}

function issueText(error: ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : ''}${issue.message}`;
}

/**
 * Rows → candidate → finalizeImport. Each row is checked here, so a problem names its line; edges
 * may name actors the node list lacks (or there is no node list): those actors are created.
 */
export function readParsedTables(tables: ParsedTables, earlier: readonly ReportItem[]): ImportResult {
  const report = [...earlier];
  const notes: Notes = new Map();
  const warn = (line: number, message: string) => report.push({ level: 'warning', message, line });
  const nodes: unknown[] = [];
  const nodeIds = new Set<string>();
  // One store for every row: unflatten copies what it keeps.
  const values = new FlatValues();

  if (tables.nodes) {
    const { table, mapping } = tables.nodes;
    const columns = resolveColumns(table, mapping.columns, 'nodes', report, 'Node list');
    const idColumn = columns.fields.has('id') ? 'id' : columns.fields.has('label') ? 'label' : null;
    if (idColumn === null) return { graph: null, report: [...report, reportError('Choose the column that holds each actor’s id (or its label).')] };
    if (idColumn === 'label') report.push(reportInfo('The node list has no id column: each actor’s label is its id.'));
    for (const row of table.rows) {
      const found = rowValues(row, table, columns, 'nodes', notes, values);
      const id = found.id ?? (idColumn === 'label' ? (found.values.get('label') as string | undefined) ?? null : null);
      if (id === null || id === '') warn(row.line, 'This actor has no id; the row is left out.');
      else if (nodeIds.has(id)) warn(row.line, `Another row already has the actor id "${id}"; this row is left out.`);
      else {
        const parsed = safeParseNode(unflattenNode(id, found.values, notes));
        if (!parsed.success) warn(row.line, `${issueText(parsed.error)}; the row is left out.`);
        else {
          nodeIds.add(id);
          nodes.push(parsed.data);
        }
      }
    }
  }

  const edges: unknown[] = [];
  if (tables.edges) {
    const { table, mapping } = tables.edges;
    const columns = resolveColumns(table, mapping.columns, 'edges', report, 'Edge list');
    if (!columns.fields.has('source') || !columns.fields.has('target')) {
      return { graph: null, report: [...report, reportError('Choose the columns that hold each relation’s source and target.')] };
    }
    const idIndex = columns.fields.get('id');
    const edgeIds = new Set<string>();
    // The ids rows give, collected when the first row without one needs a number (never in a file this app wrote).
    let explicitIds: Set<string> | null = null;
    const numbered: string[] = [];
    let next = 1;
    const newId = (): string => {
      explicitIds ??= new Set(idIndex === undefined ? [] : table.rows.flatMap((row) => cellText(row.cells[idIndex]) ?? []));
      while (explicitIds.has(`e${next}`)) next++;
      explicitIds.add(`e${next}`);
      return `e${next++}`;
    };
    // Rows are read and turned into relations one at a time (one store, no values kept per row). The
    // notes of reading cells come before those of building relations in the report, as when every
    // row was read first: each kind is gathered apart and the two are added in that order.
    const cellNotes: Notes = new Map();
    const edgeNotes: Notes = new Map();
    const implied: string[] = [];
    const noValues = new FlatValues();
    const ignoredNotes: Notes = new Map();
    for (const row of table.rows) {
      const found = rowValues(row, table, columns, 'edges', cellNotes, values);
      const problem = edgeProblem(found, edgeIds);
      if (problem) {
        warn(found.line, problem);
        continue;
      }
      const id = found.id ?? newId();
      if (found.id === null) numbered.push(id);
      const parsed = safeParseEdge(unflattenEdge(id, found.source!, found.target!, found.values, true, edgeNotes));
      if (!parsed.success) {
        warn(found.line, `${issueText(parsed.error)}; the row is left out.`);
        continue;
      }
      edgeIds.add(id);
      edges.push(parsed.data);
      for (let e = 0; e < 2; e++) {
        const end = e === 0 ? found.source! : found.target!;
        if (nodeIds.has(end)) continue;
        nodeIds.add(end);
        implied.push(end);
        // The row has no values for the actor: its own notes ("no label", "no type") would only repeat this one.
        nodes.push(unflattenNode(end, noValues, ignoredNotes));
      }
    }
    appendNotes(notes, cellNotes);
    appendNotes(notes, edgeNotes);
    if (numbered.length > 0) notes.set('Relations without an id, numbered', numbered);
    if (implied.length > 0) {
      const where = tables.nodes ? 'named in the edge list but not in the node list' : 'named in the edge list';
      notes.set(`Actors ${where}, added with their id as label and type "other"`, implied);
    }
  }
  return finalizeImport({ meta: { title: tables.title || 'Untitled graph', description: null }, sources: [], nodes, edges }, report, notes);
}

/** Adds `more` to `notes` key by key: an existing key keeps its place and gets the new ids after its own. */
function appendNotes(notes: Notes, more: Notes): void {
  for (const [what, ids] of more) {
    const list = notes.get(what);
    if (!list) notes.set(what, ids);
    else for (const id of ids) list.push(id); // not push(...ids): 100k arguments overflow the stack
  }
}

function edgeProblem(found: RowValues, edgeIds: ReadonlySet<string>): string | null {
  if (found.source === null) return 'This relation has no source; the row is left out.';
  if (found.target === null) return 'This relation has no target; the row is left out.';
  if (found.id !== null && edgeIds.has(found.id)) return `Another row already has the relation id "${found.id}"; the row is left out.`;
  return null;
}
