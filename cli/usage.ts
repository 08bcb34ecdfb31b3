import { FORMAT_EXTENSIONS, FORMAT_IDS, FORMAT_LABELS } from '../core/formats/formatIds';
import { WORKSPACE_EXTENSION } from '../core/workspace/workspace';

/** The installed command (package.json "bin"); errors are prefixed with the short "kg:". */
export const PROGRAM = 'kg-explorer';

export const COMMAND_NAMES = ['convert', 'validate', 'stats', 'metrics', 'paths', 'extract'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface CommandSpec {
  /** Positional arguments, all required, in order. */
  readonly args: readonly string[];
  /** Boolean options the command takes (long names without "--"), with their help text. */
  readonly flags: Readonly<Record<string, string>>;
  /** Options that take a value ("--format csv"), with the value's name and their help text. */
  readonly options?: Readonly<Record<string, { readonly value: string; readonly help: string }>>;
  readonly summary: string;
  readonly description: readonly string[];
}

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  convert: {
    args: ['IN', 'OUT'],
    flags: { 'neutralise-formulas': 'CSV: prefix cells that start with = + - @ tab or CR with an apostrophe, so a spreadsheet shows them as text instead of running them' },
    summary: "convert a graph file to the format OUT's extension names",
    description: [
      "Reads IN (format detected from its extension and content; a workspace is converted as its graph) and writes it in the format of OUT's extension.",
      'The import report and what the output format cannot hold ("note: …") go to stderr; each file written goes to stdout.',
      "Nothing is written if IN has errors or OUT's extension names no format. Files are written atomically (temp file in the same folder, then rename).",
      'CSV gives two files: OUT x.csv writes x.nodes.csv and x.edges.csv.',
    ],
  },
  validate: {
    args: ['FILE'],
    flags: {},
    summary: 'check a graph or workspace file as the app would open it',
    description: [
      'Prints the import report to stderr, one line per item ("warning: line 3, column 7: …"), and a verdict to stdout, such as "ok: 21 actors, 49 relations, no problems".',
      'Exit code: 0 ok (notes only), 1 warnings (something was left out or changed), 2 errors (the file cannot be opened).',
    ],
  },
  stats: {
    args: ['FILE'],
    flags: { json: 'print one JSON object instead of text' },
    summary: 'count actors and relations by type, stance and time',
    description: [
      'Counts of the graph in FILE (or of a workspace\'s graph): actors, relations, actors by type, relations by type, relations by stance, dated and undated relations, and the time span of the dated relations and events.',
      'The import report, if any, goes to stderr.',
    ],
  },
  metrics: {
    args: ['FILE'],
    flags: { directed: 'follow the relations\' directions (NetworkX DiGraph) instead of treating them as ties (Graph)' },
    options: { format: { value: 'csv|json', help: 'output format (default csv)' } },
    summary: 'centralities and communities of every actor',
    description: [
      'One row per actor, in file order: id, label, degree_in, degree_out, degree, betweenness, closeness, pagerank, community.',
      'Parallel relations between two actors count once and self-loops not at all; values are those NetworkX computes for the resulting Graph (or DiGraph with --directed, where a mutual relation is both arcs): normalised betweenness, closeness with the Wasserman–Faust correction, PageRank with alpha 0.85, unweighted. degree_in and degree_out always count distinct actors by direction.',
      'Communities are Louvain\'s with a fixed seed (0 is the largest); the modularity goes to stderr. CSV rounds to 6 decimals; JSON keeps full precision.',
    ],
  },
  paths: {
    args: ['FILE', 'FROM', 'TO'],
    flags: { directed: 'follow directed relations only from source to target (mutual ones both ways)' },
    options: { max: { value: 'N', help: 'list every path of up to N relations (default: the shortest paths only)' } },
    summary: 'how two actors are connected, with the evidence of each step',
    description: [
      'FROM and TO name actors by id or label, in any case ("china", "Alexander Lukashenko").',
      'Prints each path, shortest and best attested first, as "China —[Strategic partnership]→ Belarus —[Shares a border with]→ Ukraine", then every step with its evidence quotes indented. A step walked against a relation\'s direction reads "←[…]—"; other relations between the same two actors are listed under "also:". At most 500 paths are listed.',
      'Exit code: 0 paths found, 1 no path, 2 an actor is unknown or ambiguous, or the file cannot be opened.',
    ],
  },
  extract: {
    args: ['FILE'],
    flags: {},
    options: { date: { value: 'YYYY-MM-DD', help: 'publication date that "on Friday" or "last year" is resolved against (default: the one the file gives, if any)' } },
    summary: 'candidate actors and relations of a news article, as JSON',
    description: [
      'Reads an article (.txt: the first line is the title; .html and .md: page boilerplate is stripped and the date read where the page gives one) and extracts, offline, its actors (states, also named by capital or demonym; people; organisations; documents; events) and relations (type, CAMEO code, stance, Goldstein score, endpoints, time, confidence), each with the sentence that states it and its offsets in the text.',
      'Without a publication date only dates that name their year are resolved.',
    ],
  },
};

const FLAG_HELP: Readonly<Record<string, string>> = { help: 'show this help' };

export function synopsis(name: CommandName): string {
  const spec = COMMANDS[name];
  const flags = Object.keys(spec.flags).map((f) => ` [--${f}]`).join('');
  const options = Object.entries(spec.options ?? {}).map(([o, { value }]) => ` [--${o} ${value}]`).join('');
  return `Usage: ${PROGRAM} ${name} ${spec.args.join(' ')}${options}${flags}`;
}

function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

export function commandUsage(name: CommandName): string[] {
  const spec = COMMANDS[name];
  const flags = { ...spec.flags, ...FLAG_HELP };
  const options = Object.entries(spec.options ?? {}).map(([o, { value, help }]) => [`--${o} ${value}`, help] as const);
  return [
    synopsis(name),
    '',
    `${name[0]!.toUpperCase()}${name.slice(1)}: ${spec.summary}.`,
    ...spec.description,
    '',
    'Options:',
    ...table([...options, ...Object.entries(flags).map(([flag, text]) => [flag === 'help' ? '-h, --help' : `--${flag}`, text] as const)]),
  ];
}

export function generalUsage(): string[] {
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Checks, describes, analyses and converts KG Explorer graph files, and extracts candidate actors and relations from news articles, from the command line.',
    '',
    'Commands:',
    ...table(COMMAND_NAMES.map((name) => [`${name} ${COMMANDS[name].args.join(' ')}`, COMMANDS[name].summary])),
    '',
    'Options:',
    ...table([
      ['-h, --help', `show this help; ${PROGRAM} help <command> or ${PROGRAM} <command> --help for one command`],
      ['-v, --version', 'print the version'],
    ]),
    '',
    'Formats, by extension:',
    ...table([
      ...FORMAT_IDS.map((id) => [FORMAT_EXTENSIONS[id].map((e) => `.${e}`).join(' '), FORMAT_LABELS[id]] as const),
      [WORKSPACE_EXTENSION, 'KG Explorer workspace (read by every command that reads a graph; its graph is used)'],
    ]),
    '',
    `From the repository: npm run -s cli -- <command> …`,
  ];
}
