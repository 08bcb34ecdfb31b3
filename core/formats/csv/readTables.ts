import type { ZodError } from 'zod';
import { unflattenEdge, unflattenNode, type Notes } from '../flatAttributes';
import { finalizeImport, type ImportResult } from '../finalizeImport';
import { FlatValues } from '../flatValues';
import type { Progress } from '../formatModule';
import { reportError, reportInfo, type ReportItem } from '../report';
import { safeParseEdge, safeParseNode } from '../../model/fastParse';
import { appEdgeColumns, edgeFromAppRow } from './appEdgeRow';
import { cellText } from './cellValues';
import { resolveColumns } from './columns';
import type { CsvKind, CsvMapping } from './mapping';
import type { CsvRowView } from './parseRows';
import { rowValues, type RowValues } from './rowValues';
import { streamTable, type TableHead } from './table';

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

/** One CSV file to read, and how its mapping is chosen once its header (and a sample of rows) is read. */
export interface CsvSource {
  readonly text: string;
  /** How many data rows `choose` sees (as text, each as long as the header); 0 when it needs none. */
  readonly sampleRows: number;
  readonly choose: (headers: readonly string[], sample: readonly (readonly string[])[]) => CsvMapping;
  /** Put before each of the file's own problems ("Node list: …") when two files are read. */
  readonly name?: string;
}

export interface ChosenMapping {
  readonly headers: readonly string[];
  readonly mapping: CsvMapping;
}

/** A node list, an edge list or both, each read with the mapping the user chose, as one graph. */
export function readCsvTables(input: CsvTablesInput, progress?: Progress): ImportResult {
  if (!input.nodes && !input.edges) return { graph: null, report: [reportError('Choose a node list, an edge list or both.')] };
  const both = input.nodes !== undefined && input.edges !== undefined;
  const source = (slot: CsvTableInput | undefined, kind: CsvKind, name: string): CsvSource[] =>
    slot ? [{ text: slot.text, sampleRows: 0, choose: () => ({ kind, columns: slot.mapping.columns }), ...(both ? { name } : {}) }] : [];
  return readCsvSources([...source(input.nodes, 'nodes', 'Node list'), ...source(input.edges, 'edges', 'Edge list')], input.title, undefined, progress);
}

/** What reading the rows of every file builds, in the order the report gives it. */
interface GraphParts {
  /** What building the graph noticed (after every file's own problems in the report). */
  readonly report: ReportItem[];
  readonly notes: Notes;
  readonly nodes: unknown[];
  readonly nodeIds: Set<string>;
  readonly edges: unknown[];
  /** One store for every row of every file: unflatten copies what it keeps. */
  readonly values: FlatValues;
  nodeListRead: boolean;
  /** Every node and edge passed its schema here (see finalizeImport's `validated`). */
  allValidated: boolean;
}

/** Takes a file's data rows as they are read, then its end. */
interface RowSink {
  readonly row: (row: CsvRowView) => void;
  readonly end: () => void;
}

/**
 * Files → rows → candidate → finalizeImport, each file streamed: a row is turned into an actor or a
 * relation as soon as it is read and nothing is kept of it, so a big file's cells never pile up (that
 * was a second of garbage collection at 100 000 rows). Node lists come first in `sources`, as their
 * actors are looked up by the edges. The report is what it was when every file was read whole first:
 * each file's own problems (they are known at its end), then what building the graph noticed; a file
 * that cannot be read at all leaves only those problems. Edges may name actors the node list lacks
 * (or there is no node list): those actors are created. `lead` puts report items before it all.
 */
export function readCsvSources(
  sources: readonly CsvSource[],
  title: string | undefined,
  lead?: (chosen: readonly ChosenMapping[]) => readonly ReportItem[],
  progress?: Progress,
): ImportResult {
  // Each file's share of the characters read so far, reported every 2,000 rows.
  const total = sources.reduce((sum, s) => sum + s.text.length, 0) || 1;
  let before = 0;
  let rows = 0;
  const parts: GraphParts = { report: [], notes: new Map(), nodes: [], nodeIds: new Set(), edges: [], values: new FlatValues(), nodeListRead: false, allValidated: true };
  const problems: ReportItem[] = [];
  const chosen: ChosenMapping[] = [];
  // A file could not be read: nothing is built, and the report gives each file's problems.
  let unreadable = false;
  // A mapping cannot read its file (no id column, no source): nothing more is built.
  let refused = false;
  for (const source of sources) {
    let head: TableHead | null = null;
    let sink: RowSink | null = null;
    let decided = false;
    const sample: CsvRowView[] = [];
    const decide = (tableHead: TableHead) => {
      decided = true;
      const { headers } = tableHead;
      const mapping = source.choose(headers, sample.map((row) => headers.map((_, c) => row.texts[c] ?? '')));
      chosen.push({ headers, mapping });
      if (unreadable || refused) return;
      sink = mapping.kind === 'nodes' ? nodeSink(parts, tableHead, mapping) : edgeSink(parts, tableHead, mapping);
      if (sink === null) refused = true;
      else for (const row of sample) sink.row(row);
    };
    const result = streamTable(
      source.text,
      (tableHead) => {
        head = tableHead;
        if (source.sampleRows === 0) decide(tableHead);
      },
      (row) => {
        if (progress && ++rows % 2000 === 0) progress((before + row.end) / total);
        if (sink !== null) sink.row(row);
        else if (!decided) {
          sample.push({ texts: [...row.texts], quoted: [...row.quoted], line: row.line, end: row.end });
          if (sample.length === source.sampleRows) decide(head!);
        }
      },
    );
    if (result.ok) {
      // The file had fewer data rows than the sample.
      if (!decided) decide(head!);
      (sink as RowSink | null)?.end();
    } else unreadable = true;
    before += source.text.length;
    const named = source.name === undefined ? result.problems : result.problems.map((p) => ({ ...p, message: `${source.name}: ${p.message}` }));
    problems.push(...named);
  }
  if (unreadable) return { graph: null, report: problems };
  const report = [...(lead?.(chosen) ?? []), ...problems, ...parts.report];
  if (refused) return { graph: null, report };
  const { nodes, edges, notes, allValidated } = parts;
  // Rows were validated as they were read (to name their line): finalizeImport need not parse them again.
  const candidate = { meta: { title: title || 'Untitled graph', description: null }, sources: [], nodes, edges, validated: allValidated, cutFromText: true };
  return finalizeImport(candidate, report, notes);
}

function issueText(error: ZodError): string {
  const issue = error.issues[0]!;
  return `${issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : ''}${issue.message}`;
}

function warn(parts: GraphParts, line: number, message: string): void {
  parts.report.push({ level: 'warning', message, line });
}

/** Node rows → actors; null (and an error in the report) when the mapping gives no id column. */
function nodeSink(parts: GraphParts, head: TableHead, mapping: CsvMapping): RowSink | null {
  parts.nodeListRead = true;
  const columns = resolveColumns(head.headers, mapping.columns, 'nodes', parts.report, 'Node list');
  const idColumn = columns.fields.has('id') ? 'id' : columns.fields.has('label') ? 'label' : null;
  if (idColumn === null) {
    parts.report.push(reportError('Choose the column that holds each actor’s id (or its label).'));
    return null;
  }
  if (idColumn === 'label') parts.report.push(reportInfo('The node list has no id column: each actor’s label is its id.'));
  const { nodes, nodeIds, notes, values } = parts;
  const row = (row: CsvRowView) => {
    const found = rowValues(row, head.headers, columns, 'nodes', notes, values);
    const id = found.id ?? (idColumn === 'label' ? (found.values.get('label') as string | undefined) ?? null : null);
    if (id === null || id === '') warn(parts, row.line, 'This actor has no id; the row is left out.');
    else if (nodeIds.has(id)) warn(parts, row.line, `Another row already has the actor id "${id}"; this row is left out.`);
    else {
      const parsed = safeParseNode(unflattenNode(id, found.values, notes));
      if (!parsed.success) warn(parts, row.line, `${issueText(parsed.error)}; the row is left out.`);
      else {
        nodeIds.add(id);
        nodes.push(parsed.data);
      }
    }
  };
  return { row, end: () => undefined };
}

/** Edge rows → relations (and the actors they name that no node row gave); null when source or target is unmapped. */
function edgeSink(parts: GraphParts, head: TableHead, mapping: CsvMapping): RowSink | null {
  const columns = resolveColumns(head.headers, mapping.columns, 'edges', parts.report, 'Edge list');
  if (!columns.fields.has('source') || !columns.fields.has('target')) {
    parts.report.push(reportError('Choose the columns that hold each relation’s source and target.'));
    return null;
  }
  const { nodes, nodeIds, edges, values } = parts;
  const idIndex = columns.fields.get('id');
  const edgeIds = new Set<string>();
  // Every id the rows give, later rows' too, so a number never takes one: read again from the file
  // when the first row without an id needs a number (never in a file this app wrote).
  let explicitIds: Set<string> | null = null;
  const numbered: string[] = [];
  let next = 1;
  const newId = (): string => {
    if (explicitIds === null) {
      const ids = new Set<string>();
      if (idIndex !== undefined) {
        head.rereadRows((row) => {
          const id = cellText(row, idIndex);
          if (id !== null) ids.add(id);
        });
      }
      explicitIds = ids;
    }
    while (explicitIds.has(`e${next}`)) next++;
    explicitIds.add(`e${next}`);
    return `e${next++}`;
  };
  // The notes of reading cells come before those of building relations in the report, as when every
  // row was read first: each kind is gathered apart and the two are added in that order at the end.
  const cellNotes: Notes = new Map();
  const edgeNotes: Notes = new Map();
  const implied: string[] = [];
  const noValues = new FlatValues();
  const ignoredNotes: Notes = new Map();
  const hasNodeList = parts.nodeListRead;
  const appColumns = appEdgeColumns(columns);
  const row = (row: CsvRowView) => {
    // Rows as this app writes them are built directly; any other takes the general path (appEdgeRow.ts).
    const direct = appColumns === null ? null : edgeFromAppRow(row, appColumns);
    const general = direct === null ? rowValues(row, head.headers, columns, 'edges', cellNotes, values) : null;
    const found: RowEnds & { readonly line: number } = direct ?? general!;
    const problem = edgeProblem(found, edgeIds);
    if (problem) {
      warn(parts, found.line, problem);
      return;
    }
    const id = found.id ?? newId();
    if (found.id === null) numbered.push(id);
    let candidate: unknown;
    if (general !== null) candidate = unflattenEdge(id, found.source!, found.target!, general.values, true, edgeNotes);
    else {
      direct!.edge.id = id;
      candidate = direct!.edge;
    }
    const parsed = safeParseEdge(candidate);
    if (!parsed.success) {
      warn(parts, found.line, `${issueText(parsed.error)}; the row is left out.`);
      return;
    }
    edgeIds.add(id);
    edges.push(parsed.data);
    for (let e = 0; e < 2; e++) {
      const end = e === 0 ? found.source! : found.target!;
      if (nodeIds.has(end)) continue;
      nodeIds.add(end);
      implied.push(end);
      // The row has no values for the actor: its own notes ("no label", "no type") would only repeat this one.
      // Its id passed as the relation's end, so it is valid; were it not, finalizeImport decides as before.
      const actor = unflattenNode(end, noValues, ignoredNotes);
      const parsedActor = safeParseNode(actor);
      if (parsedActor.success) nodes.push(parsedActor.data);
      else {
        parts.allValidated = false;
        nodes.push(actor);
      }
    }
  };
  const end = () => {
    const { notes } = parts;
    appendNotes(notes, cellNotes);
    appendNotes(notes, edgeNotes);
    if (numbered.length > 0) notes.set('Relations without an id, numbered', numbered);
    if (implied.length > 0) {
      const where = hasNodeList ? 'named in the edge list but not in the node list' : 'named in the edge list';
      notes.set(`Actors ${where}, added with their id as label and type "other"`, implied);
    }
  };
  return { row, end };
}

/** Adds `more` to `notes` key by key: an existing key keeps its place and gets the new ids after its own. */
function appendNotes(notes: Notes, more: Notes): void {
  for (const [what, ids] of more) {
    const list = notes.get(what);
    if (!list) notes.set(what, ids);
    else for (const id of ids) list.push(id); // not push(...ids): 100k arguments overflow the stack
  }
}

/** The ends and id of a row, as either path reads them. */
type RowEnds = Pick<RowValues, 'id' | 'source' | 'target'>;

function edgeProblem(found: RowEnds, edgeIds: ReadonlySet<string>): string | null {
  if (found.source === null) return 'This relation has no source; the row is left out.';
  if (found.target === null) return 'This relation has no target; the row is left out.';
  if (found.id !== null && edgeIds.has(found.id)) return `Another row already has the relation id "${found.id}"; the row is left out.`;
  return null;
}
