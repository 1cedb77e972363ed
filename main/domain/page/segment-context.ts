// What the segmenter and the header reader share while they read one page: the line table, the page's usual
// gap, each line's headline candidacy asked at most once, and how a credit is set on a draft.
import type { Credit } from './byline';
import { takeAuthorsAndDate, type ArticleDraft } from './draft';
import { isHeadlineCandidate } from './headline';
import type { PageLines } from './lines';

export interface Context {
  lines: PageLines;
  typicalGap: number;
  /** isHeadlineCandidate of each line's text, computed once: 0 not yet, 1 no, 2 yes. */
  candidates: Uint8Array;
}

/**
 * isHeadlineCandidate(lines.text(i)), asked at most once per line. A caller holding the line's text passes it,
 * so that it is not cut out of the page again.
 */
export function candidateAt(ctx: Context, i: number, text?: string): boolean {
  const known = ctx.candidates[i];
  if (known !== 0 && known !== undefined) return known === 2;
  const yes = i < ctx.lines.length && isHeadlineCandidate(text ?? ctx.lines.text(i));
  ctx.candidates[i] = yes ? 2 : 1;
  return yes;
}

export function applyCredit(draft: ArticleDraft, credit: Credit): void {
  if (credit.dateline)
    draft.dateline = draft.dateline ? `${draft.dateline} ${credit.dateline}` : credit.dateline;
  if (credit.byline) draft.byline = draft.byline ? `${draft.byline} ${credit.byline}` : credit.byline;
  takeAuthorsAndDate(draft, credit);
  if (credit.dateline || credit.byline) draft.creditedAtTop = true;
}

/** The text of a text line, '' for any other line (headline lines are all text lines). */
export function textAt(lines: PageLines, i: number): string {
  return lines.kind(i) === 'text' ? lines.text(i) : '';
}
