/**
 * The few web-platform globals core/ may use: present in browsers, Web Workers and Node alike.
 * Declared here because core/ compiles without DOM or Node types (tsconfig.core.json).
 */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
