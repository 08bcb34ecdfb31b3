import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonErrorOffset';
import { parseJsonText } from './jsonText';

describe('JSON error location', () => {
  it('finds the first bad character', () => {
    expect(jsonErrorOffset('{"a":1,}')).toBe(7);
    expect(jsonErrorOffset('[1, 2 3]')).toBe(6);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{"a": "x\ny"}')).toBe(8);
    expect(jsonErrorOffset('{"a": 01}')).toBe(7);
  });

  it('points at the end of a truncated file', () => {
    expect(jsonErrorOffset('{"nodes": [')).toBe(11);
  });

  it('accepts valid JSON', () => {
    expect(jsonErrorOffset('{"a": [1, -2.5e3, true, null, "\\u00e9"]}')).toBe(-1);
  });

  it('names line and column in one line whatever the engine says', () => {
    expect(parseJsonText('{\n  "format": "x",\n}')).toEqual({ ok: false, error: expect.stringMatching(/^Not valid JSON at line 3, column 1: [^\n]+\.$/) });
    expect(parseJsonText('{\n  "a": 1 "b": 2\n}')).toEqual({ ok: false, error: expect.stringMatching(/^Not valid JSON at line 2, column 10: /) });
  });
});
