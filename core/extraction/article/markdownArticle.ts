import { marked } from 'marked';
import type { ArticleInput } from '../types';
import { readHtmlArticle } from './htmlArticle';
import { normalisePublicationDate } from './publicationDate';

/** YAML front matter fields we use: `title: …` and `date: …` on their own lines. */
function frontMatter(markdown: string): { body: string; fields: Map<string, string> } {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(markdown);
  const fields = new Map<string, string>();
  if (!match) return { body: markdown, fields };
  for (const line of match[1]!.split(/\r?\n/)) {
    const field = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (field) fields.set(field[1]!.toLowerCase(), field[2]!.trim().replace(/^(["'])(.*)\1$/, '$2'));
  }
  return { body: markdown.slice(match[0].length), fields };
}

/**
 * A Markdown article: rendered by marked to HTML (headings, emphasis, links and lists become plain
 * text; raw HTML in the file goes through the same safe reader as a page), title from front matter or
 * the first heading, date from front matter.
 */
export function readMarkdownArticle(markdown: string): ArticleInput {
  const { body, fields } = frontMatter(markdown);
  const html = marked.parse(body, { async: false, gfm: true });
  const page = readHtmlArticle(`<body>${html}</body>`);
  const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(body)?.[1];
  const title = fields.get('title') || (heading ? readHtmlArticle(`<body>${marked.parseInline(heading, { async: false })}</body>`).text : page.title);
  return {
    ...page,
    title,
    published: normalisePublicationDate(fields.get('date') ?? fields.get('published') ?? null),
    url: fields.get('url') ?? null,
    outlet: fields.get('outlet') ?? fields.get('source') ?? null,
  };
}
