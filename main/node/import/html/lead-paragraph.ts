// The lead (standfirst) that news templates set between the headline and the story, in the article's header
// rather than its body: Readability reads the body and leaves it out, and the article lost its first paragraph.
// The site names that paragraph itself, as the description it gives search engines and link previews; when the
// page prints that description over the story's first paragraph and the article does not hold it, it is put
// back as the article's opening paragraph.
import type { ParsedBlock } from '../../../../shared/contract/article.js';
import { comparable, inlineText } from './html-blocks.js';
import { isElement, localNameOf, textNodes, type DomDocument, type DomNode } from './dom.js';

/** Characters of a text that find it in the page (a description is often cut short with "…"). */
const PROBE_CHARS = 30;
/** How far over the story's first paragraph the lead may stand (a byline, a date, a picture between). */
const REACH_CHARS = 1500;
/** A lead is a paragraph, not a page: its block holding more than this is the page's layout. */
const MAX_LEAD_CHARS = 1200;
const BLOCK_TAGS = new Set(['p', 'div', 'section', 'header', 'h2', 'h3', 'h4', 'li', 'td', 'blockquote']);

function description(document: DomDocument): string {
  for (const selector of [
    'meta[property="og:description"]',
    'meta[name="description"]',
    'meta[name="twitter:description"]',
  ]) {
    const text = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (text) return text;
  }
  return '';
}

/** The block element a text node stands in. */
function blockOf(node: DomNode): DomNode | null {
  let at = node.parentNode;
  while (at && isElement(at) && !BLOCK_TAGS.has(localNameOf(at)) && localNameOf(at) !== 'body')
    at = at.parentNode;
  return at && isElement(at) && BLOCK_TAGS.has(localNameOf(at)) ? at : null;
}

/**
 * The article's blocks with the lead the page prints between its headline and them first, when they lack it. A
 * description printed over the headline is the site's or the section's (a blog's motto), not the article's.
 */
export function withLead(document: DomDocument, title: string, blocks: ParsedBlock[]): ParsedBlock[] {
  const probe = comparable(description(document)).slice(0, PROBE_CHARS);
  const first = blocks.find(
    (block) => block.type === 'paragraph' && comparable(block.text).length >= PROBE_CHARS,
  );
  if (probe.length < PROBE_CHARS || !first || !document.body) return blocks;
  if (blocks.some((block) => comparable(block.text).includes(probe))) return blocks;
  const nodes = textNodes(document.body);
  const starts: number[] = [];
  let page = '';
  for (const node of nodes) {
    starts.push(page.length);
    page += comparable(node.textContent ?? '');
  }
  const storyAt = page.indexOf(comparable(first.text).slice(0, PROBE_CHARS));
  const leadAt = page.lastIndexOf(probe, storyAt);
  if (storyAt < 0 || leadAt < 0 || storyAt - leadAt > REACH_CHARS) return blocks;
  const headline = comparable(title);
  const headlineAt = headline === '' ? -1 : page.lastIndexOf(headline, leadAt);
  if (headlineAt < 0 || leadAt - (headlineAt + headline.length) > REACH_CHARS) return blocks;
  const index = starts.findLastIndex((start) => start <= leadAt);
  const block = index >= 0 ? blockOf(nodes[index]!) : null;
  const text = block ? inlineText(block) : '';
  const key = comparable(text);
  const firstKey = comparable(first.text).slice(0, PROBE_CHARS);
  if (!key.includes(probe) || key.length > MAX_LEAD_CHARS || key.includes(firstKey)) return blocks;
  return [{ type: 'paragraph', text }, ...blocks];
}
