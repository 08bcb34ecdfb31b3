import type { ArticleInput } from '../types';
import { cleanArticleText, firstLine } from './cleanText';
import { readHtmlArticle } from './htmlArticle';
import { readMarkdownArticle } from './markdownArticle';

export const ARTICLE_EXTENSIONS = ['txt', 'html', 'htm', 'md', 'markdown'] as const;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Text that is a page's markup rather than prose (pasted page source, a .txt that holds HTML). */
function looksLikeHtml(content: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(content);
}

/**
 * An article from a file or pasted text, boilerplate stripped, ready for extraction. The kind is
 * chosen by the file name's extension (.html/.htm, .md/.markdown, anything else is plain text); the
 * title of plain text is its first line, which stays part of the text (as in the bundled article).
 */
export function readArticle(fileName: string, content: string): ArticleInput {
  const source = content.replace(/^\uFEFF/, '');
  const extension = extensionOf(fileName);
  if (extension === 'html' || extension === 'htm' || looksLikeHtml(source)) return readHtmlArticle(source);
  if (extension === 'md' || extension === 'markdown') return readMarkdownArticle(source);
  const text = cleanArticleText(source);
  return { title: firstLine(text) || 'Untitled article', text, published: null, url: null, outlet: null };
}
