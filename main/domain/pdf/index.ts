// A PDF's text with its geometry → the page's articles, each with where it stands on the page. Pure: the pdf.js
// adapter (main/node/import/pdf-text.ts) supplies the text runs.
import type { ParsedArticle, ParsedPage } from '../../../shared/contract/article';
import { finishDraft } from '../page/finish';
import { knownJoinedWords } from '../page/hyphenation';
import { splitLines } from '../page/lines';
import { takeLeadCredit } from '../page/line-model/assemble';
import { linesToBlocks, textBlocks } from './blocks';
import { joinContinuations, markedPage, type PagedDraft } from './continuations';
import type { PageText } from './geometry';
import { pageDrafts } from './articles';
import { runsToLines } from './lines';
import { bodySetting, HEADLINE_RATIO, typeBlocks } from './roles';

export function parsePdfText(pages: readonly PageText[]): ParsedPage {
  const meta: Record<string, string[]> = {};
  const drafts: PagedDraft[] = [];
  const text: string[] = [];
  // The number the paper prints on each page (第2版, A5), for continuation markers to point at.
  const folios = new Map<number, number>();
  for (const page of pages) {
    const set = linesToBlocks(runsToLines(page.runs));
    // A block's lines in order, each block apart: a word broken at one line's end goes on in the next.
    for (const block of set) text.push(...block.lines.map((l) => l.text), '');
    const body = bodySetting(set);
    const blocks = set.flatMap((b) => (b.size < body.size * HEADLINE_RATIO ? textBlocks(b) : [b]));
    const found = pageDrafts(typeBlocks(blocks, page.height, body), page.number, body);
    for (const [key, values] of Object.entries(found.meta)) (meta[key] ??= []).push(...values);
    const folio = found.meta.page?.[0];
    const printed = folio ? markedPage(folio) : null;
    if (printed !== null) folios.set(page.number, printed);
    for (const draft of found.drafts) drafts.push({ draft, page: page.number });
  }
  // A word broken at a line's end loses its hyphen where the file uses it whole, as in text.
  const ctx = { typicalGap: 0, knownWords: knownJoinedWords(splitLines(text.join('\n'))) };
  const articles: ParsedArticle[] = joinContinuations(drafts, folios).map((d) =>
    takeLeadCredit(finishDraft(d, ctx)),
  );
  return { meta, articles };
}
