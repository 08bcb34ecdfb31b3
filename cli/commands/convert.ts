import { formatFromFileName } from '../../core/formats/detect';
import { FORMAT_EXTENSIONS, FORMAT_IDS, type FormatId } from '../../core/formats/formatIds';
import type { ExportFile, FormatModule } from '../../core/formats/formatModule';
import { FORMATS } from '../../core/formats/registry';
import { hasErrors } from '../../core/formats/report';
import { isWorkspaceFileName } from '../../core/workspace/workspace';
import { CliError, EXIT_OK, fsReason, type CliIo } from '../io';
import { loadInput } from '../loadInput';
import { extensionOf, outputPaths } from '../outputPaths';
import { printReport } from '../report';

export interface ConvertOptions {
  readonly input: string;
  readonly output: string;
  readonly neutraliseFormulas: boolean;
}

const KNOWN_EXTENSIONS = FORMAT_IDS.flatMap((id) => FORMAT_EXTENSIONS[id].map((ext) => `.${ext}`)).join(', ');

/**
 * IN → OUT in the format OUT's extension names; refuses (exit 2) rather than write a doubtful file.
 * `formats` is the registry; tests pass their own writers.
 */
export async function convert(io: CliIo, options: ConvertOptions, formats: Readonly<Record<FormatId, FormatModule>> = FORMATS): Promise<number> {
  const { input, output } = options;
  // The output is checked first: no reason to read a large file we could not write.
  if (isWorkspaceFileName(output)) {
    throw new CliError(`cannot write ${output}: a workspace holds a session of the app; save it from the app, or write a graph (.kg.json)`);
  }
  const format = formatFromFileName(output);
  if (format === null) {
    const ext = extensionOf(output);
    throw new CliError(`cannot write ${output}: ${ext ? `"${ext}" is not a format this tool writes` : 'the name has no extension to choose a format'} (use ${KNOWN_EXTENSIONS})`);
  }

  const loaded = await loadInput(io, input);
  printReport(io, loaded.report);
  if (!loaded.graph || hasErrors(loaded.report)) throw new CliError(`${input} was not converted: it has errors`);

  const module = formats[format];
  for (const loss of module.losses(loaded.graph)) io.stderr(`note: ${loss}`);
  let files: readonly ExportFile[];
  try {
    files = module.write(loaded.graph, { neutraliseFormulas: options.neutraliseFormulas });
  } catch (error) {
    throw new CliError(`cannot write ${output}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const paths = outputPaths(output, format, files);
  for (const [i, file] of files.entries()) {
    const path = paths[i]!;
    try {
      await io.writeFile(path, file.text);
    } catch (error) {
      throw new CliError(`cannot write ${path}: ${fsReason(error)}`);
    }
    io.stdout(`wrote ${path}`);
  }
  return EXIT_OK;
}
