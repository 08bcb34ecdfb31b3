import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger, formatLogLine, LOG_FILE } from './logFile';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'kg-log-'));
  dirs.push(d);
  return d;
}
const at = new Date('2026-02-25T10:00:00.000Z');

describe('log file', () => {
  it('formats one entry per line, continuation lines indented', () => {
    expect(formatLogLine(at, 'error', 'the bundled graph is broken:\nrelations.3: bad')).toBe(
      '2026-02-25T10:00:00.000Z ERROR the bundled graph is broken:\n    relations.3: bad\n',
    );
  });

  it('appends to a file in a folder it creates', () => {
    const dir = path.join(tempDir(), 'logs');
    const logger = createLogger(dir, { now: () => at, echo: () => {} });
    logger.log('info', 'started');
    logger.log('warn', 'second');
    expect(logger.file).toBe(path.join(dir, LOG_FILE));
    expect(readFileSync(logger.file, 'utf8')).toBe(`${formatLogLine(at, 'info', 'started')}${formatLogLine(at, 'warn', 'second')}`);
  });

  it('is size-capped: a full log becomes .old and a new one starts', () => {
    const dir = tempDir();
    const logger = createLogger(dir, { maxBytes: 200, now: () => at, echo: () => {} });
    for (let i = 0; i < 20; i++) logger.log('info', `line ${i}`);
    expect(statSync(logger.file).size).toBeLessThanOrEqual(200);
    expect(statSync(`${logger.file}.old`).size).toBeLessThanOrEqual(200);
    expect(readFileSync(logger.file, 'utf8')).toContain('line 19');
  });

  it('never throws when the folder cannot be written', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a-file'), '');
    // Its folder would have to be created inside a file: mkdir fails, the line still goes to echo.
    const echoed: string[] = [];
    const logger = createLogger(path.join(dir, 'a-file', 'logs'), { echo: (line) => echoed.push(line) });
    expect(() => logger.log('error', 'boom')).not.toThrow();
    expect(echoed).toHaveLength(1);
  });
});
