import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { extractCandidates } from '../core/extraction/extractCandidates';
import { record, timeMs } from './measure';

/**
 * Extraction of a ~2,000-word article (the bundled article six times over), against compromise
 * parsing and tagging the same text on its own: the NLP library's floor for any extractor built on it.
 */
export function benchExtract(): void {
  const article = readFileSync('data/belarus-china-article.txt', 'utf8');
  const text = Array.from({ length: 6 }, () => article).join('\n');
  const words = text.split(/\s+/).filter(Boolean).length;
  const input = { title: 'Bench article', text, published: '2023-02-25', url: null, outlet: null };
  const ms = timeMs(() => extractCandidates(input), 7);
  const baseline = timeMs(() => nlp(text).json(), 7);
  record('extract candidates', `${words} words`, ms, baseline, 'compromise nlp(text).json() alone');
}
