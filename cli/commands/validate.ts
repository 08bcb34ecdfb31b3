import { hasErrors, hasWarnings } from '../../core/formats/report';
import { EXIT_ERROR, EXIT_OK, EXIT_WARNINGS, type CliIo } from '../io';
import { loadInput } from '../loadInput';
import { plural, printReport } from '../report';

/** The import report on stderr, a one-line verdict on stdout; exit 0 ok (info only), 1 warnings, 2 errors. */
export async function validate(io: CliIo, path: string): Promise<number> {
  const { graph, report } = await loadInput(io, path);
  printReport(io, report);
  const count = (level: string) => report.filter((item) => item.level === level).length;
  if (!graph || hasErrors(report)) {
    io.stdout(`errors: ${path} cannot be opened (${plural(Math.max(count('error'), 1), 'error')})`);
    return EXIT_ERROR;
  }
  const sizes = `${plural(graph.nodes.length, 'actor')}, ${plural(graph.edges.length, 'relation')}`;
  if (hasWarnings(report)) {
    io.stdout(`warnings: ${sizes} read, ${plural(count('warning'), 'warning')}`);
    return EXIT_WARNINGS;
  }
  io.stdout(`ok: ${sizes}, ${report.length === 0 ? 'no problems' : plural(report.length, 'note')}`);
  return EXIT_OK;
}
