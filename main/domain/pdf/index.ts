// A PDF's text with its geometry → the page's articles, each with where it stands on the page. Pure: the pdf.js
// adapter (main/node/import/pdf-text.ts) supplies the text runs.
import type { ParsedArticle, ParsedPage } from '../../../shared/contract/article';
import { finishDraft } from '../page/finish';
import { takeLeadCredit } from '../page/line-model/assemble';
import { linesToBlocks } from './blocks';
import type { PageText } from './geometry';
import { pageDrafts } from './articles';
import { runsToLines } from './lines';
import { bodySetting, typeBlocks } from './roles';

export function parsePdfText(pages: readonly PageText[]): ParsedPage {
  const meta: Record<string, string[]> = {};
  const articles: ParsedArticle[] = [];
  const ctx = { typicalGap: 0, knownWords: new Set<string>() };
  for (const page of pages) {
    const blocks = linesToBlocks(runsToLines(page.runs));
    const body = bodySetting(blocks);
    const { drafts, meta: pageMeta } = pageDrafts(typeBlocks(blocks, page.height, body), page.number, body);
    for (const [key, values] of Object.entries(pageMeta)) (meta[key] ??= []).push(...values);
    for (const draft of drafts) articles.push(takeLeadCredit(finishDraft(draft, ctx)));
  }
  return { meta, articles };
}
