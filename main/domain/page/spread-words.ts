// A column reader keeps the spaces a justified line spread its words apart with ("the    company   said"): it
// reads a layout's rows by their character positions, and those spaces are how far apart the words stood. Read
// as a story, they are gaps in the middle of sentences; a reader wants one space there.
import type { ParsedArticle } from '../../../shared/contract/article';

const SPREAD = / {2,}/g;

function closed(text: string): string {
  return text.includes('  ') ? text.replace(SPREAD, ' ') : text;
}

function closedOrNull(text: string | null): string | null {
  return text === null ? null : closed(text);
}

/** The article with each run of spaces inside its headline, credits and blocks read as one space. */
export function closeSpreadWords(article: ParsedArticle): ParsedArticle {
  return {
    ...article,
    section: closedOrNull(article.section),
    kicker: closedOrNull(article.kicker),
    title: closed(article.title),
    subtitle: closedOrNull(article.subtitle),
    byline: closedOrNull(article.byline),
    dateline: closedOrNull(article.dateline),
    blocks: article.blocks.map((block) =>
      block.text.includes('  ') ? { ...block, text: closed(block.text) } : block,
    ),
  };
}
