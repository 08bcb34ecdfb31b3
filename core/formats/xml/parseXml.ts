import { XMLParser, XMLValidator, type X2jOptions } from 'fast-xml-parser';
import { lineColumnAt, stripBom } from '../../io/jsonText';
import { err, ok, type Result } from '../../util/result';
import { reportError, type ReportItem } from '../report';
import { MAX_XML_DEPTH } from './limits';
import { attributeValue, decodeReferences } from './references';
import { scanMarkup } from './scanMarkup';
import type { XmlElement, XmlNode } from './xmlTree';

export const DECLARATION_REFUSED = 'XML with a DOCTYPE or entity declarations is refused (no external entity is ever read)';

// fast-xml-parser refuses (throws on) elements and attributes named __proto__, constructor or
// prototype, and renames toString and the like. Every name gets this prefix, which no XML name can
// start with, so every name reaches us unchanged; it is stripped when the tree is built. (The
// parser applies the transform twice to some empty elements, hence "one or more".)
const NAME_PREFIX = '@';
const PREFIXED = /^@+/;

const PARSER_OPTIONS: Partial<X2jOptions> = {
  // Ordered output: an array of one-key objects per node, attributes in a null-prototype object.
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  transformTagName: (name: string) => NAME_PREFIX + name,
  transformAttributeName: (name: string) => NAME_PREFIX + name,
  // References are decoded by us, after scanMarkup checked and counted them: the parser's own
  // decoder would leave numeric references undecoded unless HTML entities were switched on.
  processEntities: false,
  htmlEntities: false,
  // Values stay text exactly as written: the formats know their types, and " x " is not "x".
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // scanMarkup enforces MAX_XML_DEPTH with a line number; this is the parser's own backstop.
  maxNestedTags: MAX_XML_DEPTH + 1,
};

type OrderedItem = Record<string, unknown>;

function attributesOf(raw: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof raw !== 'object' || raw === null) return out;
  for (const key of Object.keys(raw)) {
    out.set(key.replace(PREFIXED, ''), attributeValue(String((raw as Record<string, unknown>)[key])));
  }
  return out;
}

function cdataText(raw: unknown): string {
  // A CDATA section arrives as [{ "#text": "…" }]; its content is literal, nothing to decode.
  return Array.isArray(raw) ? raw.map((item: OrderedItem) => String(item['#text'] ?? '')).join('') : '';
}

function toNodes(items: readonly OrderedItem[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const item of items) {
    for (const key of Object.keys(item)) {
      const value = item[key];
      if (key === '#text') out.push(decodeReferences(String(value)));
      else if (key === '#cdata') out.push(cdataText(value));
      else if (PREFIXED.test(key)) {
        const children = Array.isArray(value) ? (value as OrderedItem[]) : [];
        out.push({ name: key.replace(PREFIXED, ''), attributes: attributesOf(item[':@']), children: toNodes(children) });
      }
    }
  }
  return out;
}

/** The validator's report of unclosed elements: "Unclosed tag 'x'." or "Invalid '["a","b"]' found." */
function unclosedElements(message: string): string[] | null {
  const single = /^Unclosed tag '(.*)'\.$/.exec(message);
  if (single) return [single[1]!];
  const several = /^Invalid '(\[.*\])' found\.$/s.exec(message);
  if (!several) return null;
  try {
    const names = JSON.parse(several[1]!) as unknown;
    return Array.isArray(names) ? names.map(String) : null;
  } catch {
    return null;
  }
}

function malformed(text: string, problem: { msg: string; line: number; col: number }): ReportItem {
  const end = lineColumnAt(text, text.length);
  // A "<" after the last ">" can only be a tag the text stops in the middle of.
  const lastOpen = text.lastIndexOf('<');
  if (lastOpen > text.lastIndexOf('>')) {
    const name = /^<\/?([^\s/>]*)/.exec(text.slice(lastOpen))?.[1] ?? '';
    return reportError(`The file ends inside the tag <${name}…; it may be cut off.`, end);
  }
  const open = unclosedElements(problem.msg);
  if (open && open.length > 0) {
    // The validator places this at the first open tag (or at 1:1); the problem is where the text stops.
    return reportError(
      `The file ends before <${open[open.length - 1]}> is closed (still open: ${open.map((n) => `<${n}>`).join(' ')}); it may be cut off.`,
      end,
    );
  }
  return reportError(`Not well-formed XML: ${problem.msg}`, { line: problem.line, column: problem.col });
}

/**
 * Text → element tree, refusing what could make reading unsafe: declarations (external entities,
 * entity expansion), references beyond the budget, nesting beyond the cap, and anything that is not
 * well-formed (with line and column). Never throws.
 */
export function parseXml(input: string): Result<XmlElement, ReportItem> {
  // XML 1.0 §2.11: every CR LF and lone CR is read as LF (a carriage return written as &#13; stays).
  const text = stripBom(input).replace(/\r\n?/g, '\n');
  const declaration = /<!(?:DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) return err(reportError(DECLARATION_REFUSED, lineColumnAt(text, declaration.index)));
  if (text.trim() === '') return err(reportError('The file is empty: expected XML.'));
  const valid = XMLValidator.validate(text);
  if (valid !== true) return err(malformed(text, valid.err));
  const problem = scanMarkup(text);
  if (problem) return err(problem);
  let parsed: unknown;
  try {
    parsed = new XMLParser(PARSER_OPTIONS).parse(text);
  } catch (e) {
    return err(reportError(`The XML could not be read: ${e instanceof Error ? e.message : String(e)}`));
  }
  const roots = toNodes(Array.isArray(parsed) ? (parsed as OrderedItem[]) : []).filter((n): n is XmlElement => typeof n !== 'string');
  if (roots.length !== 1) return err(reportError(`An XML document has one root element; this one has ${roots.length}.`));
  return ok(roots[0]!);
}
