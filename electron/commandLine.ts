import path from 'node:path';

export interface ArgvContext {
  /** app.isPackaged: a packaged app's argv has no app path after the executable. */
  readonly isPackaged: boolean;
  /** Where relative paths are resolved: process.cwd(), or the second instance's working directory. */
  readonly cwd: string;
}

/**
 * The files named on a command line, as absolute paths, in order, each once.
 *
 * - dev (`electron . a.kg.json`): argv is [electron, ...flags, appPath, ...files]; the first positional
 *   argument after the executable is the app folder, not a file.
 * - packaged (`"KG Explorer" a.kg.json`): argv is [exe, ...files].
 *
 * Flags are skipped wherever they are: Chromium and Node switches (`--inspect=0`, `--no-sandbox`,
 * `--user-data-dir=…`; Chromium adds some of its own to a second instance's argv) and macOS's
 * process serial number (`-psn_0_123`). After a bare `--`, everything is positional, so a file whose
 * name starts with a dash can still be opened. Chromium switches take their value after `=`, so a
 * positional argument is never a switch's value.
 */
export function filesFromArgv(argv: readonly string[], { isPackaged, cwd }: ArgvContext): string[] {
  const positional: string[] = [];
  let flagsEnded = false;
  for (const arg of argv.slice(1)) {
    if (!flagsEnded && arg === '--') {
      flagsEnded = true;
      continue;
    }
    if (!flagsEnded && arg.startsWith('-')) continue;
    if (arg.trim() === '') continue;
    positional.push(arg);
  }
  const files = isPackaged ? positional : positional.slice(1);
  return [...new Set(files.map((file) => path.resolve(cwd, file)))];
}
