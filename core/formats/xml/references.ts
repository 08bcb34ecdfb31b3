/**
 * Character and entity references. Without a DOCTYPE (which the reader refuses) XML knows exactly
 * five named entities; everything else is a numeric reference to one character.
 */
export const PREDEFINED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** XML 1.0 §2.2 Char: tab, line feed, carriage return, and U+0020 upwards without surrogates, U+FFFE, U+FFFF. */
export function isXmlCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

// Digit counts are bounded so a reference never becomes a huge number to parse.
const REFERENCE = /&(?:#([0-9]{1,8})|#x([0-9A-Fa-f]{1,6})|([A-Za-z_][A-Za-z0-9._-]{0,31}));/g;

/**
 * Replaces every reference by its character. The text has been checked by scanMarkup, so each
 * reference here is known and allowed; one pass, linear in the length of the text.
 */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal !== undefined) return String.fromCodePoint(parseInt(decimal, 10));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return PREDEFINED_ENTITIES.get(name ?? '') ?? whole;
  });
}

/**
 * An attribute value as XML 1.0 §3.3.3 gives it to the application: literal tab, line feed and
 * carriage return become spaces, references then put in the characters they name. That is why the
 * writer escapes those three as &#9; &#10; &#13;.
 */
export function attributeValue(raw: string): string {
  return decodeReferences(raw.replace(/[\t\n\r]/g, ' '));
}
