import { escapeText, quotedAttribute } from './escapeXml';

/** Attribute pairs in the order they are written; null values are left out. */
export type XmlAttributes = readonly (readonly [string, string | number | null])[];

// A loop and string concatenation rather than filter/map/join: a 100k-relation export writes over a
// million elements, and the intermediate arrays were most of its garbage.
function attributeText(attributes: XmlAttributes): string {
  let out = '';
  for (const [name, value] of attributes) if (value !== null) out += ` ${name}=${quotedAttribute(String(value))}`;
  return out;
}

const indents: string[] = [];
const indent = (depth: number) => (indents[depth] ??= '  '.repeat(depth));

/**
 * Builds an indented document line by line. Names are the writers' own (never user data); every
 * value and text goes through the escapes. Text is written inside its element with no added
 * whitespace, so " x " reads back as " x ".
 */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private depth = 0;

  open(name: string, attributes: XmlAttributes = []): this {
    this.lines.push(`${indent(this.depth)}<${name}${attributeText(attributes)}>`);
    this.depth++;
    return this;
  }

  close(name: string): this {
    this.depth--;
    this.lines.push(`${indent(this.depth)}</${name}>`);
    return this;
  }

  /** An element with text content, or empty (self-closed) when text is undefined. */
  leaf(name: string, attributes: XmlAttributes = [], text?: string): this {
    const start = `${indent(this.depth)}<${name}${attributeText(attributes)}`;
    this.lines.push(text === undefined ? `${start}/>` : `${start}>${escapeText(text)}</${name}>`);
    return this;
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
