// What Readability leaves of a site around an article: lists of other stories' headlines ("Related", "Most
// read"), menus and "View PDF" links, each item nothing but a link. An article's own text is not written as
// links alone, so such lists and runs of them are taken out of the page's article (a book or a document keeps
// its lists: only web pages are read so). So is a single pointer to another story set between the paragraphs:
// a short label ending in a colon or a guillemet, then the story's headline as a link ("Lesen Sie auch: …",
// "À lire aussi » …", "Czytaj też: …"), told by that shape in any language.
import { isElement, localNameOf, type DomElement, type DomNode } from './dom.js';

/** At least this share of a block's text is inside links: it is a link, not text that cites one. */
const LINKED_SHARE = 0.9;
/** Fewer items than this are a link or two an article may well give ("Read the report"). */
const MIN_ITEMS = 3;
/** This share of a list's items being links alone makes it a list of links. */
const LINK_ITEMS_SHARE = 0.8;
/** Never more than this share of the article's text goes: a page that is mostly links is read as it is. */
const MAX_REMOVED_SHARE = 0.5;

/** Characters of the node's text, white space aside. */
function textLength(node: DomNode): number {
  const text = node.textContent ?? '';
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) n++;
  return n;
}

/** A block whose text is a link and (nearly) nothing else. */
function linkOnly(element: DomElement): boolean {
  const links = Array.from(element.querySelectorAll('a'));
  if (links.length === 0) return false;
  const linked = links.reduce((sum, a) => sum + textLength(a), 0);
  return linked > 0 && linked >= LINKED_SHARE * textLength(element);
}

const RUN_BLOCKS = new Set(['p', 'div', 'li', 'h3', 'h4', 'h5', 'h6']);

/** The label of a pointer to another story is a few words; the headline after it a line's worth at least. */
const MAX_POINTER_LABEL = 30;
const MIN_POINTER_HEADLINE = 15;
const POINTER_LABEL = /[:：»›>]\s*$/u;

/**
 * A paragraph that is a label and one link after it: "Read also: <a>Another story's headline</a>". Not an
 * address written out as the link ("Buy it here: https://…"), which the text gives as its own, nor an item of a
 * list (a reading list is the article's, a list of links alone goes as a list).
 */
function pointer(element: DomElement): boolean {
  if (element.querySelector('p, div, li, ul, ol, table') !== null) return false;
  for (let at = element.parentNode; at && isElement(at); at = at.parentNode)
    if (localNameOf(at) === 'li') return false;
  const links = Array.from(element.querySelectorAll('a'));
  if (links.length !== 1) return false;
  const [link] = links as [DomElement];
  const whole = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const linked = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
  const at = whole.lastIndexOf(linked);
  if (linked.length < MIN_POINTER_HEADLINE || !/\s/.test(linked) || /^(?:https?:|www\.)/i.test(linked))
    return false;
  if (at < 0 || whole.slice(at + linked.length).trim() !== '') return false;
  const label = whole.slice(0, at);
  return label.trim() !== '' && label.length <= MAX_POINTER_LABEL && POINTER_LABEL.test(label);
}

/** Lists most of whose items are links alone, and runs of sibling blocks that are. */
function linkLists(root: DomElement): DomElement[] {
  const found: DomElement[] = [];
  for (const list of Array.from(root.querySelectorAll('ul, ol'))) {
    const items = Array.from(list.children).filter((child) => localNameOf(child) === 'li');
    if (items.length >= MIN_ITEMS && items.filter(linkOnly).length >= LINK_ITEMS_SHARE * items.length)
      found.push(list);
  }
  const blocks = Array.from(root.querySelectorAll('p, div'));
  found.push(...blocks.filter(pointer));
  const parents = new Set(blocks.map((element) => element.parentNode));
  for (const parent of parents) {
    if (!parent || !isElement(parent)) continue;
    let run: DomElement[] = [];
    const flush = (): void => {
      if (run.length >= MIN_ITEMS) found.push(...run);
      run = [];
    };
    for (const child of Array.from(parent.children)) {
      if (RUN_BLOCKS.has(localNameOf(child)) && linkOnly(child)) run.push(child);
      else if (textLength(child) > 0) flush();
    }
    flush();
  }
  return found;
}

/** The article's content without lists of links, unless they are most of it. */
export function withoutLinkLists(root: DomElement): DomElement {
  const lists = linkLists(root).filter(
    (element, _i, all) => !all.some((other) => other !== element && contains(other, element)),
  );
  const gone = [...lists, ...lists.flatMap((list) => labelOf(list) ?? [])];
  const removed = gone.reduce((sum, element) => sum + textLength(element), 0);
  if (lists.length === 0 || removed > MAX_REMOVED_SHARE * textLength(root)) return root;
  for (const element of gone) element.remove();
  return root;
}

/** A label is a line this short at most. */
const MAX_LABEL_CHARS = 24;

/**
 * The label right before a list of links, which goes with it: a short heading ("Related stories", "相关新闻")
 * or a line ending in a colon ("More on this story:", "相关新闻：").
 */
function labelOf(list: DomElement): DomElement | null {
  const parent = list.parentNode;
  if (!parent || !isElement(parent)) return null;
  const siblings = Array.from(parent.children);
  const before = siblings[siblings.indexOf(list) - 1];
  if (!before || textLength(before) === 0 || textLength(before) > MAX_LABEL_CHARS) return null;
  if (before.querySelector('a')) return null;
  const name = localNameOf(before);
  const heading = /^h[1-6]$/.test(name);
  return heading || ((name === 'p' || name === 'div') && /[:：]\s*$/.test(before.textContent ?? ''))
    ? before
    : null;
}

function contains(outer: DomElement, inner: DomNode): boolean {
  for (let at = inner.parentNode; at; at = at.parentNode) if (at === outer) return true;
  return false;
}
