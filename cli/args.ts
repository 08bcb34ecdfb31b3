import { CliError } from './io';
import { COMMAND_NAMES, COMMANDS, type CommandName } from './usage';

/** What the command line asks for. */
export type Invocation =
  | { readonly kind: 'help'; readonly command: CommandName | null }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly command: CommandName;
      readonly args: readonly string[];
      readonly flags: ReadonlySet<string>;
      /** Values of the options that take one ("--format json" or "--format=json"). */
      readonly options: ReadonlyMap<string, string>;
    };

/** Other spellings accepted for a flag. */
const FLAG_ALIASES: Readonly<Record<string, string>> = { 'neutralize-formulas': 'neutralise-formulas' };

const isCommand = (word: string): word is CommandName => (COMMAND_NAMES as readonly string[]).includes(word);

function commandNamed(word: string): CommandName {
  if (!isCommand(word)) throw new CliError(`unknown command "${word}"`, 2, 'general');
  return word;
}

/**
 * Hand-written rather than util.parseArgs: commands take boolean flags, a few options with a value
 * and fixed positionals, and each mistake should read as one plain sentence followed by the usage.
 */
export function parseArgs(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first === undefined) throw new CliError('no command given', 2, 'general');
  if (first === '-h' || first === '--help') return { kind: 'help', command: null };
  if (first === '-v' || first === '-V' || first === '--version') return { kind: 'version' };
  if (first === 'help') return { kind: 'help', command: rest[0] === undefined ? null : commandNamed(rest[0]) };
  if (first.startsWith('-')) throw new CliError(`unknown option ${first} (options go after the command)`, 2, 'general');
  const command = commandNamed(first);
  const spec = COMMANDS[command];

  const args: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  let onlyArgs = false;
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    const valued = /^--([^=]+)(?:=(.*))?$/s.exec(word);
    const name = valued?.[1];
    // Own keys only: "--constructor" must not find Object.prototype's.
    const option = name !== undefined && spec.options && Object.hasOwn(spec.options, name) ? spec.options[name] : undefined;
    if (!onlyArgs && name !== undefined && option) {
      const value = valued![2] ?? rest[++i];
      if (value === undefined || value === '') throw new CliError(`${command} --${name} needs a value (${option.value})`, 2, command);
      options.set(name, value);
    } else if (onlyArgs || word === '-' || !word.startsWith('-')) {
      args.push(word);
    } else if (word === '--') {
      onlyArgs = true;
    } else if (word === '-h' || word === '--help') {
      return { kind: 'help', command };
    } else {
      const name = word.replace(/^--?/, '');
      const flag = FLAG_ALIASES[name] ?? name;
      if (!(flag in spec.flags)) {
        const known = [...Object.keys(spec.options ?? {}), ...Object.keys(spec.flags)].map((f) => `--${f}`);
        throw new CliError(`${command} has no option ${word}${known.length > 0 ? ` (it takes ${known.join(', ')})` : ''}`, 2, command);
      }
      flags.add(flag);
    }
  }
  if (args.length < spec.args.length) {
    const missing = spec.args.slice(args.length);
    throw new CliError(`${command} needs ${missing.join(' and ')}`, 2, command);
  }
  if (args.length > spec.args.length) {
    throw new CliError(`${command} takes ${spec.args.length} argument${spec.args.length === 1 ? '' : 's'}; unexpected "${args[spec.args.length]}"`, 2, command);
  }
  return { kind: 'run', command, args, flags, options };
}
