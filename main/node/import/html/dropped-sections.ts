// Readability's last pass drops boxes inside the article that look "fishy" by its counts: more pictures than
// paragraphs, more list items than paragraphs, few commas, a class name it distrusts. A guide or a review built of
// such boxes (a plant to a box with its photos, a section per product) came back as its first paragraphs and its
// last, or as one of its sections, with the rest gone (recall 0.10-0.40 at precision 1.00 on pages of the web
// set). Whatever Readability read stands between its first block and its last, so the element holding both, or
// the one holding its sister sections, holds the article as the page has it: the runs of running text that the
// reading lost there are put back where they stood. What the page hides, readers' comments, boxes set beside the
// text (navigation, related stories, advertising) and lists of links stay out, and so do a widget's short lines
// ("Check price"); the reading keeps every block in its order, and nothing it says is said twice.
import type { ParsedBlock } from '../../../../shared/contract/article.js';
import { commentThreads } from './comment-threads.js';
import { holds, localNameOf, nameWords, type DomDocument, type DomElement, type DomNode } from './dom.js';
import { comparable } from './html-blocks.js';

/** The article's box must hold this many times the reading's text for a section to have been lost. */
const LOST_SHARE = 1.5;
/** A block this long (in characters) is running text; a button, a label or a date is shorter. */
const RUNNING_CHARS = 60;
/** A run put back holds this much running text at least. */
const MIN_RUN_CHARS = 100;
/** How much of a block's text is looked for on the page: enough to tell it from any other. */
const PROBE_CHARS = 60;
/** Elements a block of the reading comes from; the smallest holding its text is where it stands. */
const BLOCK_ELEMENTS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, pre, blockquote, dd, dt, figcaption';
/** Boxes a page sets beside its text, by their element or by their names: what Readability left out by name. */
const BESIDE_ELEMENTS = new Set(['nav', 'aside', 'header', 'footer', 'form', 'menu']);
const BESIDE_WORDS = new Set(
  [
    'related recommended popular trending sidebar promo sponsor sponsored ad ads advert advertisement',
    'breadcrumb breadcrumbs newsletter subscribe slideshow carousel footer',
  ]
    .join(' ')
    .split(' '),
);
/** A box whose text is links for this share at least is a menu or a list of other pages. */
const LINKED_SHARE = 0.7;
const LINKABLE = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'tr', 'td', 'p', 'li']);

function linkedShare(element: DomElement): number {
  const all = (element.textContent ?? '').replace(/\s+/g, '').length;
  if (all === 0) return 0;
  let linked = 0;
  for (const link of Array.from(element.querySelectorAll('a')))
    linked += (link.textContent ?? '').replace(/\s+/g, '').length;
  return linked / all;
}

function besideTheText(element: DomElement): boolean {
  const name = localNameOf(element);
  if (BESIDE_ELEMENTS.has(name) || nameWords(element).some((word) => BESIDE_WORDS.has(word))) return true;
  return LINKABLE.has(name) && linkedShare(element) >= LINKED_SHARE;
}

/** What the page does not show or Readability set aside on purpose: hidden boxes. */
const HIDDEN = '[hidden], [aria-hidden="true"], [style*="display:none"], [style*="display: none"]';

function textChars(blocks: readonly ParsedBlock[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

/** The smallest element of the page whose text holds the block's. */
function standing(
  elements: readonly DomElement[],
  keys: readonly string[],
  block: ParsedBlock,
): DomElement | null {
  const probe = comparable(block.text).slice(0, PROBE_CHARS);
  if (probe === '') return null;
  let best = -1;
  for (let i = 0; i < elements.length; i++)
    if (keys[i]!.includes(probe) && (best < 0 || keys[i]!.length < keys[best]!.length)) best = i;
  return best < 0 ? null : elements[best]!;
}

function commonAncestor(a: DomNode, b: DomNode): DomNode | null {
  for (let at: DomNode | null = a; at; at = at.parentNode) if (holds(at, b)) return at;
  return null;
}

/** The child indices that lead from `root` down to `node`. */
function pathFrom(root: DomNode, node: DomNode): number[] {
  const path: number[] = [];
  for (let at = node; at !== root && at.parentNode; at = at.parentNode)
    path.unshift(Array.prototype.indexOf.call(at.parentNode.childNodes, at));
  return path;
}

function laterFirst(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return b[i]! - a[i]!;
  return b.length - a.length;
}

function follow(root: DomNode, path: readonly number[]): DomNode | null {
  let at: DomNode | undefined = root;
  for (const index of path) at = at?.childNodes[index];
  return at ?? null;
}

/** Whether the element has sisters of its own kind (the same element, the same classes): sections of one article. */
function hasKin(element: DomElement): boolean {
  const parent = element.parentNode as DomElement | null;
  const kind = kindOf(element);
  if (!parent || (kind === '' && !KIN_ELEMENTS.has(localNameOf(element)))) return false;
  return Array.from(parent.children).some(
    (child) => child !== element && localNameOf(child) === localNameOf(element) && kindOf(child) === kind,
  );
}
/** An element's classes as a kind: page builders number their sections (`text_0`, `text_1`), the kind is one. */
function kindOf(element: DomElement): string {
  return (element.getAttribute('class') ?? '').replace(/\d+/g, '').trim();
}
const KIN_ELEMENTS = new Set(['section', 'article']);
/** How far up from the reading's box its sections' box may stand. */
const MAX_CLIMB = 4;

/** The box holding `inner`'s sisters of its kind or those of an ancestor's, not far up; else `inner`. */
function sectionsBox(inner: DomNode, body: DomElement): DomNode {
  let at = inner;
  for (let step = 0; step < MAX_CLIMB && at !== body && at.parentNode; step++) {
    if (hasKin(at as DomElement)) return at.parentNode;
    at = at.parentNode;
  }
  return inner;
}

/**
 * The markup of the element holding the reading's first and last block, without what the page hides and the
 * readers' comments in it; null when either block is not found or the box holds little more than the reading.
 */
function articleBox(document: DomDocument, reading: readonly ParsedBlock[]): string | null {
  const running = reading.filter((block) => block.type !== 'figure' && block.text.length >= RUNNING_CHARS);
  const [first] = running;
  const last = running[running.length - 1];
  const body = document.body;
  if (!first || !last || !body) return null;
  const readChars = textChars(reading);
  if ((body.textContent ?? '').length < LOST_SHARE * readChars) return null;
  const elements = Array.from(body.querySelectorAll(BLOCK_ELEMENTS));
  const keys = elements.map((element) => comparable(element.textContent ?? ''));
  const [from, to] = [standing(elements, keys, first), standing(elements, keys, last)];
  const common = from && to ? commonAncestor(from, to) : null;
  const box = common ? sectionsBox(common, body) : null;
  if (!box || (box.textContent ?? '').length < LOST_SHARE * readChars) return null;
  const unshown = [
    ...Array.from((box as DomElement).querySelectorAll(HIDDEN)),
    ...Array.from((box as DomElement).querySelectorAll('*')).filter(besideTheText),
    ...commentThreads(document).filter((thread) => holds(box, thread)),
  ].map((element) => pathFrom(box, element));
  const copy = (box as DomElement).cloneNode(true);
  // Last in document order first, so that removing one never shifts the path to another.
  for (const path of unshown.sort(laterFirst)) (follow(copy, path) as DomElement | null)?.remove();
  const wrapper = document.createElement('div');
  wrapper.append(copy);
  return wrapper.innerHTML;
}

const isRunning = (block: ParsedBlock | undefined): boolean =>
  block !== undefined &&
  block.type !== 'heading' &&
  block.type !== 'figure' &&
  block.text.length >= RUNNING_CHARS;

/**
 * What of a run of blocks the reading lost is running text: its long blocks, a heading or a short line that
 * leads into one (a short line also needs one before it), and the pictures before what is kept. A widget's
 * lines ("Check price", "In stock") and its pictures stay out. Nothing, unless the run holds some running text.
 */
function runningPart(run: readonly ParsedBlock[]): ParsedBlock[] {
  const texts = run.filter((block) => block.type !== 'figure');
  if (texts.filter(isRunning).reduce((sum, block) => sum + block.text.length, 0) < MIN_RUN_CHARS) return [];
  const kept = new Set<ParsedBlock>();
  texts.forEach((block, i) => {
    const [before, after] = [texts[i - 1], texts[i + 1]];
    if (isRunning(block) || (isRunning(after) && (block.type === 'heading' || isRunning(before))))
      kept.add(block);
  });
  // Scanning back, a picture goes with the text after it: kept when that text is, or when nothing follows it.
  let keepPictures = true;
  for (let i = run.length - 1; i >= 0; i--) {
    const block = run[i]!;
    if (block.type !== 'figure') keepPictures = kept.has(block);
    else if (keepPictures) kept.add(block);
  }
  return run.filter((block) => kept.has(block));
}

/** Whether any stretch of the text is in the reading: the same text cut into other blocks than the reading's. */
function sharesText(key: string, readText: string): boolean {
  if (key.length <= SHARED_CHARS) return readText.includes(key);
  for (let at = 0; at + SHARED_CHARS <= key.length; at += SHARED_CHARS)
    if (readText.includes(key.slice(at, at + SHARED_CHARS))) return true;
  return false;
}
/** Text compared (punctuation and spaces aside) this long is the same text, not two sentences alike. */
const SHARED_CHARS = 40;

/**
 * The reading with the running text it lost from the article's box put back in place. `readBox` turns the box's
 * markup into blocks the way the reading's were made (sanitised, link lists and the site's boxes left out).
 */
export function withDroppedSections(
  document: DomDocument,
  reading: ParsedBlock[],
  readBox: (html: string) => ParsedBlock[],
): ParsedBlock[] {
  const html = articleBox(document, reading);
  if (html === null) return reading;
  const boxBlocks = readBox(html);
  if (textChars(boxBlocks) < LOST_SHARE * textChars(reading)) return reading;
  const readKeys = reading.map((block) => `${block.type}\u0000${comparable(block.text)}`);
  const readText = reading.map((block) => comparable(block.text)).join('\u0000');
  const out: ParsedBlock[] = [];
  let next = 0;
  let run: ParsedBlock[] = [];
  const closeRun = (): void => {
    out.push(...runningPart(run));
    run = [];
  };
  for (const block of boxBlocks) {
    const at = readKeys.indexOf(`${block.type}\u0000${comparable(block.text)}`, next);
    if (at >= 0) {
      closeRun();
      out.push(...reading.slice(next, at + 1));
      next = at + 1;
    } else {
      const key = comparable(block.text);
      if (key === '' ? block.type === 'figure' : !sharesText(key, readText)) run.push(block);
    }
  }
  // A run after the reading's last block is what the page sets under the article (its last word is the reading's).
  out.push(...reading.slice(next));
  return out;
}
