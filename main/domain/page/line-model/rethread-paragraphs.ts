// An extractor that reads a page by its blocks (pdftotext's default mode) cuts a story's paragraph where its
// column ends and reads another box (a brief, a sidebar) before the next column: the paragraph's first part ends
// mid-sentence, and its rest opens a paragraph of the wrong story with a lowercase word. A Latin paragraph never
// opens lowercase, and one that ends without a full stop is not finished: the rest is set back after the part
// it continues.
import type { ParsedArticle, ParsedBlock } from '../../../../shared/contract/article';
import { endsSentence, isLowerStart } from '../chars';
import { joinLines } from '../join';
import { takeLeadCredit } from './assemble';

/** How many paragraphs back the part a rest continues is looked for: a column or two of a page. */
const MAX_REACH = 40;

/** The last character of a paragraph cut off mid-sentence: a letter, a digit, a comma or a hyphen. */
const OPEN_END = /[A-Za-z0-9,;’'-]/;

/** A paragraph cut off mid-sentence: Latin text that ends in a word, a number or a comma. */
function endsOpen(block: ParsedBlock): boolean {
  if (block.type !== 'paragraph' || endsSentence(block.text)) return false;
  return OPEN_END.test(block.text.slice(-1));
}

/**
 * The articles with every paragraph rest joined (in place) to the open paragraph before it, and taken from where it
 * stood.
 */
export function rethreadParagraphs(articles: ParsedArticle[]): ParsedArticle[] {
  const open: ParsedBlock[] = [];
  let changed = false;
  const out = articles.map((article) => {
    const kept: ParsedBlock[] = [];
    /** The article's own paragraphs among the open ones. */
    const own = new Set<ParsedBlock>();
    // The paragraph a dateline opened stands where it is: some wires write the word after it lowercase.
    const lead = article.dateline !== null ? article.blocks.find((b) => b.type === 'paragraph') : undefined;
    for (const block of article.blocks) {
      if (block.type === 'paragraph' && block !== lead && isLowerStart(block.text)) {
        const host = open.pop();
        if (host) {
          host.text = joinLines(host.text, block.text);
          changed = true;
          if (endsOpen(host)) open.push(host);
          continue;
        }
      }
      // No paragraph goes on past a subhead of its own article: the subhead would stand inside it.
      if (block.type === 'subhead')
        for (let k = open.length - 1; k >= 0; k--) if (own.has(open[k]!)) open.splice(k, 1);
      kept.push(block);
      if (endsOpen(block)) {
        open.push(block);
        own.add(block);
        if (open.length > MAX_REACH) open.shift();
      }
    }
    // A rest that stood first hid the dateline opening the article's own text.
    return kept.length === article.blocks.length ? article : takeLeadCredit({ ...article, blocks: kept });
  });
  return changed ? out.filter((a) => a.title !== '' || a.blocks.length > 0) : articles;
}
