/**
 * Escaping for the XML writers. XML 1.0 cannot carry most C0 control characters, unpaired
 * surrogates, U+FFFE or U+FFFF, even as references; they are written as U+FFFD, which keeps every
 * UTF-16 offset (evidence quotes point into texts by offset) and is listed by the losses.
 */
const NON_XML = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const NON_XML_ANY = new RegExp(NON_XML);
const NON_XML_ALL = new RegExp(NON_XML, 'g');

export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * A loop over the code units finds the texts worth the regular expression (almost none): an export
 * checks every text it writes, and the expression's look-behind made that most of the work.
 */
export function hasNonXmlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x9 && c !== 0xa && c !== 0xd) || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return NON_XML_ANY.test(text);
  }
  return false;
}

/** Each character XML 1.0 cannot carry becomes U+FFFD (one UTF-16 unit for one). */
export function toXmlCharacters(text: string): string {
  return hasNonXmlCharacters(text) ? text.replace(NON_XML_ALL, REPLACEMENT_CHARACTER) : text;
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

// In attribute values a literal tab, line feed or carriage return would be read back as a space
// (XML 1.0 §3.3.3); as references they survive.
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Element content. A literal CR would be read back as LF (§2.11), so it is a reference too. */
export function escapeText(text: string): string {
  return toXmlCharacters(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

/** What a value must escape in quotation marks, and in apostrophes (where a quotation mark may stand). */
const IN_QUOTATION_MARKS = /[&<>"\t\n\r]/g;
const IN_APOSTROPHES = /[&<>\t\n\r]/g;
const attributeEscape = (c: string) => ATTRIBUTE_ESCAPES[c]!;

/** A value for a double-quoted attribute. */
export function escapeAttribute(text: string): string {
  return toXmlCharacters(text).replace(IN_QUOTATION_MARKS, attributeEscape);
}

/**
 * A value with its delimiters: in apostrophes when it holds a quotation mark and no apostrophe, as
 * JSON values do (lists of aliases and of evidence), so their quotation marks stay as they are
 * instead of a "&quot;" each (six characters for one, and a reference for the reader to decode: a
 * 100k-relation GEXF file held 1.6 million of them); otherwise in quotation marks.
 */
export function quotedAttribute(text: string): string {
  const value = toXmlCharacters(text);
  if (value.includes('"') && !value.includes("'")) return `'${value.replace(IN_APOSTROPHES, attributeEscape)}'`;
  return `"${value.replace(IN_QUOTATION_MARKS, attributeEscape)}"`;
}
