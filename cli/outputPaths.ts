import { basename } from 'node:path';
import type { FormatId } from '../core/formats/formatIds';
import { FORMAT_EXTENSIONS } from '../core/formats/formatIds';
import type { ExportFile } from '../core/formats/formatModule';

/** The extension of a path's file name, for messages: ".foo", or "" if it has none. */
export function extensionOf(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

/**
 * Where each exported file goes. One file: exactly OUT. Several (CSV): OUT without its extension,
 * plus each file's suffix — "x.csv" → "x.nodes.csv", "x.edges.csv"; OUT may also name one of them
 * ("x.nodes.csv") and gets the same pair.
 */
export function outputPaths(out: string, format: FormatId, files: readonly ExportFile[]): string[] {
  if (files.length === 1) return [out];
  const lower = out.toLowerCase();
  const ownSuffix = files.map((f) => f.suffix).find((suffix) => lower.endsWith(suffix.toLowerCase()));
  const formatExtension = FORMAT_EXTENSIONS[format]
    .map((ext) => `.${ext}`)
    .filter((ext) => lower.endsWith(ext))
    .sort((a, b) => b.length - a.length)[0];
  const strip = ownSuffix ?? formatExtension ?? '';
  const base = out.slice(0, out.length - strip.length);
  return files.map((f) => `${base}${f.suffix}`);
}
