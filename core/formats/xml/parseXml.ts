import { lineColumnAt, stripBom } from '../../io/jsonText';
import { err, ok, type Result } from '../../util/result';
import type { Progress } from '../formatModule';
import { reportError, type ReportItem } from '../report';
import { buildTree, type TreeFailure } from './saxTree';
import { scanMarkup } from './scanMarkup';
import { readSubset } from './subsetTree';
import { TreeBuilder, type XmlStream } from './treeBuilder';
import type { XmlElement } from './xmlTree';

export const DECLARATION_REFUSED = 'XML with a DOCTYPE or entity declarations is refused (no external entity is ever read)';

/** "undefined entity." → "Undefined entity." */
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

function malformed(text: string, failure: TreeFailure): ReportItem {
  const end = lineColumnAt(text, text.length);
  // A "<" after the last ">" can only be a tag the text stops in the middle of.
  const lastOpen = text.lastIndexOf('<');
  if (lastOpen > text.lastIndexOf('>')) {
    const name = /^<\/?([^\s/>]*)/.exec(text.slice(lastOpen))?.[1] ?? '';
    return reportError(`The file ends inside the tag <${name}…; it may be cut off.`, end);
  }
  switch (failure.kind) {
    case 'unclosed': {
      // The problem is where the text stops, not where the element opened.
      const names = failure.open.map((n) => `<${n}>`).join(' ');
      return reportError(`The file ends before <${failure.open[failure.open.length - 1]}> is closed (still open: ${names}); it may be cut off.`, end);
    }
    case 'mismatched': {
      const at = text.lastIndexOf('</', failure.offset - 1);
      const found = /^<\/([^\s>]*)/.exec(text.slice(at))?.[1] ?? '';
      return reportError(`Not well-formed XML: found </${found}> where </${failure.expected}> was expected.`, lineColumnAt(text, at));
    }
    case 'second root': {
      const at = text.lastIndexOf('<', failure.offset - 1);
      const name = /^<([^\s/>]*)/.exec(text.slice(at))?.[1] ?? '';
      return reportError(`An XML document has one root element; this one has a second, <${name}>.`, lineColumnAt(text, at));
    }
    case 'other':
      return reportError(`Not well-formed XML: ${sentence(failure.message)}`, { line: failure.line, column: Math.max(1, failure.column) });
  }
}

/**
 * Text → element tree, refusing what could make reading unsafe: declarations (external entities,
 * entity expansion), references beyond the budget, nesting beyond the cap, and anything that is not
 * well-formed (with line and column). Never throws. `progress` hears the share of the text parsed;
 * `stream` makes what takes elements at one depth as they close (see XmlStream): it is called once
 * for each read, and a second time when the fast reader stepped aside and saxes reads from the start.
 */
export function parseXml(input: string, progress?: Progress, stream?: () => XmlStream): Result<XmlElement, ReportItem> {
  // XML 1.0 §2.11: every CR LF and lone CR is read as LF (a carriage return written as &#13; stays).
  const unmarked = stripBom(input);
  // indexOf first: a file without CR (most) is not run through a regex.
  const text = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  if (text.trim() === '') return err(reportError('The file is empty: expected XML.'));
  // The fast reader checks what it reads as strictly as scanMarkup and saxes together (subsetTree.ts).
  // It never reads a declaration: at any "<!" but a comment's it steps aside, and the search for one
  // (a regular expression over the whole text) is left to the files it does not read.
  let reached = 0;
  const fast = new TreeBuilder(stream?.());
  if (readSubset(text, fast, progress && ((f) => progress((reached = f))))) return ok(fast.root!);
  const declaration = /<!(?:DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) return err(reportError(DECLARATION_REFUSED, lineColumnAt(text, declaration.index)));
  const problem = scanMarkup(text);
  if (problem) return err(problem);
  // Progress never goes back: saxes' first chunks are those the fast reader already reported.
  const tree = buildTree(text, progress && ((f) => progress(Math.max(reached, f))), stream?.());
  return tree.ok ? ok(tree.root) : err(malformed(text, tree.failure));
}
