import { csvFormat } from './csv';
import { cyjsFormat } from './cyjs';
import type { FormatId } from './formatIds';
import type { FormatModule } from './formatModule';
import { gexfFormat } from './gexf';
import { graphmlFormat } from './graphml';
import { jgfFormat } from './jgf';
import { nativeFormat } from './native';

export const FORMATS: Readonly<Record<FormatId, FormatModule>> = {
  native: nativeFormat,
  graphml: graphmlFormat,
  gexf: gexfFormat,
  csv: csvFormat,
  cyjs: cyjsFormat,
  jgf: jgfFormat,
};
