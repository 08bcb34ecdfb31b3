import { hasErrors } from '../../core/formats/report';
import { STANCES } from '../../core/model/vocabulary';
import { graphStats, type GraphStats } from '../graphStats';
import { CliError, EXIT_OK, type CliIo } from '../io';
import { loadInput } from '../loadInput';
import { printReport } from '../report';

/** "  name  count  label": names aligned, counts right-aligned, the (longer) label last. */
function rows(entries: readonly (readonly [string, number, string?])[]): string[] {
  const nameWidth = Math.max(0, ...entries.map(([name]) => name.length));
  const countWidth = Math.max(0, ...entries.map(([, n]) => String(n).length));
  return entries.map(([name, n, label]) => `  ${name.padEnd(nameWidth)}  ${String(n).padStart(countWidth)}${label ? `  ${label}` : ''}`.trimEnd());
}

export function statsText(stats: GraphStats): string[] {
  const span = stats.timeSpan;
  return [
    stats.title,
    `actors: ${stats.actors}`,
    `relations: ${stats.relations}`,
    '',
    'actors by type',
    ...rows(stats.actorsByType.map((t) => [t.type, t.count])),
    '',
    'relations by type',
    ...rows(stats.relationsByType.map((t) => [t.type, t.count, t.label])),
    '',
    'relations by stance',
    ...rows(STANCES.map((s) => [s, stats.relationsByStance[s]])),
    '',
    `dated relations: ${stats.datedRelations}`,
    `undated relations: ${stats.undatedRelations}`,
    `time span: ${span ? `${span.from} – ${span.to} (dated relations and events)` : 'none (nothing is dated)'}`,
  ];
}

/** Counts of the graph in a file (or a workspace's graph), as text or JSON on stdout. */
export async function stats(io: CliIo, path: string, options: { readonly json: boolean }): Promise<number> {
  const { graph, report, formatLabel } = await loadInput(io, path);
  printReport(io, report);
  if (!graph || hasErrors(report)) throw new CliError(`no stats: ${path} cannot be opened`);
  const result = graphStats(graph);
  if (options.json) io.stdout(JSON.stringify({ file: path, format: formatLabel, ...result }, null, 2));
  else for (const line of statsText(result)) io.stdout(line);
  return EXIT_OK;
}
