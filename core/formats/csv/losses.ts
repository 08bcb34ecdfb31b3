import type { GraphFile } from '../../model/schema';

/** For the export dialog when "neutralise formulas" is offered: the option changes the data. */
export const csvFormulaNote =
  'Neutralising formulas puts an apostrophe before every text cell that starts with =, +, -, @, a tab or a carriage return, ' +
  'so spreadsheets show it instead of running it. The apostrophe becomes part of the text: reading the file back keeps it.';

/** What two CSV files cannot hold of this graph. Everything else reads back as it was written. */
export function csvLosses(graph: GraphFile): string[] {
  const losses = [`The graph's title${graph.meta.description !== null ? ' and description are' : ' is'} not kept in CSV; the file name is used instead.`];
  if (graph.sources.length > 0) {
    losses.push(
      `The ${graph.sources.length} source text${graph.sources.length > 1 ? 's are' : ' is'} not kept in CSV: evidence keeps its quotes and offsets, not the article they point into.`,
    );
  }
  const nulls = [...graph.nodes, ...graph.edges].filter((el) => Object.values(el.attributes).some((v) => v === null)).length;
  if (nulls > 0) losses.push(`Attributes without a value (on ${nulls} element${nulls > 1 ? 's' : ''}) are left out.`);
  return losses;
}
