// What the segmenter and the header reader share while they read one page: the line table, the page's usual
// gap, each line's headline candidacy asked at most once (with a candidate's script and width, which the subhead
// test asks again), the lead credits of the lines last read, and how a credit is set on a draft.
import { leadCredit, type Credit, type LeadCredit } from './byline';
import { takeAuthorsAndDate, type ArticleDraft } from './draft';
import { headlineCandidate, type CandidateShape } from './headline';
import type { PageLines } from './lines';

export interface Context {
  lines: PageLines;
  typicalGap: number;
  /** headlineCandidate of each line's text, computed once: 0 not yet, 1 no, 2 a Chinese one, 3 a Latin one. */
  candidates: Uint8Array;
  /** The width of each candidate line, in half ems (a candidate has 80 characters at most). */
  candidateHalves: Uint16Array;
  /** leadCredit of the lines last asked: the line each slot holds (slot = line % LEAD_SLOTS), -1 for none. */
  leadLines: Int32Array;
  leads: (LeadCredit | null)[];
}

/**
 * The header reader asks for the lead credit of a headline's lines, of the lines under it and of the line
 * after its credits, and the segmenter asks again of a line the header reader turned down: one line is asked
 * up to three times, all within a few lines of each other. A few slots hold the answers while they are asked;
 * an answer kept for every line would outlive the line's draft (and be copied by the collector).
 */
const LEAD_SLOTS = 16;

export function newContext(lines: PageLines, typicalGap: number): Context {
  return {
    lines,
    typicalGap,
    candidates: new Uint8Array(lines.length),
    candidateHalves: new Uint16Array(lines.length),
    leadLines: new Int32Array(LEAD_SLOTS).fill(-1),
    leads: new Array<LeadCredit | null>(LEAD_SLOTS).fill(null),
  };
}

/**
 * leadCredit(lines.text(i)): a dateline (and byline) opening line `i`. The answer is shared, not to be changed. A
 * caller holding the line's text passes it, as to candidateAt.
 */
export function leadAt(ctx: Context, i: number, text?: string): LeadCredit | null {
  const slot = i % LEAD_SLOTS;
  if (ctx.leadLines[slot] === i) return ctx.leads[slot] ?? null;
  const lead = leadCredit(text ?? ctx.lines.text(i));
  ctx.leadLines[slot] = i;
  ctx.leads[slot] = lead;
  return lead;
}

const NO_CANDIDATE = 1;
const CHINESE_CANDIDATE = 2;
const LATIN_CANDIDATE = 3;

/**
 * isHeadlineCandidate(lines.text(i)), asked at most once per line. A caller holding the line's text passes it,
 * so that it is not cut out of the page again.
 */
export function candidateAt(ctx: Context, i: number, text?: string): boolean {
  const known = ctx.candidates[i];
  if (known !== 0 && known !== undefined) return known !== NO_CANDIDATE;
  const shape = i < ctx.lines.length ? headlineCandidate(text ?? ctx.lines.text(i)) : null;
  ctx.candidates[i] = shape === null ? NO_CANDIDATE : shape.latin ? LATIN_CANDIDATE : CHINESE_CANDIDATE;
  if (shape !== null) ctx.candidateHalves[i] = 2 * shape.width;
  return shape !== null;
}

/** headlineCandidate(lines.text(i)), from what candidateAt kept of it. */
export function candidateShapeAt(ctx: Context, i: number, text?: string): CandidateShape | null {
  if (!candidateAt(ctx, i, text)) return null;
  return { latin: ctx.candidates[i] === LATIN_CANDIDATE, width: (ctx.candidateHalves[i] ?? 0) / 2 };
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
