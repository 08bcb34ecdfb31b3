import { readArticle } from '../../core/extraction/article/readArticle';
import { extractCandidates } from '../../core/extraction/extractCandidates';
import type { ExtractionResult } from '../../core/extraction/types';
import { decodeUtf8 } from '../../core/io/decodeText';
import { PartialDateSchema } from '../../core/model/schema';
import { relationTypeLabel } from '../../core/model/vocabulary';
import { CliError, EXIT_OK, type CliIo } from '../io';
import { readInput } from '../loadInput';

/** The JSON the command prints: candidates with their endpoints' labels, so it reads without a lookup. */
export function extractionJson(result: ExtractionResult): unknown {
  const labels = new Map(result.actors.map((a) => [a.id, a.label]));
  const { title, published, url, outlet, text } = result.article;
  return {
    article: { title, published, url, outlet, characters: text.length, sentences: result.sentences.length },
    actors: result.actors.map((a) => ({ id: a.id, label: a.label, type: a.type, aliases: a.aliases, qid: a.qid, mentions: a.mentions })),
    relations: result.relations.map((r) => ({
      id: r.id,
      type: r.type,
      label: relationTypeLabel(r.type),
      cameo: r.cameo,
      stance: r.stance,
      goldstein: r.goldstein,
      source: { id: r.source, label: labels.get(r.source) ?? r.source },
      target: { id: r.target, label: labels.get(r.target) ?? r.target },
      directed: r.directed,
      time: r.time,
      confidence: r.confidence,
      quote: r.evidence.text,
      start: r.evidence.start,
      end: r.evidence.end,
      trigger: r.trigger,
    })),
  };
}

/**
 * Extracts candidate actors and relations from an article file (.txt, .html, .md; boilerplate
 * stripped by readArticle) and prints them as JSON. `--date` sets the publication date relative
 * dates are resolved against, over any the file gives.
 */
export async function extract(io: CliIo, path: string, options: { readonly date: string | undefined }): Promise<number> {
  if (options.date !== undefined && !PartialDateSchema.safeParse(options.date).success) {
    throw new CliError(`extract --date must be a date like 2023-02-25, not "${options.date}"`, 2, 'extract');
  }
  const decoded = decodeUtf8(await readInput(io, path));
  if (!decoded.ok) throw new CliError(`cannot read ${path}: ${decoded.error}`);
  const article = readArticle(path, decoded.value);
  const result = extractCandidates({ ...article, published: options.date ?? article.published });
  io.stdout(JSON.stringify(extractionJson(result), null, 2));
  return EXIT_OK;
}
