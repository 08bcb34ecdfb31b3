import { computeMetrics, type NodeMetrics } from '../../core/analysis/metrics';
import { computeVisible, DEFAULT_FILTERS } from '../../core/filter/filters';
import { buildGraphIndex } from '../../core/graph/graphIndex';
import { CliError, EXIT_OK, type CliIo } from '../io';
import { csvLine } from './csvLine';
import { loadGraph } from './loadGraph';

export const METRICS_COLUMNS = ['id', 'label', 'degree_in', 'degree_out', 'degree', 'betweenness', 'closeness', 'pagerank', 'community'] as const;

type Format = 'csv' | 'json';

function formatOf(value: string | undefined): Format {
  if (value === undefined || value === 'csv' || value === 'json') return value ?? 'csv';
  throw new CliError(`--format is csv or json, not "${value}"`, 2, 'metrics');
}

/** Six decimals: what a table reader can use; JSON keeps every digit for programs. */
const round = (x: number): number => Number(x.toFixed(6));

function values(m: NodeMetrics, precise: boolean): number[] {
  const r = precise ? (x: number) => x : round;
  return [m.degreeIn, m.degreeOut, m.degree, r(m.betweenness), r(m.closeness), r(m.pagerank), m.community];
}

/** Centralities and communities of every actor of the graph in a file, as CSV or JSON on stdout. */
export async function metrics(io: CliIo, path: string, options: { readonly format?: string; readonly directed: boolean }): Promise<number> {
  const format = formatOf(options.format);
  const graph = await loadGraph(io, path, 'metrics');
  const index = buildGraphIndex(graph);
  const result = computeMetrics(index, computeVisible(index, DEFAULT_FILTERS), { directed: options.directed });
  const rows = graph.nodes.map((node) => [node.id, node.label, ...values(result.nodes.get(node.id)!, format === 'json')] as const);
  if (format === 'json') {
    const actors = rows.map((row) => Object.fromEntries(METRICS_COLUMNS.map((column, i) => [column, row[i]])));
    io.stdout(JSON.stringify({ file: path, graphType: result.graphType, modularity: result.modularity, communities: result.communityCount, actors }, null, 2));
  } else {
    io.stdout(csvLine(METRICS_COLUMNS));
    for (const row of rows) io.stdout(csvLine(row));
    const modularity = result.modularity === null ? 'no relations' : `modularity ${round(result.modularity)}`;
    io.stderr(`note: NetworkX ${result.graphType} values; ${result.communityCount} Louvain communities, ${modularity}`);
  }
  return EXIT_OK;
}
