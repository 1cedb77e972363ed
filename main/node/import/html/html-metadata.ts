// What a saved page says about its article besides the text: headline, byline, site, date, language and
// address, from the page's <meta> tags (Open Graph, Dublin Core, article:*), its JSON-LD and its markup, with
// Readability's findings as a fallback. Read from the page as saved, before extraction strips it.
import { comparable, inlineText } from './html-blocks.js';
import { headlineText, linksHome } from './headline-text.js';
import { sourceLine } from './source-line.js';
import { bodyText, isElement, localNameOf, type DomDocument } from './dom.js';
import { pageLanguage } from './page-language.js';
import { credibleByline } from './web-byline.js';

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  authors: string[];
  siteName: string | null;
  published: string | null;
  language: string | null;
  canonicalUrl: string | null;
}

/** What Readability found, used where the page's own metadata is silent. */
export interface ReadabilityFindings {
  title?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  publishedTime?: string | null | undefined;
  lang?: string | null | undefined;
}

type JsonLd = Record<string, unknown>;

function clean(text: string | null | undefined): string | null {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

/**
 * The <title>'s text; none when it holds markup ("BBC SPORT library--> <script src=…">): a broken template let
 * the head's comments and scripts into it, and what stands before them is no headline either.
 */
export function titleText(document: DomDocument): string | null {
  return unmarked(document.querySelector('title')?.textContent);
}

/** Cleaned text that holds no markup; null when it does or is empty. */
function unmarked(text: string | null | undefined): string | null {
  const value = clean(text);
  return value && /-->|<\/?[a-z!]/i.test(value) ? null : value;
}

function meta(document: DomDocument, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(
      `meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`,
    );
    const value = clean(element?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

/** The JSON-LD objects of the page that describe an article (NewsArticle, BlogPosting, …), flattened. */
function jsonLdArticles(document: DomDocument): JsonLd[] {
  const found: JsonLd[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const object = value as JsonLd;
      const type = ([] as unknown[]).concat(object['@type'] ?? []).join(' ');
      if (/Article|Posting|Report|NewsArticle/i.test(type)) found.push(object);
      visit(object['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing; the <meta> tags still may.
    }
  }
  return found;
}

function names(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === 'object' && typeof (value as JsonLd).name === 'string')
    return [(value as JsonLd).name as string];
  return [];
}

function ldString(articles: JsonLd[], key: string): string | null {
  for (const article of articles) {
    const value = article[key];
    const text = typeof value === 'string' ? value : names(value)[0];
    if (clean(text)) return clean(text);
  }
  return null;
}

// A hyphen is a separator with spaces round it, or between Chinese characters ("…百分点-东方在线"), never
// inside a Latin word. Marks may stand in a row ("example.de // » Jens Weber"), guillemets single or double.
export const SEPARATOR =
  /\s+(?:--|\/\/|[|\-–—:·•»›>\\/])(?:\s*(?:\/\/|[|–—·•»›]))*\s+|\s*[_|｜—–·•»›]\s*|(?<=[\u4e00-\u9fff）》」”])-(?=[\u4e00-\u9fff（《「“])/;

/**
 * The headline the page shows, not its <title> with a site suffix ("…_商业频道_新浪网", "… - BBC News"): the
 * Open Graph / JSON-LD headline, else an <h1> that the <title> contains, else the <title> (Readability's title
 * when there is none); then the site's trail is cut: what follows a headline shown on the page, a trail of short
 * parts behind one repeated separator, or a first or last part that names the site.
 */
function headline(
  document: DomDocument,
  siteName: string | null,
  ld: JsonLd[],
  found: ReadabilityFindings,
): string | null {
  const titleTag = titleText(document);
  const h1s = Array.from(document.querySelectorAll('h1'), (h1) => clean(headlineText(h1))).filter(
    (text): text is string => !!text,
  );
  // An <h1> the <title> contains, when it is long enough to be a headline (not the logo's site name).
  const shown = h1s.find(
    (h1) =>
      titleTag &&
      comparable(titleTag).includes(comparable(h1)) &&
      comparable(h1).length >= MIN_HEADLINE &&
      !(siteName && comparable(h1) === comparable(siteName)),
  );
  // The headline shown over the article carries no site trail to cut.
  const onPage = headlineShown(document, siteName);
  if (onPage) return onPage;
  const chosen =
    meta(document, 'og:title', 'twitter:title') ??
    ldString(ld, 'headline') ??
    shown ??
    (titleTag && fromTitleTag(titleTag, unmarked(found.title), siteName, h1s, document)) ??
    unmarked(found.title);
  return chosen && stripSiteName(chosen, siteName, h1s);
}

/**
 * The <title> without its site trail: as the rules of stripSiteName cut it, else the one part the page also
 * shows as text, else as Readability cut it, else whole. `shown` is the page's text, read only when needed.
 */
function fromTitleTag(
  titleTag: string,
  readable: string | null,
  siteName: string | null,
  h1s: string[],
  document: DomDocument,
): string {
  const cut = stripSiteName(titleTag, siteName, h1s);
  if (cut !== titleTag) return cut;
  // "Site » Headline", "Headline | Section": of the parts, the one the page also shows as text is the headline.
  // Parts too short to be a headline (a site's name) are never it, but they still make the <title> a trail.
  const all = titleTag.split(SEPARATOR).map((part) => part.trim());
  const parts = all.filter((part) => comparable(part).length >= MIN_HEADLINE);
  // The body's visible text, read once: compared as titles are, and as printed.
  const shown = all.length >= 2 && parts.length >= 1 && document.body ? inlineText(document.body) : '';
  const text = comparable(shown);
  const onPage = parts.filter((part) => text.includes(comparable(part)));
  if (all.length >= 2 && onPage.length === 1) return onPage[0]!;
  const among = onPage.length > 1 ? headlineAmongParts(titleTag, all, onPage, printed(shown)) : null;
  if (among) return among;
  if (!readable) return titleTag;
  const [whole, part] = [comparable(titleTag), comparable(readable)];
  return part.length >= MIN_HEADLINE && part.length < whole.length && whole.includes(part)
    ? readable
    : titleTag;
}

/**
 * Of several <title> parts the page shows ("The Hindu : Sport / Racing : Successor in great heart", the site's
 * name and its sections standing in its menus), the headline: the one part of several words at least twice as
 * long as any other, unless the page prints it as the <title> does with a part beside it, separator and all
 * (a label it carries: "MOVIE REVIEW - …"). `all` are the <title>'s parts, `page` its text as `printed`.
 */
function headlineAmongParts(titleTag: string, all: string[], onPage: string[], page: string): string | null {
  const [longest, ...rest] = [...onPage].sort((a, b) => b.length - a.length);
  if (!longest || longest.split(/\s+/).length < MIN_HEADLINE_WORDS) return null;
  if (rest.some((part) => part.length * 2 > longest.length)) return null;
  const at = all.indexOf(longest);
  const start = titleTag.indexOf(longest);
  const end = start + longest.length;
  const [before, after] = [all[at - 1], all[at + 1]];
  const withBefore = before === undefined ? null : titleTag.slice(titleTag.lastIndexOf(before, start), end);
  const withAfter =
    after === undefined ? null : titleTag.slice(start, titleTag.indexOf(after, end) + after.length);
  return [withBefore, withAfter].some((span) => span !== null && page.includes(printed(span)))
    ? null
    : longest;
}

/** Text as printed, its spacing collapsed and its case aside. */
const printed = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A headline part among a <title>'s section names has this many words at least. */
const MIN_HEADLINE_WORDS = 3;

/** Shorter than this (in comparable characters) an <h1> is a label or a logo, not a headline. */
const MIN_HEADLINE = 6;

/**
 * The page's one <h1> outside its site header and navigation, when it reads as a headline: what the reader
 * sees over the article, which the <title> and Open Graph often word for search engines instead. Not a
 * logo or the site's name.
 */
function headlineShown(document: DomDocument, siteName: string | null): string | null {
  const outsideChrome = Array.from(document.querySelectorAll('h1')).filter((h1) => {
    if (linksHome(h1)) return false;
    for (let at = h1.parentNode; at && isElement(at); at = at.parentNode) {
      const name = localNameOf(at);
      if (name === 'article' || name === 'main') return true;
      if (name === 'nav' || name === 'header' || name === 'footer' || name === 'aside') return false;
    }
    return true;
  });
  const texts = outsideChrome.map((h1) => clean(headlineText(h1))).filter((text): text is string => !!text);
  if (texts.length !== 1) return null;
  const [text] = texts as [string];
  const key = comparable(text);
  if (key.length < MIN_HEADLINE || (siteName && key === comparable(siteName))) return null;
  return text;
}

const FROM_PAPER = /\s+\(from [^()]{2,60}\)$/i;

function stripSiteName(titled: string, siteName: string | null, h1s: string[]): string {
  // "Headline (from The Valley Post)": where the story was first printed, as a syndicating site credits it.
  const title = titled.replace(FROM_PAPER, '');
  const parts = title
    .split(SEPARATOR)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return title;
  // The headline the page shows, when the <title> starts with it: what follows is the site's trail.
  const whole = comparable(title);
  const shown = h1s.find((h1) => whole.startsWith(comparable(h1)) && comparable(h1).length < whole.length);
  if (shown) return shown;
  // "Headline_Channel_Site", "Headline | Section | Site": one separator repeated marks a trail of names.
  const separators = new Set(
    title.match(new RegExp(SEPARATOR.source, 'g'))?.map((separator) => separator.trim()),
  );
  const longestRest = Math.max(...parts.slice(1).map((part) => part.length));
  if (parts.length >= 3 && separators.size === 1 && parts[0]!.length > longestRest) return parts[0]!;
  const site = siteName ? comparable(siteName) : null;
  const namesSite = (part: string) =>
    !!site && comparable(part) !== '' && (site.includes(comparable(part)) || comparable(part).includes(site));
  let kept = parts;
  while (kept.length > 1 && namesSite(kept.at(-1)!)) kept = kept.slice(0, -1);
  while (kept.length > 1 && namesSite(kept[0]!)) kept = kept.slice(1);
  if (kept.length < parts.length) return joinKept(title, kept);
  return title;
}

/** The title with only the kept parts, cut where they begin and end (their own separators stay). */
function joinKept(title: string, parts: string[]): string {
  const start = title.indexOf(parts[0]!);
  const last = parts.at(-1)!;
  return title.slice(start, title.lastIndexOf(last) + last.length).trim();
}

/** The parts of the page's <title>, split where a site joins its name or section to the headline. */
export function titleParts(document: DomDocument): string[] {
  return (titleText(document) ?? '').split(SEPARATOR).map((part) => part.trim());
}

/** The parts of the page's <title> beside its longest (the headline): the site's name and section. */
function titleTrail(document: DomDocument): string[] {
  const parts = titleParts(document);
  if (parts.length < 2) return [];
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return parts.filter((part) => part !== longest && part !== '');
}

/** Characters of the page's text its script is told by. */
const LANGUAGE_SAMPLE = 4000;

export function pageMetadata(
  document: DomDocument,
  found: ReadabilityFindings,
  location?: string,
): PageMetadata {
  const ld = jsonLdArticles(document);
  const siteName =
    meta(document, 'og:site_name', 'application-name') ??
    ld.map((article) => names(article.publisher)[0]).find(Boolean) ??
    clean(found.siteName);
  const siteNames = [...(siteName ? [siteName] : []), ...titleTrail(document)];
  const authors = [
    ...new Set(
      [
        ...ld.flatMap((article) => names(article.author)),
        ...Array.from(
          document.querySelectorAll('meta[name="author" i], meta[property="article:author" i]'),
          (m) => m.getAttribute('content') ?? '',
        ),
      ]
        .map((name) => credibleByline(clean(name), siteNames))
        .filter((name): name is string => !!name && !/^https?:/i.test(name)),
    ),
  ];
  const time = document.querySelector('time[datetime]')?.getAttribute('datetime');
  const line = sourceLine(document);
  return {
    title: headline(document, siteName, ld, found),
    byline:
      credibleByline(clean(found.byline), siteNames) ??
      (authors.length > 0 ? authors.join(', ') : null) ??
      credibleByline(line?.byline ?? null, siteNames),
    authors,
    siteName,
    published:
      meta(
        document,
        'article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'PubDate',
        'dc.date',
        'date',
      ) ??
      ldString(ld, 'datePublished') ??
      clean(found.publishedTime) ??
      clean(time) ??
      line?.published ??
      null,
    language: pageLanguage(
      [
        clean(document.documentElement?.getAttribute('lang')),
        meta(document, 'og:locale', 'dc.language', 'language'),
        clean(document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
        clean(found.lang),
      ],
      bodyText(document, LANGUAGE_SAMPLE),
    ),
    canonicalUrl:
      clean(document.querySelector('link[rel="canonical" i]')?.getAttribute('href')) ??
      meta(document, 'og:url') ??
      ldString(ld, 'url') ??
      clean(location),
  };
}
