/**
 * Walks a text forward by UTF-8 byte offsets and tells line and column. csv-parse works on the
 * UTF-8 bytes of the text and reports byte counts; its own line count is wrong for CRLF inside
 * quoted cells (it counts CR and LF separately), so lines are counted here: CRLF, LF and a lone CR
 * each end one line, as editors count them.
 */
export class TextCursor {
  private index = 0;
  private bytes = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  /** Moves to the character at this UTF-8 byte offset (never backwards). */
  toByte(offset: number): this {
    while (this.bytes < offset && this.index < this.text.length) this.step();
    return this;
  }

  /** Moves past blank lines: where the next record really starts. */
  skipLineBreaks(): this {
    while (this.index < this.text.length && (this.text[this.index] === '\n' || this.text[this.index] === '\r')) this.step();
    return this;
  }

  /** Moves to a character index at or after the current one. */
  toIndex(index: number): this {
    while (this.index < index && this.index < this.text.length) this.step();
    return this;
  }

  get charIndex(): number {
    return this.index;
  }

  get position(): { line: number; column: number } {
    return { line: this.line, column: this.index - this.lineStart + 1 };
  }

  private step(): void {
    const c = this.text.charCodeAt(this.index);
    if (c === 10 || (c === 13 && this.text.charCodeAt(this.index + 1) !== 10)) {
      this.line++;
      this.lineStart = this.index + 1;
    }
    // UTF-8 length; a lone surrogate is encoded as U+FFFD (3 bytes), as TextEncoder and Buffer do.
    const high = c >= 0xd800 && c <= 0xdbff;
    const low = this.text.charCodeAt(this.index + 1);
    if (high && low >= 0xdc00 && low <= 0xdfff) {
      this.bytes += 4;
      this.index += 2;
      return;
    }
    this.bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    this.index++;
  }
}
