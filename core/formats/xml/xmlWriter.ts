import { escapeAttribute, escapeText } from './escapeXml';

/** Attribute pairs in the order they are written; null values are left out. */
export type XmlAttributes = readonly (readonly [string, string | number | null])[];

function attributeText(attributes: XmlAttributes): string {
  return attributes
    .filter((pair): pair is readonly [string, string | number] => pair[1] !== null)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}

/**
 * Builds an indented document line by line. Names are the writers' own (never user data); every
 * value and text goes through the escapes. Text is written inside its element with no added
 * whitespace, so " x " reads back as " x ".
 */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  open(name: string, attributes: XmlAttributes = []): this {
    this.lines.push(`${'  '.repeat(this.depth)}<${name}${attributeText(attributes)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.lines.push(`${'  '.repeat(this.depth)}</${name}>`);
    return this;
  }

  /** An element with text content, or empty (self-closed) when text is undefined. */
  leaf(name: string, attributes: XmlAttributes = [], text?: string): this {
    const start = `${'  '.repeat(this.depth)}<${name}${attributeText(attributes)}`;
    this.lines.push(text === undefined ? `${start}/>` : `${start}>${escapeText(text)}</${name}>`);
    return this;
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
