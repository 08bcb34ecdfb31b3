/** Every graph format the app reads or writes. */
export const FORMAT_IDS = ['native', 'graphml', 'gexf', 'csv', 'cyjs', 'jgf'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export const FORMAT_LABELS: Readonly<Record<FormatId, string>> = {
  native: 'KG Explorer graph (.kg.json)',
  graphml: 'GraphML (.graphml)',
  gexf: 'GEXF 1.3 (.gexf)',
  csv: 'CSV node and edge lists (.csv)',
  cyjs: 'Cytoscape.js JSON (.cyjs)',
  jgf: 'JSON Graph Format v2 (.jgf.json)',
};

/** File extensions by format, most specific first (".kg.json" before ".json"). */
export const FORMAT_EXTENSIONS: Readonly<Record<FormatId, readonly string[]>> = {
  native: ['kg.json', 'json'],
  graphml: ['graphml', 'xml'],
  gexf: ['gexf'],
  csv: ['csv', 'tsv'],
  cyjs: ['cyjs'],
  jgf: ['jgf.json', 'jgf'],
};
