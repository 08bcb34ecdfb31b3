import { evidenceChain, shortestPath, simplePaths, type EvidenceLink, type Path } from '../../core/analysis/paths';
import { computeVisible, DEFAULT_FILTERS } from '../../core/filter/filters';
import { buildGraphIndex, type GraphIndex } from '../../core/graph/graphIndex';
import { relationTypeLabel } from '../../core/model/vocabulary';
import { CliError, EXIT_OK, type CliIo } from '../io';
import { plural } from '../report';
import { resolveActor } from './actorArg';
import { loadGraph } from './loadGraph';

/** "No path" is an answer, not a failure of the command: exit 1, as grep does for no match. */
export const EXIT_NO_PATH = 1;

export interface PathsOptions {
  /** --max N: every path of up to N relations; without it, the shortest paths only. */
  readonly max?: string;
  readonly directed: boolean;
}

function maxOf(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (/^[1-9]\d{0,5}$/.test(value)) return Number(value);
  throw new CliError(`--max is a whole number of relations, 1 or more, not "${value}"`, 2, 'paths');
}

/** "—[Strategic partnership]→" along the walk (or for a mutual tie); "←[…]—" against a relation's direction. */
const arrow = (label: string, reversed: boolean): string => (reversed ? `←[${label}]—` : `—[${label}]→`);

function pathLine(index: GraphIndex, path: Path, links: readonly EvidenceLink[]): string {
  const name = (id: string) => index.nodesById.get(id)!.label;
  return [name(path.nodeIds[0]!), ...links.map((link) => `${arrow(link.typeLabel, link.reversed)} ${name(link.to)}`)].join(' ');
}

/** One path: the chain on one line, then each step with its quotes and the step's other relations. */
function pathText(index: GraphIndex, path: Path, n: number): string[] {
  const name = (id: string) => index.nodesById.get(id)!.label;
  const links = evidenceChain(index, path);
  const lines = [`${n}. ${pathLine(index, path, links)}`];
  links.forEach((link, i) => {
    const confidence = link.confidence < 1 ? ` (confidence ${link.confidence})` : '';
    lines.push(`   ${name(link.from)} ${arrow(link.typeLabel, link.reversed)} ${name(link.to)}${confidence}`);
    for (const q of link.quotes) lines.push(`     "${q.quote}" [${q.sourceId}]`);
    if (link.quotes.length === 0) lines.push('     (no evidence quote)');
    const others = path.alternatives[i]!.map((id) => {
      const edge = index.edgesById.get(id)!;
      const reversed = edge.directed && edge.source !== link.from;
      return `${relationTypeLabel(edge.type)}${reversed ? ` (${name(edge.source)} → ${name(edge.target)})` : ''}`;
    });
    if (others.length > 0) lines.push(`     also: ${others.join('; ')}`);
  });
  return lines;
}

/** The paths between two actors of the graph in a file, with the evidence of every step. */
export async function paths(io: CliIo, file: string, fromWord: string, toWord: string, options: PathsOptions): Promise<number> {
  const max = maxOf(options.max);
  const graph = await loadGraph(io, file, 'paths');
  const from = resolveActor(graph, fromWord);
  const to = resolveActor(graph, toWord);
  if (from.id === to.id) throw new CliError(`FROM and TO are the same actor (${from.label})`, 2, 'paths');
  const index = buildGraphIndex(graph);
  const visible = computeVisible(index, DEFAULT_FILTERS);
  const walk = { directed: options.directed };
  const directions = options.directed ? ', following directions' : '';

  const length = max ?? shortestPath(index, visible, from.id, to.id, walk)?.edgeIds.length ?? null;
  const found = length === null ? null : simplePaths(index, visible, from.id, to.id, length, walk);
  if (!found || found.paths.length === 0) {
    const within = max === null ? '' : ` of up to ${plural(max, 'relation')}`;
    throw new CliError(`no path from ${from.label} to ${to.label}${within}${directions}`, EXIT_NO_PATH);
  }
  const count = found.paths.length;
  io.stdout(
    max === null
      ? `${count === 1 ? '1 shortest path' : `${count} shortest paths`} from ${from.label} to ${to.label}, ${plural(length!, 'relation')}${count === 1 ? '' : ' each'}${directions}:`
      : `${plural(count, 'path')} from ${from.label} to ${to.label} of up to ${plural(max, 'relation')}${directions}:`,
  );
  found.paths.forEach((path, i) => {
    io.stdout('');
    for (const line of pathText(index, path, i + 1)) io.stdout(line);
  });
  if (found.capped) io.stderr(`note: more than ${found.limit} paths; the first ${found.limit}, shortest first, are listed (a smaller --max lists fewer)`);
  return EXIT_OK;
}
