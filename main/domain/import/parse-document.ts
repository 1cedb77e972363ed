/**
 * The importer's one door to parsing: picks a parser by the file's kind. A book (a Project Gutenberg text or a
 * long text with chapter headings) is read chapter by chapter; other plain text goes to the newspaper page
 * parser, which also handles text with no page structure (one reflowed article).
 */
import type { ParsedPage } from '../../../shared/contract/article.js';
import { detectBook, parseBook } from '../book/index.js';
import { parsePage, type PageParseOptions } from '../page/index.js';
import { nestsTooDeep, parseMarkdown } from './markdown-article.js';
import { rejoinHeadlineTails } from './headline-tails.js';
import { unglueColumnRows } from './glued-column-rows.js';
import { readLayoutColumns } from './layout-columns.js';
import { normalizeExtractedText } from './normalize-text.js';
import { splitSideBySideHeadlines } from './side-by-side-headlines.js';

/** How an article's text is stored: plain, or with the inline Markdown it was rendered from. */
export type DocumentFormat = 'text' | 'markdown';

export interface DocumentParser {
  /** Which reader this is; a book's chapters are plain text, stored as 'text'. */
  kind: 'markdown' | 'book' | 'text';
  format: DocumentFormat;
  accepts(fileName: string, text: string): boolean;
  parse(text: string, fileName: string, options?: PageParseOptions): ParsedPage;
}

const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkd)$/i;
const PLAIN_TEXT_NAME = /\.(txt|text)$/i;
const ATX_HEADING = /^#{1,6}[ \t]+\S/;

/**
 * A note saved as .txt but written in Markdown (several `# headings` at line starts, as note apps export them):
 * read as Markdown, so its headings are headings. Newspaper dumps never open lines with '#'.
 */
function writtenInMarkdown(fileName: string, text: string): boolean {
  if (!PLAIN_TEXT_NAME.test(fileName)) return false;
  let headings = 0;
  let lines = 0;
  for (const line of text.split('\n', 400)) {
    if (line.trim() !== '') lines++;
    if (ATX_HEADING.test(line)) headings++;
  }
  return headings >= 2 && headings * 20 >= lines;
}

export const DOCUMENT_PARSERS: readonly DocumentParser[] = [
  {
    kind: 'markdown',
    format: 'markdown',
    // A note nested too deep for the Markdown lexer keeps its text, read as plain text.
    accepts: (fileName, text) =>
      (MARKDOWN_EXTENSIONS.test(fileName) || writtenInMarkdown(fileName, text)) && !nestsTooDeep(text),
    parse: (text, fileName) => parseMarkdown(text, baseName(fileName)),
  },
  {
    kind: 'book',
    format: 'text',
    accepts: (_fileName, text) => detectBook(text),
    parse: (text, fileName) => parseBook(text, baseName(fileName)),
  },
  {
    kind: 'text',
    format: 'text',
    accepts: () => true,
    parse: (text, _fileName, options) => {
      const page = readExtractedPage(text);
      return parsePage(page.text, pageOptions(page.laidOut, options));
    },
  },
];

/**
 * A text page with what its extractor did to the order of its lines undone: columns laid out side by side read
 * one after another (or, where the text was not laid out, rows of two columns glued into one line taken apart), a
 * headline's last characters taken back from the row of its story's dateline, headlines side by side set over
 * their own stories. `laidOut`: the text was laid out in columns.
 */
export function readExtractedPage(text: string): { text: string; laidOut: boolean } {
  const columns = readLayoutColumns(text);
  const laidOut = columns !== text;
  const rows = laidOut ? columns : unglueColumnRows(text);
  return { text: splitSideBySideHeadlines(rejoinHeadlineTails(rows), laidOut), laidOut };
}

/**
 * How a page is read: text that was laid out in columns is an extractor's page, which the line model reads,
 * blank lines or not, knowing its blank lines are the column reader's; an explicit choice of roles stands.
 */
export function pageOptions(laidOut: boolean, options: PageParseOptions = {}): PageParseOptions {
  if (!laidOut) return options;
  const auto = !options.roles || options.roles === 'auto';
  return { ...options, roles: auto ? 'model' : options.roles, columns: true };
}

export function parseDocument(
  fileName: string,
  text: string,
  options?: PageParseOptions,
): { kind: DocumentParser['kind']; format: DocumentFormat; page: ParsedPage } {
  const normalized = normalizeExtractedText(text);
  const parser = DOCUMENT_PARSERS.find((candidate) => candidate.accepts(fileName, normalized))!;
  return { kind: parser.kind, format: parser.format, page: parser.parse(normalized, fileName, options) };
}

export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '') || name;
}
