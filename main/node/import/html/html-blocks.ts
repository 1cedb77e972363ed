// Sanitised HTML to the article's blocks: what a reader needs of the page's structure (headings, paragraphs,
// list items, block quotes, code, tables, figures) as plain text, one block per unit a reader sees.
// Inline markup flattens into its text; text lying loose between blocks makes a paragraph of its own, so no
// visible text is lost. A table row is one block with its cells separated by tabs. A picture becomes a figure
// block after the text it stood in (a line of text cannot hold one), captioned when a <figure> gives it one;
// its address is resolved later (import/images/collect-images.ts).
import type { BlockShape, BlockType, ParsedBlock } from '../../../../shared/contract/article.js';
import {
  holdsElementOf,
  holdsElementWhere,
  isElement,
  localNameOf,
  TEXT_NODE,
  type DomElement,
  type DomNode,
} from './dom.js';
import { codeSpan, escapeMarkdown, formats, link, MARKS, marked } from './inline-markdown.js';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements whose children are blocks (or loose text that becomes paragraphs). */
const CONTAINERS = new Set([
  'body',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'center',
  'hgroup',
  'details',
  'summary',
  'address',
  'li',
  'dd',
  'td',
  'th',
  // Rows and row groups left outside any table: Readability turns a layout <table> into a <div> and keeps them.
  'tbody',
  'thead',
  'tfoot',
  'tr',
]);
/** Elements that are one paragraph of inline content. */
const PARAGRAPHS = new Set(['p', 'dt', 'legend']);
/** Never text: belt and braces behind the sanitiser. */
const SILENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
]);

/**
 * A ruby's reading (<rt>, and the <rp> brackets browsers without ruby show) is set small over its word; read
 * inline it would double every annotated word ("子こども"), so the text keeps the word only.
 */
const RUBY_READINGS = new Set(['rt', 'rp']);

/** Text as compared for sameness (a headline repeated in the body, a site name in a title): no case, spaces,
 * punctuation or symbols. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** An element's text as shown: runs of white space collapse, <br> breaks the line. */
export function inlineText(node: DomNode): string {
  return collapse(rawInline(node));
}

/**
 * Whether an element shows more than `limit` characters besides white space: told from the first `limit` or so
 * of them, so that a caller looking for a short line need not read a long element whole (its inlineText is
 * then longer than `limit` too).
 */
export function showsMoreThan(node: DomNode, limit: number): boolean {
  let count = 0;
  const over = (at: DomNode): boolean => {
    if (at.nodeType === TEXT_NODE) {
      const text = at.textContent ?? '';
      for (let i = 0; i < text.length && count <= limit; i++) if (!SPACE.test(text[i]!)) count++;
      return count > limit;
    }
    if (!isElement(at)) return false;
    const name = localNameOf(at);
    if (SILENT.has(name) || RUBY_READINGS.has(name)) return false;
    const children = at.childNodes;
    for (let i = 0; i < children.length; i++) if (over(children[i]!)) return true;
    return false;
  };
  return over(node);
}
/** White space as inline text collapses or trims it. */
const SPACE = /[ \t\r\n\f\u00a0\u3000\u2028]/;

/** Whether the node is or holds inline markup Markdown can say. */
function holdsFormatting(node: DomNode): boolean {
  return isElement(node) && (formatting(node) || holdsElementWhere(node, formatting));
}
const formatting = (element: DomElement): boolean =>
  formats(localNameOf(element), element.getAttribute('href'));

/** The inline Markdown of nodes whose text carries markup Markdown can say (see inline-markdown.ts), else undefined. */
function inlineMarkdown(nodes: readonly DomNode[]): string | undefined {
  const formatted = nodes.some(holdsFormatting);
  return formatted ? collapse(nodes.map((node) => rawInline(node, true)).join('')) : undefined;
}

/** Inline text marks its line breaks with U+2028 until white space has collapsed around them. */
function collapse(raw: string): string {
  return (
    raw
      .replace(/[ \t\r\n\f]+/g, ' ')
      // A page's own indents (&nbsp; or ideographic spaces) after a <br> are no text.
      .replace(/[ \u00a0\u3000]*\u2028[ \u2028\u00a0\u3000]*/g, '\n')
      .trim()
  );
}

/** The text of a node, or with `markdown` its inline Markdown (text escaped, markup as Markdown's marks). */
function rawInline(node: DomNode, markdown = false): string {
  if (node.nodeType === TEXT_NODE)
    return markdown ? escapeMarkdown(node.textContent ?? '') : (node.textContent ?? '');
  if (!isElement(node)) return '';
  const name = localNameOf(node);
  if (SILENT.has(name) || RUBY_READINGS.has(name)) return '';
  if (name === 'br') return '\u2028';
  if (name === 'img') return '';
  if (markdown && name === 'code') return codeSpan(node.textContent ?? '');
  const inner = Array.from(node.childNodes, (child) => rawInline(child, markdown)).join('');
  if (markdown && name === 'a') return link(inner, node.getAttribute('href'));
  if (markdown && MARKS[name]) return marked(MARKS[name], inner);
  // Block-level children inside inline content still end a line.
  return CONTAINERS.has(name) || PARAGRAPHS.has(name) || HEADINGS.has(name) ? `\u2028${inner}\u2028` : inner;
}

/** The sanitiser keeps a remote picture's address here, out of `src`, so that nothing can load it. */
export const REMOTE_SRC_ATTRIBUTE = 'data-jb-remote-src';

class BlockList {
  readonly blocks: ParsedBlock[] = [];
  /** How deep the list being read is nested (0: in no list). */
  listLevel = 0;
  /** What the item being read shows before its next block: its number, undefined for a bullet, '' once shown. */
  itemMarker: string | undefined = undefined;

  push(type: BlockType, text: string, shape: BlockShape = {}, markdown?: string): void {
    const clean = type === 'code' ? text.replace(/^\n+|\s+$/g, '') : text.replace(/^\n+|\n+$/g, '').trim();
    if (clean === '') return;
    if (type === 'list-item') {
      // Level 1 goes without saying, as in Markdown's lists.
      if (this.listLevel > 1) shape = { ...shape, level: this.listLevel };
      if (this.itemMarker !== undefined) shape = { ...shape, marker: this.itemMarker };
      this.itemMarker = '';
    }
    this.blocks.push({
      type,
      text: clean,
      ...shape,
      ...(markdown === undefined ? {} : { markdown: markdown.trim() }),
    });
  }

  /**
   * A picture as a figure block; one without an address, or a tracking pixel, is nothing to show (and says so).
   */
  figure(img: DomElement, caption = ''): boolean {
    const src = (img.getAttribute('src') ?? img.getAttribute(REMOTE_SRC_ATTRIBUTE) ?? '').trim();
    const pixel = ['width', 'height'].some((side) =>
      /^[01](?:px)?$/.test(img.getAttribute(side)?.trim() ?? ''),
    );
    if (src === '' || pixel) return false;
    const alt = collapse(img.getAttribute('alt') ?? '');
    this.blocks.push({ type: 'figure', text: caption, figure: { image: null, alt, src } });
    return true;
  }

  /** The pictures inside inline content, after its text. */
  figuresIn(nodes: readonly DomNode[]): void {
    for (const node of nodes) {
      if (!isElement(node)) continue;
      if (localNameOf(node) === 'img') this.figure(node);
      else for (const img of Array.from(node.querySelectorAll('img'))) this.figure(img);
    }
  }
}

function isBlockElement(node: DomNode): boolean {
  if (!isElement(node)) return false;
  const name = localNameOf(node);
  return (
    CONTAINERS.has(name) ||
    PARAGRAPHS.has(name) ||
    HEADINGS.has(name) ||
    ['ul', 'ol', 'dl', 'blockquote', 'pre', 'table', 'figure', 'figcaption', 'hr'].includes(name)
  );
}

/** Walks a container: block children become blocks, runs of inline children between them a paragraph. */
function walkChildren(element: DomElement, out: BlockList, type: BlockType): void {
  let run: DomNode[] = [];
  const flush = () => {
    out.push(type, collapse(run.map((node) => rawInline(node)).join('')), {}, inlineMarkdown(run));
    out.figuresIn(run);
    run = [];
  };
  for (const child of Array.from(element.childNodes)) {
    if (isBlockElement(child)) {
      flush();
      walkBlock(child as DomElement, out, type);
    } else if (holdsBlocks(child)) {
      // Old pages wrap whole articles in <font> or <span>: the headings and paragraphs inside stay blocks.
      flush();
      walkChildren(child as DomElement, out, type);
    } else run.push(child);
  }
  flush();
}

function holdsBlocks(node: DomNode): boolean {
  return isElement(node) && !SILENT.has(localNameOf(node)) && holdsElementOf(node, BLOCK_ELEMENTS);
}
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set(
  'p div h1 h2 h3 h4 h5 h6 table ul ol blockquote pre figure'.split(' '),
);

function walkBlock(element: DomElement, out: BlockList, inherited: BlockType): void {
  const name = localNameOf(element);
  if (SILENT.has(name) || name === 'hr') return;
  const markdown = () => inlineMarkdown([element]);
  if (HEADINGS.has(name) && inherited === 'quote') out.push('quote', inlineText(element), {}, markdown());
  else if (HEADINGS.has(name))
    out.push('heading', inlineText(element), { level: Number(name[1]) }, markdown());
  // A paragraph holding headings or paragraphs (markup a script rearranged) is read as the blocks it holds.
  else if (PARAGRAPHS.has(name) && !holdsBlocks(element)) {
    out.push(inherited, inlineText(element), {}, markdown());
    out.figuresIn([element]);
  } else if (name === 'figure' && element.querySelector('img')) figureBlock(element, out);
  else if (name === 'pre') out.push('code', preText(element).replace(/\n+$/, ''));
  else if (name === 'blockquote') walkChildren(element, out, 'quote');
  else if (name === 'ul' || name === 'ol') listItems(element, out);
  else if (name === 'dl') walkChildren(element, out, inherited);
  else if (name === 'table') tableRows(element, out);
  else if (name === 'figcaption') out.push('caption', inlineText(element), {}, markdown());
  else walkChildren(element, out, inherited);
}

/**
 * Preformatted text as shown: its own line breaks, and those of the <br>s and line blocks some editors write
 * code with instead (one <br>, <div> or <p> a line).
 */
function preText(node: DomNode): string {
  if (node.nodeType === TEXT_NODE) return node.textContent ?? '';
  if (!isElement(node)) return '';
  const name = localNameOf(node);
  if (name === 'br') return '\n';
  const inner = Array.from(node.childNodes, preText).join('');
  return PRE_LINES.has(name) && !inner.endsWith('\n') ? `${inner}\n` : inner;
}
const PRE_LINES = new Set(['div', 'p', 'li']);

/** A <figure> with a picture: the first picture takes the caption, any others follow it uncaptioned. */
function figureBlock(figure: DomElement, out: BlockList): void {
  const caption = Array.from(figure.children).find((child) => localNameOf(child) === 'figcaption');
  const [first, ...others] = Array.from(figure.querySelectorAll('img'));
  const text = caption ? inlineText(caption) : '';
  // A caption whose picture is nothing to show is still text of the article.
  if (!out.figure(first!, text)) out.push('caption', text);
  for (const img of others) out.figure(img);
}

/**
 * Each item is a block at the list's depth, numbered in a numbered list (from its `start`, or an item's
 * `value`); a further paragraph of an item shows no marker, and a list nested in an item follows it one
 * level deeper, as Markdown's lists are read (domain/import/markdown-article.ts).
 */
function listItems(list: DomElement, out: BlockList): void {
  const ordered = localNameOf(list) === 'ol';
  const outer = out.itemMarker;
  let number = wholeNumber(list.getAttribute('start')) ?? 1;
  out.listLevel++;
  for (const item of Array.from(list.children)) {
    if (localNameOf(item) !== 'li') {
      out.itemMarker = '';
      walkBlock(item, out, 'list-item');
      continue;
    }
    number = wholeNumber(item.getAttribute('value')) ?? number;
    out.itemMarker = ordered ? `${number}.` : undefined;
    number++;
    walkChildren(item, out, 'list-item');
  }
  out.listLevel--;
  // Back in the item that held this list, which shows its marker if it has not yet.
  out.itemMarker = outer;
}

function wholeNumber(text: string | null): number | undefined {
  const value = Number(text?.trim() || Number.NaN);
  return Number.isSafeInteger(value) ? value : undefined;
}

function rowsOf(table: DomElement): DomElement[] {
  return Array.from(table.querySelectorAll('tr')).filter((row) => closestTable(row) === table);
}

function closestTable(node: DomElement): DomElement | null {
  let at = node.parentNode;
  while (at && !(isElement(at) && localNameOf(at) === 'table')) at = at.parentNode;
  return at as DomElement | null;
}

/** Longer than this, a table cell holds an article, not a datum: old sites lay whole pages out in tables. */
const LAYOUT_CELL_CHARS = 400;

/**
 * A data table is one block per row, cells separated by tabs (a cell's own paragraphs joined by spaces). A table
 * laid out around the page (a table within it, or a cell holding an article) is read as the containers it is.
 */
function tableRows(table: DomElement, out: BlockList): void {
  const caption = Array.from(table.children).find((child) => localNameOf(child) === 'caption');
  if (caption) out.push('caption', inlineText(caption));
  const rows = rowsOf(table).map((row) =>
    Array.from(row.children).filter((cell) => ['td', 'th'].includes(localNameOf(cell))),
  );
  const cells = rows.flat();
  const layout =
    table.querySelector('table') !== null ||
    cells.some((cell) => (cell.textContent ?? '').length > LAYOUT_CELL_CHARS);
  for (const row of rows) {
    if (layout) row.forEach((cell) => walkChildren(cell, out, 'paragraph'));
    else out.push('paragraph', row.map((cell) => inlineText(cell).replace(/\n/g, ' ')).join('\t'));
  }
}

export function htmlBlocks(root: DomElement): ParsedBlock[] {
  const out = new BlockList();
  walkChildren(root, out, 'paragraph');
  return out.blocks;
}
