/**
 * A Markdown note becomes one article: its first top-level heading is the title and every other block
 * keeps its inline Markdown, which the reader renders (sanitised) as long as it shows the same text.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import {
  plainArticle,
  type BlockType,
  type ParsedBlock,
  type ParsedPage,
} from '../../../shared/contract/article.js';

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
  const tokens = new Lexer().lex(source);
  const titleIndex = tokens.findIndex(
    (token) => token.type === 'heading' && (token as Tokens.Heading).depth === 1,
  );
  const title = titleIndex >= 0 ? inlineText((tokens[titleIndex] as Tokens.Heading).tokens) : fallbackTitle;
  const blocks = tokens.flatMap((token, index) => (index === titleIndex ? [] : blocksOf(token)));
  return {
    meta: {},
    articles: [plainArticle(title, blocks)],
  };
}

function blocksOf(token: Token): ParsedBlock[] {
  switch (token.type) {
    case 'heading':
    case 'paragraph': {
      const { tokens = [], text } = token as Tokens.Heading | Tokens.Paragraph;
      const pictures = token.type === 'paragraph' ? picturesAlone(tokens) : undefined;
      if (pictures) return pictures;
      return block(token.type === 'heading' ? 'heading' : 'paragraph', inlineText(tokens), text);
    }
    case 'blockquote':
      return (token as Tokens.Blockquote).tokens
        .flatMap(blocksOf)
        .map((inner) => ({ ...inner, type: 'quote' }));
    case 'list':
      return (token as Tokens.List).items.flatMap((item) => {
        const only = item.tokens.length === 1 ? item.tokens[0] : undefined;
        const inline = only && 'tokens' in only && only.tokens ? only.tokens : undefined;
        const markdown = inline && only && 'text' in only ? (only.text as string) : undefined;
        return block('list-item', inline ? inlineText(inline) : item.text.trim(), markdown);
      });
    case 'code':
      return block('code', (token as Tokens.Code).text);
    case 'table': {
      const table = token as Tokens.Table;
      const rows = [table.header, ...table.rows].map((row) =>
        row.map((cell) => inlineText(cell.tokens)).join(' | '),
      );
      return rows.flatMap((row) => block('paragraph', row));
    }
    case 'html':
      return block('paragraph', (token as Tokens.HTML).text.replace(/<[^>]*>/g, ' '));
    default:
      return [];
  }
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

function block(type: BlockType, text: string, markdown?: string): ParsedBlock[] {
  const clean = text.trim();
  if (clean === '') return [];
  return [
    markdown !== undefined && markdown.trim() !== clean
      ? { type, text: clean, markdown: markdown.trim() }
      : { type, text: clean },
  ];
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
