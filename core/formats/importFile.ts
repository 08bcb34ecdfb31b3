import { decodeUtf8 } from '../io/decodeText';
import { detectFormat } from './detect';
import type { ImportResult } from './finalizeImport';
import type { FormatId } from './formatIds';
import type { Progress } from './formatModule';
import { FORMATS } from './registry';
import { reportError, reportInfo } from './report';

/** Files larger than this are refused before decoding (the hosts cap reads at the same size). */
export const MAX_IMPORT_BYTES = 256 * 1024 * 1024;

export interface FileImport extends ImportResult {
  readonly format: FormatId | null;
}

const megabytes = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Bytes of any supported file → graph and import report. Never throws on bad input. */
export function importFile(bytes: Uint8Array, fileName: string, progress?: Progress): FileImport {
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return { format: null, graph: null, report: [reportError(`${fileName} is ${megabytes(bytes.byteLength)}; the limit is ${megabytes(MAX_IMPORT_BYTES)}.`)] };
  }
  const text = decodeUtf8(bytes);
  if (!text.ok) return { format: null, graph: null, report: [reportError(text.error)] };
  const detected = detectFormat(fileName, text.value.slice(0, 4096));
  if (!detected.format) return { format: null, graph: null, report: [reportError(detected.note ?? 'Unknown file type.')] };
  const result = FORMATS[detected.format].read(text.value.replace(/^\uFEFF/, ''), fileName, progress);
  const report = detected.note ? [reportInfo(detected.note), ...result.report] : result.report;
  return { format: detected.format, graph: result.graph, report };
}
