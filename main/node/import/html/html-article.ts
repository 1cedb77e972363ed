// A web page to its article: Readability finds the main text on the DOM of the page as saved, DOMPurify strips
// whatever could run or load from it, and the structure becomes blocks; a page marking up several articles
// gives each its own (separateArticles). Title, byline and the rest come from the
// page's metadata (html-metadata.ts) and are kept on the page's `meta` as well.
import { parse, serialize } from 'parse5';
import { Readability } from '@mozilla/readability';
import {
  plainArticle,
  type ParsedArticle,
  type ParsedBlock,
  type ParsedPage,
} from '../../../../shared/contract/article.js';
import { hanShare } from '../../../domain/page/chars.js';
import {
  bodyText,
  elementsNamed,
  isElement,
  localNameOf,
  parseHtmlDocument,
  type DomDocument,
} from './dom.js';
import { comparable, htmlBlocks } from './html-blocks.js';
import { pageMetadata, type PageMetadata } from './html-metadata.js';
import { shownHeadline } from './shown-headline.js';
import { withLead } from './lead-paragraph.js';
import { withoutDateLines } from './date-lines.js';
import { refuseDeepMarkup } from './markup-depth.js';
import { withoutLinkLists } from './link-lists.js';
import { withoutSitePrompts } from './site-prompts.js';
import { commentThreads, mostlyComments, removeCommentTails } from './comment-threads.js';
import { boilerplateLines, withoutBoilerplate } from './boilerplate-boxes.js';
import { withStreamedPartsInPlace } from './streamed-parts.js';
import { sanitizeHtml } from './sanitize-html.js';
import { withDroppedSections } from './dropped-sections.js';
import { withoutUnrenderedLists } from './client-templates.js';
import { withTypeHeadlineMarked } from './type-headlines.js';

/** HTML whose whole content is the text (an EPUB chapter, a converted Word file) as sanitised blocks. */
export function sanitizedBlocks(html: string): ParsedBlock[] {
  refuseDeepMarkup(html);
  return htmlBlocks(sanitizeHtml(html));
}

/** A head compared as text, a byline's leading "By" / "作者：" aside. */
function headKey(text: string): string {
  return comparable(text.replace(/^\s*(?:by|von|par|por|作者|记者|文)(?:\s+|\s*[:：|]\s*)/iu, ''));
}

/**
 * Readability often leaves the headline and the byline at the top of the text; they have their own fields. What
 * stands over the headline there (a section's name, a "Print" link) is not the article's text either; its
 * pictures are kept.
 */
function withoutRepeatedHead(blocks: ParsedBlock[], heads: (string | null)[]): ParsedBlock[] {
  const keys = new Set(heads.filter((head): head is string => !!head).map(headKey));
  const [title] = heads;
  const opening = blocks.findIndex((block) => block.type === 'paragraph' && block.text.length >= 80);
  const searched = opening < 0 ? Math.min(blocks.length, 3) : opening;
  const titleKey = title ? headKey(title) : '';
  const at = title ? blocks.slice(0, searched).findIndex((b) => repeatsTitle(b, titleKey)) : -1;
  const over = at < 0 ? [] : blocks.slice(0, at).filter((block) => block.type === 'figure');
  let start = at < 0 ? 0 : at + 1;
  while (start < Math.min(blocks.length, at + 4) && keys.has(headKey(blocks[start]!.text))) start++;
  return [...over, ...blocks.slice(start)];
}

/** The headline again, or as a heading with a label of a few characters set beside it ("原创", "Exclusive"). */
function repeatsTitle(block: ParsedBlock, titleKey: string): boolean {
  const key = headKey(block.text);
  if (key === titleKey) return true;
  return (
    block.type === 'heading' &&
    titleKey.length >= MIN_LABELLED_TITLE &&
    key.includes(titleKey) &&
    key.length - titleKey.length <= MAX_LABEL
  );
}
const MIN_LABELLED_TITLE = 8;
const MAX_LABEL = 10;

function metaRecord(metadata: PageMetadata): Record<string, string[]> {
  const fields: [string, string | null][] = [
    ['title', metadata.title],
    ['byline', metadata.byline],
    ['site', metadata.siteName],
    ['published', metadata.published],
    ['language', metadata.language],
    ['url', metadata.canonicalUrl],
  ];
  return Object.fromEntries(
    fields.filter((field): field is [string, string] => !!field[1]).map(([k, v]) => [k, [v]]),
  );
}

/**
 * The page's tree as a browser builds it. linkedom keeps markup where it stands: a page that leaves out its
 * <html> or <body> tags (as HTML allows), a fragment, or body markup in the head would leave text outside
 * `document.body`, where Readability never looks. parse5 builds the tree by the HTML standard first.
 */
function pageDocument(html: string): DomDocument {
  // With scripting off, parse5 reads a <noscript>'s content as markup, as linkedom will read it again; as raw
  // text (a browser running scripts), a <noscript> written inside one (tag managers do) would come out as an
  // open tag that takes the rest of the page with it. Readability reads pictures out of them either way.
  const document = parseHtmlDocument(serialize(parse(withTitleClosed(html), { scriptingEnabled: false })));
  withStreamedPartsInPlace(document);
  withNoscriptPageShown(document);
  withoutUnrenderedLists(document);
  withTypeHeadlineMarked(document);
  return document;
}

/**
 * A page that puts its whole text in a <noscript> (its scripts would build the page otherwise) shows that text
 * to a reader without scripts, as this one is: such a <noscript>, holding most of the page's text, is unwrapped.
 * Others (a "turn on JavaScript" line, a tracking pixel) hold little and stay, to go with the sanitiser.
 */
function withNoscriptPageShown(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  const all = (body.textContent ?? '').replace(/\s+/g, '').length;
  for (const noscript of Array.from(body.querySelectorAll('noscript'))) {
    const held = (noscript.textContent ?? '').replace(/\s+/g, '').length;
    if (held < all * NOSCRIPT_PAGE_SHARE) continue;
    const box = document.createElement('div');
    box.append(...Array.from(noscript.childNodes));
    noscript.replaceWith(box);
    return;
  }
}
const NOSCRIPT_PAGE_SHARE = 0.5;

/**
 * A <title> never closed (a page cut short, a broken template) makes the rest of the file its text, and a
 * browser shows an empty page. The title is taken to end where its first line or the next tag begins, so that
 * the page's text is read.
 */
function withTitleClosed(html: string): string {
  const open = /<title\b[^>]*>/i.exec(html);
  if (!open || /<\/title\s*>/i.test(html.slice(open.index))) return html;
  const from = open.index + open[0].length;
  const end = html.slice(from).search(/[\r\n<]/);
  const at = end < 0 ? html.length : from + end;
  return `${html.slice(0, at)}</title>${html.slice(at)}`;
}

/**
 * The least text Readability takes for an article before it loosens its cleaning, down to keeping the whole
 * page: its default, 500 characters, is a short English article but a long Chinese one (a Han character says
 * as much as two or three Latin ones), so a short Chinese report came back with the site's menus around it.
 */
function articleThreshold(document: DomDocument): number {
  const sample = bodyText(document, SCRIPT_SAMPLE);
  return hanShare(sample, SCRIPT_SAMPLE) >= HAN_PAGE ? HAN_ARTICLE_CHARS : LATIN_ARTICLE_CHARS;
}
const SCRIPT_SAMPLE = 4000;
/** A page whose text is this share Han characters at least is written in Chinese (or Japanese). */
const HAN_PAGE = 0.3;
const LATIN_ARTICLE_CHARS = 500;
const HAN_ARTICLE_CHARS = 200;

/**
 * Inline elements Readability does not know as such (<u>, <font>, <s>…) it takes for blocks where it wraps a
 * <div>'s loose text in paragraphs: a sentence with an underlined phrase came out as three paragraphs. They are
 * renamed to the inline elements it knows, keeping what Markdown can say of them (struck text).
 */
function asPhrasing(document: DomDocument): void {
  for (const [from, to] of PHRASING_AS)
    for (const element of Array.from(document.querySelectorAll(from))) {
      const renamed = document.createElement(to);
      renamed.append(...Array.from(element.childNodes));
      element.replaceWith(renamed);
    }
}
const PHRASING_AS: readonly [string, string][] = [
  ['u, font, big, tt', 'span'],
  ['s, strike', 'del'],
];

/** Readability's reading of the page; null when it finds no article or fails on the page's markup. */
function readableArticle(document: DomDocument): ReturnType<Readability<string>['parse']> {
  try {
    const charThreshold = articleThreshold(document);
    const read = (withoutThreads: boolean) => {
      const copy = document.cloneNode(true) as DomDocument;
      asPhrasing(copy);
      removeCommentTails(copy);
      if (withoutThreads) for (const thread of commentThreads(copy)) thread.remove();
      return new Readability(copy as never, { keepClasses: false, charThreshold }).parse();
    };
    const found = read(false);
    // A short post under a long comment thread: Readability took the thread (see comment-threads.ts).
    if (found && mostlyComments(found.textContent ?? '', commentThreads(document)))
      return read(true) ?? found;
    return found;
  } catch {
    // A page whose markup trips Readability is read whole instead, as one it finds no article in.
    return null;
  }
}

/** The least text (beside its headline) that makes an <article> element an article rather than a teaser. */
const MIN_ARTICLE_CHARS = 200;

/**
 * A page that marks up several articles (a paper's web edition, a digest): each outermost <article> element
 * with a headline and text of its own becomes an article, as a newspaper page's articles do. Teasers (a
 * headline and a line) and comments (no headline) do not count; it takes two real ones. Null otherwise.
 */
function separateArticles(document: DomDocument, main: readonly ParsedBlock[]): ParsedArticle[] | null {
  const outermost = elementsNamed(document, 'article').filter((element) => {
    for (let at = element.parentNode; at; at = at.parentNode)
      if (isElement(at) && localNameOf(at) === 'article') return false;
    return true;
  });
  if (outermost.length < 2) return null;
  const articles = outermost.flatMap((element) => {
    const blocks = sanitizedBlocks(element.innerHTML);
    const head = blocks.findIndex((block) => block.type === 'heading');
    if (head === -1 || head > 2) return [];
    const body = blocks.filter((_block, index) => index !== head);
    const chars = body.reduce((sum, block) => sum + block.text.length, 0);
    return chars >= MIN_ARTICLE_CHARS ? [plainArticle(blocks[head]!.text, body)] : [];
  });
  if (articles.length < 2) return null;
  // Cards for other stories marked up as <article>s beside a main story that is not one: the page's article is
  // the one Readability found, and the cards are not it. Its opening must be in one of them.
  const opening = main.find((block) => block.type === 'paragraph' && comparable(block.text).length >= 40);
  if (!opening) return articles;
  const probe = comparable(opening.text).slice(0, 40);
  return articles.some((article) => article.blocks.some((block) => comparable(block.text).includes(probe)))
    ? articles
    : null;
}

export function parseHtmlPage(html: string, fallbackTitle: string, location?: string): ParsedPage {
  refuseDeepMarkup(html);
  const document = pageDocument(html);
  const found = readableArticle(document);
  const metadata = pageMetadata(document, found ?? {}, location);
  const boilerplate = boilerplateLines(document);
  const read = (markup: string): ParsedBlock[] => {
    refuseDeepMarkup(markup);
    return withoutBoilerplate(
      htmlBlocks(withoutSitePrompts(withoutLinkLists(sanitizeHtml(markup)))),
      boilerplate,
    );
  };
  // A page Readability cannot read as an article (a short note, a list) is read whole, and so is one where all
  // it read is the site's furniture (a cookie notice beside a post of one line).
  const reading = found ? read(found.content ?? '') : [];
  const blocks =
    reading.length > 0 ? withDroppedSections(document, reading, read) : read(document.body?.innerHTML ?? '');
  const several = separateArticles(document, reading.length > 0 ? blocks : []);
  if (several) return { meta: metaRecord(metadata), articles: several };
  const firstHeading = blocks.find((block) => block.type === 'heading')?.text;
  const title = shownHeadline(document, metadata.title, blocks) ?? firstHeading ?? fallbackTitle;
  const article = {
    ...plainArticle(
      title,
      withLead(
        document,
        title,
        withoutDateLines(withoutRepeatedHead(blocks, [title, metadata.byline, found?.byline ?? null])),
      ),
    ),
    byline: metadata.byline,
    authors: metadata.authors,
  };
  return { meta: metaRecord(metadata), articles: [article] };
}
