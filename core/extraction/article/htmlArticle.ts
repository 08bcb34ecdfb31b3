import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import type { ArticleInput } from '../types';
import { cleanArticleText, firstLine } from './cleanText';
import { normalisePublicationDate } from './publicationDate';

type HtmlDocument = ReturnType<typeof parseDocument>;
type HtmlNode = HtmlDocument['children'][number];
type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;

function isElement(node: HtmlNode): node is HtmlElement {
  return 'attribs' in node;
}

/** Never text: code, styling, embedded media, forms and the page's furniture. */
const DROPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio',
  'form', 'button', 'input', 'select', 'textarea', 'label', 'dialog', 'nav', 'aside', 'footer', 'menu',
]);

/** class / id words of share bars, comment sections, cookie banners, related-link lists and the like. */
const BOILERPLATE_WORDS = new Set([
  'share', 'sharing', 'social', 'related', 'comment', 'comments', 'respond', 'reply', 'cookie', 'cookies', 'consent', 'gdpr',
  'newsletter', 'subscribe', 'subscription', 'promo', 'trending', 'sidebar', 'breadcrumb', 'breadcrumbs', 'advert',
  'advertisement', 'ad', 'ads', 'sponsored', 'popup', 'modal', 'nav', 'navbar', 'navigation', 'menu', 'footer', 'masthead',
  'recommended', 'outbrain', 'taboola', 'tags', 'widget', 'byline', 'author',
]);

const BOILERPLATE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog']);

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'hr', 'address', 'details', 'summary',
]);

function isBoilerplateElement(element: HtmlElement, keepHeader: boolean): boolean {
  if (DROPPED_TAGS.has(element.name)) return true;
  if (element.name === 'header' && !keepHeader) return true;
  if (element.attribs['hidden'] !== undefined || element.attribs['aria-hidden'] === 'true') return true;
  if (BOILERPLATE_ROLES.has(element.attribs['role'] ?? '')) return true;
  const names = `${element.attribs['class'] ?? ''} ${element.attribs['id'] ?? ''}`.toLowerCase();
  return names.split(/\s+/).some((token) => token.split(/[-_]+/).some((word) => BOILERPLATE_WORDS.has(word)));
}

/** Text with paragraph breaks: blocks are separated by a blank line, <br> is a line break. */
function blockText(node: HtmlNode, keepHeader: boolean, out: string[], inPre = false): void {
  if (node.type === ElementType.Text) {
    out.push(inPre ? node.data : node.data.replace(/[ \t\n\r\f]+/g, ' '));
    return;
  }
  if (!isElement(node)) {
    // The document itself (a fragment without <body>) or CDATA: only its children can be text.
    if ('children' in node) for (const child of node.children) blockText(child, keepHeader, out, inPre);
    return;
  }
  if (isBoilerplateElement(node, keepHeader)) return;
  if (node.name === 'br') {
    out.push('\n');
    return;
  }
  const block = BLOCK_TAGS.has(node.name);
  if (block) out.push('\n\n');
  for (const child of node.children) blockText(child, keepHeader, out, inPre || node.name === 'pre');
  if (block) out.push('\n\n');
}

function textOf(element: HtmlElement | null): string {
  return element ? DomUtils.textContent(element).replace(/[ \t\n\r\f]+/g, ' ').trim() : '';
}

function metaContent(doc: HtmlDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const meta = DomUtils.findOne(
      (e) => e.name === 'meta' && [e.attribs['property'], e.attribs['name'], e.attribs['itemprop']].some((v) => v?.toLowerCase() === key),
      doc.children,
    );
    const content = meta?.attribs['content']?.trim();
    if (content) return content;
  }
  return null;
}

/** Values of a key anywhere in the page's JSON-LD blocks (schema.org NewsArticle and @graph lists). */
function jsonLdValues(doc: HtmlDocument, key: string): unknown[] {
  const values: unknown[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        if (k === key) values.push(v);
        else visit(v);
      }
    }
  };
  for (const script of DomUtils.findAll((e) => e.name === 'script' && e.attribs['type']?.toLowerCase() === 'application/ld+json', doc.children)) {
    try {
      visit(JSON.parse(DomUtils.textContent(script)));
    } catch {
      // A broken JSON-LD block is the page's problem; the other sources of the date remain.
    }
  }
  return values;
}

function jsonLdString(doc: HtmlDocument, key: string): string | null {
  const value = jsonLdValues(doc, key).find((v) => typeof v === 'string');
  return typeof value === 'string' ? value : null;
}

function publicationDate(doc: HtmlDocument, root: HtmlNode): string | null {
  const fromMeta = metaContent(doc, 'article:published_time', 'datepublished', 'og:published_time', 'pubdate', 'publishdate', 'publish-date', 'date', 'dc.date', 'dc.date.issued');
  const time =
    DomUtils.findOne((e) => e.name === 'time' && e.attribs['datetime'] !== undefined, [root]) ??
    DomUtils.findOne((e) => e.name === 'time' && e.attribs['datetime'] !== undefined, doc.children);
  const candidates = [fromMeta, jsonLdString(doc, 'datePublished'), time?.attribs['datetime'] ?? null];
  for (const candidate of candidates) {
    const date = normalisePublicationDate(candidate);
    if (date) return date;
  }
  return null;
}

/** The element holding the story: the longest <article>, else <main>, else <body>, else the document. */
function storyRoot(doc: HtmlDocument): { root: HtmlNode; keepHeader: boolean } {
  const articles = DomUtils.getElementsByTagName('article', doc.children);
  if (articles.length > 0) {
    const longest = articles.reduce((a, b) => (textOf(b).length > textOf(a).length ? b : a));
    return { root: longest, keepHeader: true };
  }
  const main = DomUtils.findOne((e) => e.name === 'main' || e.attribs['role'] === 'main', doc.children);
  if (main) return { root: main, keepHeader: true };
  const body = DomUtils.findOne((e) => e.name === 'body', doc.children);
  return { root: body ?? doc, keepHeader: false };
}

/** A page: its story's text without furniture, its title, date, address and outlet from the head. */
export function readHtmlArticle(html: string): ArticleInput {
  const doc = parseDocument(html);
  const { root, keepHeader } = storyRoot(doc);
  const parts: string[] = [];
  blockText(root, keepHeader, parts);
  const flowed = parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/^ +| +$/g, ''))
    .join('\n');
  const text = cleanArticleText(flowed);
  const h1 = DomUtils.findOne((e) => e.name === 'h1', [root]) ?? DomUtils.findOne((e) => e.name === 'h1', doc.children);
  const title =
    metaContent(doc, 'og:title', 'twitter:title') ??
    jsonLdString(doc, 'headline') ??
    (textOf(DomUtils.findOne((e) => e.name === 'title', doc.children)) || textOf(h1) || firstLine(text));
  const canonical = DomUtils.findOne((e) => e.name === 'link' && e.attribs['rel']?.toLowerCase() === 'canonical', doc.children);
  return {
    title: title || 'Untitled article',
    text,
    published: publicationDate(doc, root),
    url: metaContent(doc, 'og:url') ?? canonical?.attribs['href'] ?? null,
    outlet: metaContent(doc, 'og:site_name', 'application-name') ?? null,
  };
}
