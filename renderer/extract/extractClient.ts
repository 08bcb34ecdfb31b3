import type { ArticleInput, ExtractionResult } from '../../core/extraction/types';
import type { Result } from '../../core/util/result';
import { graphWorker } from '../worker/graphWorkerClient';

/** The article as the extractor will see it (boilerplate stripped, title and page date read), off the UI thread. */
export function readArticleInWorker(fileName: string, content: string): Promise<ArticleInput> {
  return graphWorker().call('read-article', { fileName, content });
}

/** Reads the article and extracts its candidate actors and relations in the worker. */
export function extractInWorker(fileName: string, content: string, published: string | null): Promise<Result<ExtractionResult>> {
  return graphWorker().call('extract', { fileName, content, published });
}
