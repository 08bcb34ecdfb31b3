import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The app's log file in its data folder (app.getPath('logs') or userData): main-process errors and the
 * bundled-graph check. Size-capped: when the file passes `maxBytes`, it becomes `<name>.old` (replacing
 * the previous one) and a new file starts, so the log never holds more than about twice the cap.
 * Synchronous appends: few lines, and a line written just before a crash must not be lost.
 */

export const LOG_FILE = 'kg-explorer.log';
export const LOG_MAX_BYTES = 1024 * 1024;

export type LogLevel = 'info' | 'warn' | 'error';

/** One line: ISO time, level, message with newlines indented so an entry stays readable. */
export function formatLogLine(time: Date, level: LogLevel, message: string): string {
  return `${time.toISOString()} ${level.toUpperCase().padEnd(5)} ${message.replace(/\r?\n/g, '\n    ')}\n`;
}

export interface Logger {
  readonly file: string;
  log(level: LogLevel, message: string): void;
}

export function createLogger(dir: string, options: { maxBytes?: number; now?: () => Date; echo?: (line: string) => void } = {}): Logger {
  const file = path.join(dir, LOG_FILE);
  const maxBytes = options.maxBytes ?? LOG_MAX_BYTES;
  const now = options.now ?? (() => new Date());
  const echo = options.echo ?? ((line: string) => process.stderr.write(line));
  let size = -1;
  return {
    file,
    log(level, message) {
      const line = formatLogLine(now(), level, message);
      echo(line);
      try {
        if (size < 0) {
          mkdirSync(dir, { recursive: true });
          size = sizeOf(file);
        }
        if (size > 0 && size + Buffer.byteLength(line) > maxBytes) {
          renameSync(file, `${file}.old`);
          size = 0;
        }
        appendFileSync(file, line);
        size += Buffer.byteLength(line);
      } catch {
        // A log that cannot be written must not take the app down; the line went to stderr.
      }
    },
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}
