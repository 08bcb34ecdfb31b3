/** Character codes the XML scanners compare with charCodeAt (a number compare, no one-character strings). */
export const TAB = 9;
export const LINE_FEED = 10;
export const SPACE = 32;
export const BANG = 33;
export const QUOTE = 34;
export const AMP = 38;
export const APOSTROPHE = 39;
export const SLASH = 47;
export const LT = 60;
export const EQUALS = 61;
export const GT = 62;
