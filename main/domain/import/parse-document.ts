/**
 * The importer's one door to parsing: picks a parser by the file's kind. Plain text goes to the
 * newspaper page parser, which also handles text with no page structure (one reflowed article).
 */
import type { ParsedPage } from '../../../shared/contract/article.js';
import { parsePage } from '../page/index.js';
import { parseMarkdown } from './markdown-article.js';
import { normalizeExtractedText } from './normalize-text.js';

export type DocumentFormat = 'text' | 'markdown';

export interface DocumentParser {
  format: DocumentFormat;
  accepts(fileName: string): boolean;
  parse(text: string, fileName: string): ParsedPage;
}

const MARKDOWN_EXTENSIONS = /\.(md|markdown|mdown|mkd)$/i;

export const DOCUMENT_PARSERS: readonly DocumentParser[] = [
  {
    format: 'markdown',
    accepts: (fileName) => MARKDOWN_EXTENSIONS.test(fileName),
    parse: (text, fileName) => parseMarkdown(text, baseName(fileName)),
  },
  { format: 'text', accepts: () => true, parse: (text) => parsePage(text) },
];

export function parseDocument(fileName: string, text: string): { format: DocumentFormat; page: ParsedPage } {
  const parser = DOCUMENT_PARSERS.find((candidate) => candidate.accepts(fileName))!;
  return { format: parser.format, page: parser.parse(normalizeExtractedText(text), fileName) };
}

export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.[^.]+$/, '') || name;
}
