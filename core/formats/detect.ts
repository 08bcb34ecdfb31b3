import { FORMAT_EXTENSIONS, FORMAT_IDS, FORMAT_LABELS, type FormatId } from './formatIds';

/** The format a file name's extension names, most specific extension first (".jgf.json" before ".json"). */
export function formatFromFileName(fileName: string): FormatId | null {
  const lower = fileName.toLowerCase();
  let best: { id: FormatId; length: number } | null = null;
  for (const id of FORMAT_IDS) {
    for (const ext of FORMAT_EXTENSIONS[id]) {
      if (lower.endsWith(`.${ext}`) && (!best || ext.length > best.length)) best = { id, length: ext.length };
    }
  }
  return best?.id ?? null;
}

/** The format the content shows, from its first few kilobytes; null if it shows none we read. */
export function formatFromContent(head: string): FormatId | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) {
    // The first element that is not a declaration, comment or processing instruction.
    const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''));
    const name = root?.[2]?.toLowerCase();
    if (name === 'graphml') return 'graphml';
    if (name === 'gexf') return 'gexf';
    return null;
  }
  if (text.startsWith('{')) {
    if (/"format"\s*:\s*"kg-explorer-graph"/.test(text)) return 'native';
    if (/"elements"\s*:/.test(text)) return 'cyjs';
    if (/"graphs?"\s*:/.test(text)) return 'jgf';
    return null;
  }
  return text.length > 0 && /[,;\t]/.test(text.split('\n', 1)[0] ?? '') ? 'csv' : null;
}

export interface Detected {
  readonly format: FormatId | null;
  /** Why the extension and the content disagree, or why nothing fits. */
  readonly note: string | null;
}

/** File type chosen by extension and checked by content; content wins where they disagree. */
export function detectFormat(fileName: string, head: string): Detected {
  const byName = formatFromFileName(fileName);
  const byContent = formatFromContent(head);
  if (byName && byContent && byName !== byContent) {
    return { format: byContent, note: `${fileName} is named as ${FORMAT_LABELS[byName]} but contains ${FORMAT_LABELS[byContent]}; read as the latter.` };
  }
  if (byContent) return { format: byContent, note: null };
  if (byName === 'csv') return { format: 'csv', note: null };
  if (byName) return { format: byName, note: `${fileName} does not look like ${FORMAT_LABELS[byName]}; trying it anyway.` };
  return { format: null, note: `${fileName} is not a graph format this app reads (GraphML, GEXF, CSV, Cytoscape.js JSON, JGF, KG Explorer JSON).` };
}
