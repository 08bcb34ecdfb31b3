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
