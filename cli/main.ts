import { version } from '../package.json';
import { parseArgs } from './args';
import { convert } from './commands/convert';
import { extract } from './commands/extract';
import { metrics } from './commands/metrics';
import { paths } from './commands/paths';
import { stats } from './commands/stats';
import { validate } from './commands/validate';
import { CliError, EXIT_ERROR, EXIT_OK, type CliIo } from './io';
import { commandUsage, generalUsage, PROGRAM, synopsis, type CommandName } from './usage';

/** Prefix of every error line: short, like "kg: cannot read x.graphml: no such file". */
export const ERROR_PREFIX = 'kg';

function run(
  io: CliIo,
  command: CommandName,
  args: readonly string[],
  flags: ReadonlySet<string>,
  options: ReadonlyMap<string, string>,
): Promise<number> {
  switch (command) {
    case 'convert':
      return convert(io, { input: args[0]!, output: args[1]!, neutraliseFormulas: flags.has('neutralise-formulas') });
    case 'validate':
      return validate(io, args[0]!);
    case 'stats':
      return stats(io, args[0]!, { json: flags.has('json') });
    case 'metrics':
      return metrics(io, args[0]!, { format: options.get('format'), directed: flags.has('directed') });
    case 'paths':
      return paths(io, args[0]!, args[1]!, args[2]!, { max: options.get('max'), directed: flags.has('directed') });
    case 'extract':
      return extract(io, args[0]!, { date: options.get('date') });
  }
}

/**
 * The whole CLI as a function of its arguments and IO: returns the exit code and never throws.
 * Every failure becomes one line on stderr (no stack trace), with the usage where the command line
 * itself was wrong.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const invocation = parseArgs(argv);
    switch (invocation.kind) {
      case 'help':
        for (const line of invocation.command ? commandUsage(invocation.command) : generalUsage()) io.stdout(line);
        return EXIT_OK;
      case 'version':
        io.stdout(`${PROGRAM} ${version}`);
        return EXIT_OK;
      case 'run':
        return await run(io, invocation.command, invocation.args, invocation.flags, invocation.options);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${ERROR_PREFIX}: ${error.message}`);
      if (error.usageOf === 'general') {
        io.stderr('');
        for (const line of generalUsage()) io.stderr(line);
      } else if (error.usageOf !== null) {
        io.stderr(synopsis(error.usageOf));
        io.stderr(`Run "${PROGRAM} ${error.usageOf} --help" for details.`);
      }
      return error.exitCode;
    }
    io.stderr(`${ERROR_PREFIX}: unexpected error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT_ERROR;
  }
}
