import type { GraphFile } from '../model/schema';
import { err, type Result } from '../util/result';
import { decodeUtf8 } from './decodeText';
import { parseGraphText } from './nativeFormat';

/** Bytes of a file the user opened → a validated graph, or the problems that name what is wrong. */
export function openGraphBytes(bytes: Uint8Array): Result<GraphFile, string[]> {
  const text = decodeUtf8(bytes);
  if (!text.ok) return err([text.error]);
  return parseGraphText(text.value);
}
