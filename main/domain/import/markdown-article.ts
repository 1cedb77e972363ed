/**
 * A Markdown note becomes one article: its front matter's title or else its first top-level heading is the
 * title, the front matter's authors, date and tags are the article's, and every other block keeps its inline
 * Markdown, which the reader renders (sanitised) as long as it shows the same text. Headings keep their level
 * and list items their nesting and numbers, as block fields outside the text.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import {
  plainArticle,
  type BlockShape,
  type BlockType,
  type ParsedBlock,
  type ParsedPage,
} from '../../../shared/contract/article.js';
import { splitFrontMatter } from './front-matter.js';

/** Past this many levels of quotes or list indentation marked recurses until the stack or the heap runs out. */
const MAX_NESTING = 100;

/**
 * Whether the Markdown nests quotes (`>>>…`) or lists (indentation) deeper than marked can lex: such a
 * file is read as plain text instead. Only lines starting with a long run of markers need a look.
 */
export function nestsTooDeep(source: string): boolean {
  for (const [prefix] of source.matchAll(new RegExp(`^[ \\t>]{${MAX_NESTING},}`, 'gmu'))) {
    const quotes = prefix.split('>').length - 1;
    const indent = prefix.replaceAll('>', '').replaceAll('\t', '    ').length;
    if (quotes > MAX_NESTING || indent / 2 > MAX_NESTING) return true;
  }
  return false;
}

export function parseMarkdown(source: string, fallbackTitle: string): ParsedPage {
  const { matter, body } = splitFrontMatter(source);
  const tokens = new Lexer().lex(body);
  const h1 = tokens.findIndex((token) => token.type === 'heading' && (token as Tokens.Heading).depth === 1);
  const h1Text = h1 >= 0 ? inlineText((tokens[h1] as Tokens.Heading).tokens) : undefined;
  // The front matter's title names the note; a first heading saying the same is that title, not a heading.
  const title = matter?.title ?? h1Text ?? fallbackTitle;
  const titleIndex = h1Text?.trim() === title.trim() ? h1 : -1;
  const blocks = tokens.flatMap((token, index) => (index === titleIndex ? [] : blocksOf(token)));
  const authors = matter?.authors ?? [];
  return {
    meta: matter?.fields ?? {},
    articles: [
      {
        ...plainArticle(title, blocks),
        byline: authors.length > 0 ? authors.join(', ') : null,
        authors,
        ...(matter?.date === undefined ? {} : { date: matter.date }),
        ...(matter && matter.tags.length > 0 ? { tags: matter.tags } : {}),
      },
    ],
  };
}

function blocksOf(token: Token): ParsedBlock[] {
  switch (token.type) {
    case 'heading':
      return inlineBlock('heading', token as Tokens.Heading, { level: (token as Tokens.Heading).depth });
    case 'paragraph':
      return inlineBlock('paragraph', token as Tokens.Paragraph);
    case 'blockquote':
      // Whatever a quote holds is quoted text, but for its pictures.
      return (token as Tokens.Blockquote).tokens
        .flatMap(blocksOf)
        .map(({ type, text, markdown, figure }) =>
          figure ? { type, text, figure } : { type: 'quote', text, ...(markdown ? { markdown } : {}) },
        );
    case 'list':
      return listBlocks(token as Tokens.List, 1);
    case 'code':
      return block('code', (token as Tokens.Code).text);
    case 'table':
      return tableRows(token as Tokens.Table);
    case 'html':
      return block('paragraph', htmlText((token as Tokens.HTML).text));
    default:
      return [];
  }
}

/** A paragraph, heading or list item's text: its inline Markdown, or the pictures it holds alone. */
function inlineBlock(
  type: BlockType,
  token: Tokens.Heading | Tokens.Paragraph | Tokens.Text,
  shape: BlockShape = {},
): ParsedBlock[] {
  const { tokens = [], text } = token;
  const pictures = type === 'heading' ? undefined : picturesAlone(tokens);
  return pictures ?? block(type, tokens.length > 0 ? inlineText(tokens) : text, text, shape);
}

/**
 * Each item's text is a list item at the list's depth, numbered in a numbered list (from its start) and
 * checked or not in a task list; a further paragraph of an item carries no marker, and a list nested in
 * an item follows it one level deeper. Code, quotes and tables in an item stay what they are.
 */
function listBlocks(list: Tokens.List, level: number): ParsedBlock[] {
  const first = typeof list.start === 'number' ? list.start : 1;
  return list.items.flatMap((item, index) => {
    let marker: string | undefined = list.ordered ? `${first + index}.` : undefined;
    if (item.task) marker = item.checked ? '☑' : '☐';
    return item.tokens.flatMap((token) => {
      if (token.type === 'list') return listBlocks(token as Tokens.List, level + 1);
      if (token.type !== 'text' && token.type !== 'paragraph') return blocksOf(token);
      // Level 1 goes without saying, as in every other format's lists.
      const shape = { ...(level > 1 ? { level } : {}), ...(marker === undefined ? {} : { marker }) };
      const blocks = inlineBlock('list-item', token as Tokens.Text, shape);
      if (blocks.some((shown) => shown.type === 'list-item')) marker = '';
      return blocks;
    });
  });
}

/**
 * As a web page's table is read (import/html/html-blocks.ts): one block per row, its cells separated by
 * tabs, so no two cells' words run together; each cell keeps its inline Markdown.
 */
function tableRows(table: Tokens.Table): ParsedBlock[] {
  return [table.header, ...table.rows].flatMap((row) =>
    block(
      'paragraph',
      row.map((cell) => inlineText(cell.tokens).replace(/\s+/g, ' ').trim()).join('\t'),
      row.map((cell) => cell.text.trim()).join('\t'),
    ),
  );
}

/**
 * A paragraph of nothing but pictures (`![alt](address "title")`, maybe linked) as figures, captioned by their
 * titles; their addresses are resolved when the file is imported (a data: URI kept, a remote one a placeholder).
 */
function picturesAlone(tokens: readonly Token[]): ParsedBlock[] | undefined {
  const shown = tokens
    .flatMap((token) => (token.type === 'link' ? (token as Tokens.Link).tokens : [token]))
    .filter((token) => !(token.type === 'text' && token.raw.trim() === '') && token.type !== 'br');
  if (shown.length === 0 || !shown.every((token) => token.type === 'image')) return undefined;
  return (shown as Tokens.Image[]).map((image) => ({
    type: 'figure',
    text: image.title?.trim() ?? '',
    figure: { image: null, alt: image.text.trim(), src: image.href },
  }));
}

function block(type: BlockType, text: string, markdown?: string, shape: BlockShape = {}): ParsedBlock[] {
  // A code block's first line keeps its indentation.
  const clean = type === 'code' ? text.replace(/^\n+|\s+$/g, '') : text.trim();
  if (clean.trim() === '') return [];
  return [
    markdown !== undefined && markdown.trim() !== clean
      ? { type, text: clean, markdown: markdown.trim(), ...shape }
      : { type, text: clean, ...shape },
  ];
}

/** Elements whose content a page never shows as text (and Jianbao never runs). */
const HIDDEN_ELEMENTS = /<(script|style|template)\b[^<>]*>[^]*?(?:<\/\1\s*>|$)|<!--[^]*?(?:-->|$)/gi;
/** Tags that set text inside a line: they part no words ("<b>注意</b>：" reads "注意："). */
const INLINE_TAG =
  /<\/?(?:a|abbr|b|bdi|bdo|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b[^<>]*>/gi;

/** The text a block of raw HTML in a note shows: its tags gone, what no page shows as text dropped. */
function htmlText(html: string): string {
  // As a page lays it out: whitespace runs collapse to one space, and entities read as their characters.
  return decodeEntities(
    html
      .replace(HIDDEN_ELEMENTS, ' ')
      .replace(INLINE_TAG, '')
      .replace(/<[^<>]*>/g, ' ')
      .replace(/\s+/g, ' '),
  );
}

/** The text a reader sees for inline tokens (what the rendered HTML's textContent would be). */
function inlineText(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case 'br':
          return '\n';
        case 'image':
          return (token as Tokens.Image).text;
        case 'html':
        case 'tag':
          return '';
        case 'escape':
        case 'codespan':
          return decodeEntities((token as Tokens.Codespan).text);
        default:
          if ('tokens' in token && Array.isArray(token.tokens) && token.tokens.length > 0)
            return inlineText(token.tokens);
          return decodeEntities('text' in token ? String(token.text) : '');
      }
    })
    .join('');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_match, name: string) => ENTITIES[name] ?? _match);
}
