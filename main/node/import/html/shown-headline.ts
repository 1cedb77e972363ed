// The headline a web page shows over its article: the nearest heading before the article's first paragraph.
// Pages whose <title> names only the site or a section ("Opinion", "Herald Sun"), or words the story for search
// engines, or that have no <title> at all, still print their headline there, in an <h1>–<h6>, in an element
// named for it (class "title", "headline"), or in bold or large type of its own.
import type { ParsedBlock } from '../../../../shared/contract/article.js';
import { comparable, inlineText } from './html-blocks.js';
import { headlineText, isKicker, linksHome } from './headline-text.js';
import { titleParts, titleText } from './html-metadata.js';
import { isElement, localNameOf, textNodes, type DomDocument, type DomElement, type DomNode } from './dom.js';

/** How much other text may stand between the headline and the first paragraph (a byline, a date, a photo's caption). */
const REACH_CHARS = 600;
/** Characters of the first paragraph that find it in the page. */
const PROBE_CHARS = 24;
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMPHASIS_TAGS = new Set(['b', 'strong', 'font', 'big']);
/** Class or id naming a headline: "title", "headingstory", "articleTitle", "head", "hed". */
const NAMED_HEADLINE = /title|headline|heading|(?:^|[\s_-])(?:head|hed)(?:$|[\s_-])/i;
/** Where a heading is the site's, not the article's. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'li', 'button', 'label', 'select', 'option']);

/** The element that makes this text a heading, if one of its near ancestors does. */
function headingAround(node: DomNode): DomElement | null {
  let depth = 0;
  for (let at = node.parentNode; at && isElement(at) && depth < 4; at = at.parentNode, depth++) {
    const name = localNameOf(at);
    // A kicker set in the headline's own element is a label over it, never the headline itself.
    if (isKicker(at)) return null;
    if (HEADING_TAGS.has(name)) return at;
    const named = `${at.getAttribute('class') ?? ''} ${at.getAttribute('id') ?? ''}`;
    if (NAMED_HEADLINE.test(named)) return at;
    // Bold or large type is a heading only when it is all of its block's text.
    if (EMPHASIS_TAGS.has(name) && (name !== 'font' || largeFont(at))) {
      const block = blockAround(at);
      if (block && comparable(block.textContent ?? '') === comparable(at.textContent ?? '')) return at;
    }
    if (name === 'p' || name === 'div' || name === 'td' || name === 'body') return null;
  }
  return null;
}

/** A <font> that sets type larger than the text's (size 4 and up, or "+1"): a <font> may as well set it small. */
function largeFont(font: DomElement): boolean {
  const size = font.getAttribute('size')?.trim() ?? '';
  return size.startsWith('+') || Number(size) >= 4;
}

/** The block an inline element stands in: its nearest ancestor that is not inline markup itself. */
function blockAround(element: DomElement): DomNode | null {
  let at = element.parentNode;
  while (at && isElement(at) && INLINE_TAGS.has(localNameOf(at))) at = at.parentNode;
  return at;
}
const INLINE_TAGS = new Set(['a', 'span', 'em', 'i', 'u', 'small', ...EMPHASIS_TAGS]);

function inChrome(element: DomElement): boolean {
  for (let at: DomNode | null = element; at && isElement(at); at = at.parentNode)
    if (CHROME_TAGS.has(localNameOf(at))) return true;
  return false;
}

/**
 * Reads as a headline: a few words to a line's worth; not a sentence ending in a full stop, a link onwards
 * ("View more »"), a byline or a date.
 */
function headlineShaped(text: string): boolean {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = text.split(/\s+/).filter(Boolean).length;
  const size = han > 0 ? han : words;
  const [least, most] = han > 0 ? [5, 60] : [2, 30];
  return (
    size >= least &&
    size <= most &&
    // A headline may trail off ("From our readers' letters..."); a sentence's full stop ends no headline.
    (!/[.。:：»›>]$/.test(text) || /[^.]\.{3}$/.test(text)) &&
    !NOT_A_HEADLINE.test(text) &&
    !timestamp(text) &&
    // Two sentences are a blurb ("… (CLICK HERE). You could win …"), not a headline.
    !/(?:\p{Ll}{3}|\))\.\s+\p{Lu}/u.test(text)
  );
}
/** A byline, or a date opening the line in any order ("Jan 15, 2008", "15 Jan, 2008, 1202 hrs IST", "Tuesday 8th
 * January 2008", "2008-01-15"). */
const NOT_A_HEADLINE =
  /^(?:by\s|作者|记者|来源)|^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\w{3,9}\.? \d{1,2},? \d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?)(?:[\s,]|$)/i;

/**
 * "Last Updated: 6:10 PM Dec 31, 2007", "04:52 PM PST on Friday, January 18, 2008": a time of day and a date (a
 * date alone, "Sun, January 6, 2008", is NOT_A_HEADLINE's).
 */
function timestamp(text: string): boolean {
  return (
    /\b\d{1,2}:\d{2}\b/.test(text) &&
    /\b(?:19|20)\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d/i.test(text)
  );
}

/**
 * The article's first paragraph of running text: Readability often keeps the headline, a byline or a date at
 * the top of what it extracts, and those are not it.
 */
function firstParagraph(blocks: readonly ParsedBlock[]): ParsedBlock | undefined {
  return blocks.find(
    (block) =>
      block.type === 'paragraph' &&
      comparable(block.text).length >= PROBE_CHARS &&
      (comparable(block.text).length >= RUNNING_CHARS || /[.!?。！？”"]$/.test(block.text)),
  );
}
const RUNNING_CHARS = 80;

/** The page's text nodes and the index of the one the article's first paragraph opens in (-1: not found). */
interface TextToParagraph {
  nodes: DomNode[];
  anchor: number;
}

function textToParagraph(document: DomDocument, blocks: readonly ParsedBlock[]): TextToParagraph | null {
  const first = firstParagraph(blocks);
  if (!first || !document.body) return null;
  const probe = comparable(first.text).slice(0, PROBE_CHARS);
  const nodes = textNodes(document.body);
  // The paragraph's opening may be cut over several text nodes (a link, a bold word): look at a few together.
  const anchor = nodes.findIndex((_node, i) =>
    comparable(
      nodes
        .slice(i, i + 6)
        .map((n) => n.textContent ?? '')
        .join(''),
    ).startsWith(probe),
  );
  return { nodes, anchor };
}

/** The headings before the article's first paragraph, nearest first, within reach, whatever their shape. */
function headingsAboveText(before: TextToParagraph | null): string[] {
  if (!before) return [];
  const { nodes, anchor } = before;
  const found: string[] = [];
  let passed = 0;
  let last: DomElement | null = null;
  for (let i = anchor - 1; i >= 0 && passed <= REACH_CHARS; i--) {
    const node = nodes[i]!;
    const heading = headingAround(node);
    if (heading && heading !== last && !inChrome(heading) && !linksHome(heading)) {
      last = heading;
      // A heading with a line break holds more than its headline (a date, a credit): its first line is it.
      const text = headlineText(heading).split('\n')[0]!.trim();
      if (text !== '') found.push(text);
    }
    passed += comparable(node.textContent ?? '').length;
  }
  return found;
}

/**
 * A page that names its headline nowhere (no <title>, no heading, no element named for it) still sets it apart:
 * the nearest line over the text that stands alone in its block and reads as a headline.
 */
function standaloneAboveText(before: TextToParagraph | null): string | null {
  if (!before) return null;
  const { nodes, anchor } = before;
  let passed = 0;
  for (let i = anchor - 1; i >= 0 && passed <= REACH_CHARS; i--) {
    const node = nodes[i]!;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    passed += comparable(text).length;
    const parent = node.parentNode;
    if (!parent || !isElement(parent) || inChrome(parent) || localNameOf(parent) === 'a') continue;
    const block = INLINE_TAGS.has(localNameOf(parent)) ? blockAround(parent) : parent;
    const alone = block && comparable(block.textContent ?? '') === comparable(text);
    if (!alone || !headlineShaped(text) || labelSized(text)) continue;
    // A line set with a picture and little else is its caption.
    const around = block.parentNode;
    const captioned =
      around &&
      isElement(around) &&
      around.querySelector('img') !== null &&
      comparable(around.textContent ?? '').length < 2 * comparable(text).length;
    if (!captioned) return text;
  }
  return null;
}

/**
 * A label, not a headline: three words or fewer (six Han characters), or four in capitals ("PRINT FRIENDLY",
 * "TEAM & LEAGUE SERVICES").
 */
function labelSized(text: string): boolean {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  if (han > 0) return han <= 6;
  const words = text.split(/\s+/).filter(Boolean).length;
  return words <= 3 || (words <= 4 && !/\p{Ll}/u.test(text));
}

/**
 * The page's headline: the one its metadata names when the page shows it over the text (or names it with a
 * site's trail), else the nearest heading over the text when the metadata's is not shown at all or only as a
 * label (a section's or the site's name).
 */
export function shownHeadline(
  document: DomDocument,
  titled: string | null,
  blocks: readonly ParsedBlock[],
): string | null {
  const nearest = headlineNearText(document, titled, blocks);
  const h1 = soleH1(document);
  if (!h1 || comparable(h1) === comparable(nearest ?? '')) return nearest;
  // The <h1> says what the heading found says and more ("The Best GPS Watches of 2026" over a section or the
  // metadata's "The Best GPS Watches"): it is the headline the reader sees, unless the more is a site's trail
  // after a bar ("… | Patient Education").
  if (nearest && comparable(h1).startsWith(comparable(nearest)) && !SITE_TRAIL.test(h1.slice(nearest.length)))
    return h1;
  // The page's one <h1> is its headline when the metadata names it better than the heading found near the
  // text: that one was a section's heading ("What is an online course?") or a teaser over the first paragraph.
  const named = metadataWords(document);
  const h1Share = wordShare(h1, named);
  const nearestShare = wordShare(nearest ?? '', named);
  if (h1Share >= (labelSized(h1) ? 1 : H1_SHARE) && h1Share > nearestShare) return h1;
  // The metadata's headline that the page prints nowhere ("Recipe for Lemon Cake" over an <h1> "Lemon Cake")
  // is the one it gives search engines; the <h1> it names is the one the reader sees.
  if (h1Share >= H1_SHARE && nearest && !printed(document, nearest)) return h1;
  if (labelSized(h1) || nearestShare >= H1_SHARE) return nearest;
  // Where the metadata names neither, the <h1> set over the text with the nearer heading between them is the
  // headline and that heading the first section's ("The real cost in 2025" under "Marketing Costs Demystified").
  const above = headingsAboveText(textToParagraph(document, blocks)).map(comparable);
  return above.slice(1).includes(comparable(h1)) ? h1 : nearest;
}
const SITE_TRAIL = /^\s*[|｜]/u;

function printed(document: DomDocument, text: string): boolean {
  return document.body ? comparable(inlineText(document.body)).includes(comparable(text)) : false;
}
/** Half the words of the <h1> in the <title> or og:title at least. */
const H1_SHARE = 0.5;

/**
 * The page's only <h1> outside its chrome, when it reads as a headline and is not the site's name linking home.
 * A label-sized one ("Our Blog", "Bienenstich-Muffins") stands only where the metadata names all its words.
 */
function soleH1(document: DomDocument): string | null {
  const h1s = Array.from(document.querySelectorAll('h1')).filter((h) => !inChrome(h));
  // The same headline set twice (one copy for narrow screens, one for wide) is still the page's only one.
  if (new Set(h1s.map((h) => comparable(headlineText(h)))).size !== 1 || linksHome(h1s[0]!)) return null;
  const text = headlineText(h1s[0]!).split('\n')[0]!.trim();
  // A dish or a place is a headline of one word ("Bienenstich-Muffins"); as a label, only where named whole.
  return headlineShaped(text) || /^[\p{L}\p{N}][\p{L}\p{N}'’-]{3,}$/u.test(text) ? text : null;
}

/** The words of the page's <title> and og:title. */
function metadataWords(document: DomDocument): Set<string> {
  const og = document.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  return new Set(words(`${titleText(document) ?? ''} ${og}`));
}

/** Han characters one by one (Chinese writes no spaces), other letters and digits as runs. */
function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/\p{Script=Han}|[\p{L}\p{N}]+/gu) ?? []
  );
}

function wordShare(text: string, named: ReadonlySet<string>): number {
  const all = words(text);
  return all.length === 0 ? 0 : all.filter((w) => named.has(w)).length / all.length;
}

/** The headline over the text, as the metadata and the headings near the first paragraph tell it. */
function headlineNearText(
  document: DomDocument,
  titled: string | null,
  blocks: readonly ParsedBlock[],
): string | null {
  const before = textToParagraph(document, blocks);
  const above = headingsAboveText(before);
  const headings = above.filter(headlineShaped);
  const parts = titleParts(document);
  // A heading the <title> names as one of its parts is the headline, the nearest first ("Officials plan the
  // funeral | National News"); a label-sized one only as the <title>'s longest part ("Zee News - Om Shanti
  // Om"), since a short part is as often the site's name.
  const named = namedByTitle(parts, headings, titled);
  if (named) return named;
  // What the metadata names and the page sets as one of the headings nearest over the text (a tagline may stand
  // between) is the headline, whatever its shape: a one-word title ("Nachtgedanken") or one ending in a full
  // stop is still the one the reader sees. Further up, a heading that says the same is a menu's section name.
  const key = comparable(titled ?? '');
  if (key !== '' && above.slice(0, NEAREST_HEADINGS).some((heading) => comparable(heading) === key))
    return titled;
  // Otherwise a label-sized heading ("EDITOR'S CHOICE", "More News") never overrides what the metadata names.
  const nearest =
    headings.find((heading) => !labelSized(heading)) ?? titlePartAboveText(document, parts, blocks);
  // With no title to go by, a line over the text that reads as a headline beats a heading the size of a label.
  if (!titled?.trim()) return nearest ?? standaloneAboveText(before) ?? headings[0] ?? null;
  if (!nearest) return titled;
  const want = comparable(titled);
  if (want.includes(comparable(nearest))) return nearest;
  return printed(document, titled) && !labelSized(titled) ? titled : nearest;
}

/** How many of the headings over the text are near enough to be the headline the metadata names. */
const NEAREST_HEADINGS = 3;

/**
 * Of the headings the <title> names as parts, the one the metadata took for the headline, else the nearest: the
 * site's name may be a heading nearer the text ("Valley City Business Journal" over "Local firm expands its plant").
 */
function namedByTitle(
  titleParts: readonly string[],
  headings: readonly string[],
  titled: string | null,
): string | undefined {
  if (titleParts.length < 2) return undefined;
  const parts = titleParts.map(comparable);
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  const named = headings.filter((heading) => !labelSized(heading) && parts.includes(comparable(heading)));
  return (
    named.find((heading) => comparable(heading) === comparable(titled ?? '')) ??
    named[0] ??
    headings.find((heading) => comparable(heading) === longest)
  );
}

/**
 * Of the <title>'s parts ("San Bernardino County Sun - USC has imposing challenge"), the one the page prints
 * nearest before the article's first paragraph, however it is set: the headline over the text, where the
 * site's name stands in the page's header further up.
 */
function titlePartAboveText(
  document: DomDocument,
  titleParts: readonly string[],
  blocks: readonly ParsedBlock[],
): string | null {
  const parts = titleParts.filter((part) => comparable(part).length >= MIN_PART && !labelSized(part));
  const first = firstParagraph(blocks);
  if (parts.length === 0 || !first || !document.body) return null;
  const page = comparable(inlineText(document.body));
  const start = page.indexOf(comparable(first.text).slice(0, PROBE_CHARS));
  let best: { part: string; at: number } | null = null;
  for (const part of parts) {
    const at = page.lastIndexOf(comparable(part), start);
    if (start >= 0 && at >= 0 && start - at <= REACH_CHARS * 2 && (!best || at > best.at))
      best = { part, at };
  }
  if (best) return best.part;
  // A headline set under the lead picture's caption stands after the first paragraph found: the part the page
  // prints as a heading of its own, wherever.
  const headingTexts = new Set(
    Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6'), (h) => comparable(inlineText(h))),
  );
  return parts.find((part) => headingTexts.has(comparable(part))) ?? null;
}
const MIN_PART = 6;
