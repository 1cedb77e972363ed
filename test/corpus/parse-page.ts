// How the evaluation parses a corpus page: text through the import's document parser, a printed page through
// the PDF reader, as `jianbao import` would.
import type { ParsedPage } from '../../shared/contract/article';
import { parseDocument } from '../../main/domain/import/parse-document';
import type { PageParseOptions } from '../../main/domain/page/index';
import { parsePdfText } from '../../main/domain/pdf/index';
import { readPdfText } from '../../main/node/import/pdf-text';
import type { CorpusPage } from './types';

export async function parseCorpusPage(page: CorpusPage, options?: PageParseOptions): Promise<ParsedPage> {
  if (page.pdf) return parsePdfText(await readPdfText(page.pdf));
  return parseDocument(`${page.name}.txt`, page.text, options).page;
}
