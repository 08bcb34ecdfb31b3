import { hasErrors } from '../../core/formats/report';
import type { GraphFile } from '../../core/model/schema';
import { CliError, type CliIo } from '../io';
import { loadInput } from '../loadInput';
import { printReport } from '../report';

/** The graph in a file (or a workspace's), its import report on stderr; a file with errors is refused. */
export async function loadGraph(io: CliIo, path: string, command: string): Promise<GraphFile> {
  const { graph, report } = await loadInput(io, path);
  printReport(io, report);
  if (!graph || hasErrors(report)) throw new CliError(`no ${command}: ${path} cannot be opened`);
  return graph;
}
