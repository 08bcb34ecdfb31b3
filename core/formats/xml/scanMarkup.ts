import { lineColumnAt } from '../../io/jsonText';
import { reportError, type ReportItem } from '../report';
import { AMP, APOSTROPHE, BANG, GT, LT, QUOTE, SLASH } from './charCodes';
import { MAX_CHARACTER_REFERENCES, MAX_XML_DEPTH } from './limits';
import { isXmlCharacter, PREDEFINED_ENTITIES } from './references';


/** 1000000 → "1,000,000", the same on every machine (no locale). */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

export const depthMessage = `Elements nest deeper than ${MAX_XML_DEPTH} levels; a graph file never does.`;
export const referenceBudgetMessage =
  `The file holds more than ${thousands(MAX_CHARACTER_REFERENCES)} character references (&#…;); ` +
  'it is refused so that reading it cannot take unbounded time.';

const REFERENCE = /&(?:#([0-9]{1,8})|#x([0-9A-Fa-f]{1,6})|([A-Za-z_][A-Za-z0-9._-]{0,31}));/y;

interface ScanState {
  references: number;
}

/** Checks one reference at text[at] === "&"; returns the offset after it, or a problem. */
function checkReference(text: string, at: number, state: ScanState): number | ReportItem {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(text);
  const where = () => lineColumnAt(text, at);
  if (!match) return reportError('A "&" that does not start a reference; write it as &amp;.', where());
  const [whole, decimal, hex, name] = match;
  if (name !== undefined) {
    if (PREDEFINED_ENTITIES.has(name)) return at + whole.length;
    return reportError(`Unknown entity &${name}; (without a DOCTYPE, XML defines only &amp; &lt; &gt; &quot; &apos;).`, where());
  }
  if (++state.references > MAX_CHARACTER_REFERENCES) return reportError(referenceBudgetMessage, where());
  const codePoint = decimal !== undefined ? parseInt(decimal, 10) : parseInt(hex!, 16);
  if (!isXmlCharacter(codePoint)) return reportError(`The character reference ${whole} names a character XML 1.0 does not allow.`, where());
  return at + whole.length;
}

function skipPast(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end < 0 ? text.length : end + terminator.length;
}

/**
 * One linear pass before the parser, on text not yet known to be well-formed: every reference is one
 * of the five entities or an allowed character, at most MAX_CHARACTER_REFERENCES of them, and
 * elements nest at most MAX_XML_DEPTH deep (so saxes never builds a deeper stack). Problems name their line and column. Comments, CDATA sections and
 * processing instructions are skipped: references mean nothing there.
 */
export function scanMarkup(text: string): ReportItem | null {
  const state: ScanState = { references: 0 };
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === AMP) {
      const next = checkReference(text, i, state);
      if (typeof next !== 'number') return next;
      i = next;
    } else if (c !== LT) {
      i++;
    } else if (text.startsWith('<!--', i)) {
      i = skipPast(text, '-->', i + 4);
    } else if (text.startsWith('<![CDATA[', i)) {
      i = skipPast(text, ']]>', i + 9);
    } else if (text.startsWith('<?', i)) {
      i = skipPast(text, '?>', i + 2);
    } else if (text.charCodeAt(i + 1) === BANG) {
      i = skipPast(text, '>', i + 2);
    } else {
      // A start, end or empty-element tag: find its ">" outside quoted attribute values, checking
      // the references inside those values on the way.
      const closing = text.charCodeAt(i + 1) === SLASH;
      let j = i + 1;
      let quote = 0;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (quote !== 0) {
          if (d === quote) quote = 0;
          else if (d === AMP) {
            const next = checkReference(text, j, state);
            if (typeof next !== 'number') return next;
            j = next;
            continue;
          }
        } else if (d === QUOTE || d === APOSTROPHE) quote = d;
        else if (d === GT) break;
        j++;
      }
      if (closing) depth--;
      else {
        if (depth + 1 > MAX_XML_DEPTH) return reportError(depthMessage, lineColumnAt(text, i));
        if (text.charCodeAt(j - 1) !== SLASH) depth++;
      }
      i = j + 1;
    }
  }
  return null;
}
