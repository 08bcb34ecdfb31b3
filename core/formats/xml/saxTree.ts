import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Progress } from '../formatModule';
import { TreeBuilder, type XmlStream } from './treeBuilder';
import type { XmlElement } from './xmlTree';

/** Characters handed to saxes at a time: progress is reported after each. */
export const CHUNK_CHARS = 1 << 20;

/** Why the text is not a well-formed document, with the offset where saxes stopped reading. */
export type TreeFailure =
  | { readonly kind: 'unclosed'; readonly open: readonly string[] }
  | { readonly kind: 'mismatched'; readonly expected: string; readonly offset: number }
  | { readonly kind: 'second root'; readonly offset: number }
  | { readonly kind: 'other'; readonly message: string; readonly line: number; readonly column: number; readonly offset: number };

export type TreeResult = { readonly ok: true; readonly root: XmlElement } | { readonly ok: false; readonly failure: TreeFailure };

/** Thrown out of saxes' handlers to stop at the first problem (saxes would read on). */
class Stop {
  constructor(readonly failure: TreeFailure) {}
}

/** saxes prefixes its messages with "line:column: "; the report carries them as fields. */
const bare = (message: string) => message.replace(/^\d+:\d+: /, '');

/**
 * Well-formed XML text → element tree, with saxes (a conforming, non-validating XML 1.0 parser that
 * decodes references and normalises attribute whitespace as §3.3.3 says). The caller has refused
 * declarations and checked references and depth (scanMarkup); saxes checks everything else.
 * Attributes go into Maps, so "__proto__" is a name like any other.
 */
export function buildTree(text: string, progress?: Progress, stream?: XmlStream): TreeResult {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const tree = new TreeBuilder(stream);
  let lastClosed = '';
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const attributes = new Map<string, string>();
    for (const name in tag.attributes) attributes.set(name, tag.attributes[name]!);
    if (!tree.open(tag.name, attributes, tag.isSelfClosing)) throw new Stop({ kind: 'second root', offset: parser.position });
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    lastClosed = tag.name;
    if (!tag.isSelfClosing) tree.close();
  });
  // Text and CDATA alike are the element's text; outside the root saxes allows only white space.
  const addText = (value: string) => tree.text(value);
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('error', (error: Error) => {
    const message = bare(error.message);
    if (message === 'documents may contain only one root.') throw new Stop({ kind: 'second root', offset: parser.position });
    if (message === 'unexpected close tag.') throw new Stop({ kind: 'mismatched', expected: lastClosed, offset: parser.position });
    throw new Stop({ kind: 'other', message, line: parser.line, column: parser.column, offset: parser.position });
  });
  try {
    // saxes carries a tag, a reference or a surrogate pair cut by a chunk's end over to the next.
    for (let at = 0; at < text.length; at += CHUNK_CHARS) {
      parser.write(text.slice(at, at + CHUNK_CHARS));
      progress?.(Math.min(1, (at + CHUNK_CHARS) / text.length));
    }
    // The text ended with elements still open: saxes' message names only the outermost.
    if (tree.depth > 0) return { ok: false, failure: { kind: 'unclosed', open: tree.openNames() } };
    parser.close();
  } catch (e) {
    if (e instanceof Stop) return { ok: false, failure: e.failure };
    // Not expected from saxes (its errors come through the handler), but the reader never throws.
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, failure: { kind: 'other', message, line: parser.line, column: parser.column, offset: parser.position } };
  }
  const root = tree.root;
  if (!root) return { ok: false, failure: { kind: 'other', message: 'document must contain a root element.', line: 1, column: 0, offset: 0 } };
  return { ok: true, root };
}
