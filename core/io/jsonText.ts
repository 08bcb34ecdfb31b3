import { err, ok, type Result } from '../util/result';
import { jsonErrorOffset } from './jsonErrorOffset';

/** Where in a text a problem is: 1-based line and column. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A leading UTF-8 byte-order mark is legal in files from Windows tools; JSON.parse rejects it. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * JSON.parse with an error that names line and column. V8's message carries a "position N" or
 * "(line L column C)"; we normalise both to a readable sentence.
 */
export function parseJsonText(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (text.trim() === '') return err('The file is empty: expected a JSON graph.');
    // Our own scanner names the place on every engine; the engine's words say what is wrong.
    const offset = jsonErrorOffset(text);
    const where = lineColumnAt(text, offset < 0 ? text.length : offset);
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s*(in JSON )?at position \d+/, '')
      .replace(/, ".*" is not valid JSON$/s, '')
      .replace(/^JSON\.parse: /, '')
      .replace(/\s+/g, ' ');
    return err(`Not valid JSON at line ${where.line}, column ${where.column}: ${reason}.`);
  }
}
