// Reading an article's header where the segmenter suspects one: headline lines, then bylines, a rubric,
// continuation markers or a dateline opening the first paragraph; null when the evidence is not there.
import { namesLine, type Credit, type LeadCredit } from './byline';
import { ems, endsSentence } from './chars';
import { newDraft, type ArticleDraft } from './draft';
import { leadingMarker, markerContinuesFromElsewhere } from './furniture';
import { endsWithDashes, isLatinText, splitHeadline, startsWithDashes } from './headline';
import type { PageLines } from './lines';
import { applyCredit, candidateAt, leadAt, textAt, type Context } from './segment-context';

/**
 * Whether line `k`, right under a would-be title, is a whole paragraph (text with a paragraph to a line): far
 * longer than the title and ending a sentence. A column's wrapped lines are about as wide as each other.
 */
function paragraphUnder(lines: PageLines, k: number, title: string): boolean {
  if (lines.kind(k) !== 'text') return false;
  const text = lines.text(k);
  const width = ems(text, 400);
  return width >= PARAGRAPH_EMS && width >= 2 * ems(title, 200) && endsSentence(text);
}
/**
 * A comma or semicolon inside makes a Chinese line a clause of a sentence, not a title; English headlines
 * often hold one ("SELLS HARBOUR, FERRY UNITS").
 */
function clauseInside(title: string): boolean {
  return /[，；]/.test(title) || (/[,;]/.test(title) && !isLatinText(title));
}

/** Line `i + n` of a headline starting at line `i`, whose first line's text (`top`) is in hand already. */
function headLine(lines: PageLines, i: number, n: number, top: string): string {
  return n === 0 ? top : textAt(lines, i + n);
}

/** A line this wide (in ems) is no column's wrapped line. */
const PARAGRAPH_EMS = 20;

export interface HeaderFound {
  draft: ArticleDraft;
  /** Index of the first line after the header. */
  next: number;
  /** Replacement text for the line at `next` when a dateline was taken off its front. */
  leadRest: string | null;
}

/**
 * Tries to read an article header starting at line `i`: headline lines, then bylines, a rubric, continuation
 * markers or a dateline opening the first paragraph. Returns null when the evidence is not there.
 */
export function tryHeader(
  ctx: Context,
  i: number,
  topText: string,
  forced: boolean,
  section: string | null,
): HeaderFound | null {
  const { lines } = ctx;
  // The first line decides most calls: reject it before allocating anything (the loop below asks the same of
  // the lines under it).
  if (lines.kind(i) !== 'text') return null;
  if (topText.length > 120 || (!candidateAt(ctx, i, topText) && !endsWithDashes(topText))) return null;
  if (leadAt(ctx, i, topText) || leadingMarker(topText)) return null;
  // The headline lines are lines i .. headsEnd - 1 (consecutive): ranges, not arrays, until a header is found.
  let j = i;
  // A name alone under the headline is the author of a commentary; it ends the headline.
  let namesCredit: Credit | null = null;
  while (j < lines.length && j - i < 6) {
    if (lines.kind(j) !== 'text') break;
    // The first line's text is in hand already: cutting it out again would only make garbage.
    const text = j === i ? topText : lines.text(j);
    if (j > i && (text.length > 120 || leadAt(ctx, j, text) || leadingMarker(text))) break;
    if (j > i && lines.gapBefore(j) >= 1) {
      const credit = namesLine(text);
      // A line stacked right under it (no blank between) makes it the first half of a broken title instead.
      const afterKind = lines.kind(j + 1);
      const stackedUnder = afterKind === 'text' && lines.gapBefore(j + 1) === 0 && candidateAt(ctx, j + 1);
      if (credit && afterKind !== 'byline' && !stackedUnder) {
        namesCredit = credit;
        j++;
        break;
      }
    }
    if (!candidateAt(ctx, j, text) && !endsWithDashes(text)) break;
    j++;
  }
  const headsEnd = namesCredit ? j - 1 : j;
  const headCount = headsEnd - i;
  if (headCount === 0) return null;
  let k = j;
  const creditsStart = k;
  while (lines.kind(k) === 'byline') k++;
  const creditsEnd = k;
  let rubric: string | null = null;
  const afterCredits = lines.role(k);
  if (afterCredits?.kind === 'rubric') {
    rubric = afterCredits.label;
    k++;
  }
  const notesStart = k;
  while (lines.kind(k) === 'marker' && markerContinuesFromElsewhere(lines.text(k))) k++;
  const notesEnd = k;
  let lead: LeadCredit | null = null;
  // A dateline under a commentator's name would read back out of order; it opens an article of its own.
  if (lines.kind(k) === 'text' && namesCredit === null) lead = leadAt(ctx, k);
  const terminated =
    namesCredit !== null ||
    creditsEnd > creditsStart ||
    rubric !== null ||
    notesEnd > notesStart ||
    lead !== null;
  let dashed = false;
  for (let n = 0; n < headCount && !dashed; n++) {
    const t = headLine(lines, i, n, topText);
    dashed = (n < headCount - 1 && endsWithDashes(t)) || (n > 0 && startsWithDashes(t));
  }
  let stacked = ctx.typicalGap >= 1 && headCount >= 2;
  for (let n = 1; n < headCount && stacked; n++) stacked = lines.gapBefore(i + n) === 0;
  if (!terminated && !dashed && !stacked && !forced) return null;
  let used = headCount;
  if (!terminated) {
    // Without a credit below it, only as much as plainly belongs to the headline is taken: lines up to the
    // kicker's dashes, the title line and lines stacked onto it without a blank, and dashed subtitles.
    let lastDash = -1;
    for (let n = 0; n < headCount - 1; n++) if (endsWithDashes(headLine(lines, i, n, topText))) lastDash = n;
    let n = lastDash + 2;
    while (n < headCount && (lines.gapBefore(i + n) === 0 || startsWithDashes(textAt(lines, i + n)))) n++;
    used = Math.min(n, headCount);
    if (namesCredit) used = headCount;
    if (!dashed && !stacked) {
      // Only the position says "headline" here (page start, after a section label or a closed item): the line
      // must stand apart from what follows and read as a title, not as a sentence cut at a line end.
      const after = used < headCount ? i + used : j;
      const title = topText;
      const apart = after >= lines.length || lines.gapBefore(after) >= Math.max(1, ctx.typicalGap);
      const whole = paragraphUnder(lines, after, title);
      if (!apart && !whole) return null;
      // A text's first line over a whole paragraph is its title even with a comma in it: typed-out and copied
      // articles are titled "老街的烟火气，回来了", "如何留住烟火气？" as often as not.
      if (clauseInside(title) && !(i === 0 && whole)) return null;
    }
  }
  const draft = newDraft(section);
  const headTexts: string[] = [];
  for (let n = 0; n < used; n++) headTexts.push(headLine(lines, i, n, topText));
  const headline = splitHeadline(headTexts);
  draft.kicker = headline.kicker;
  draft.title = headline.title;
  draft.subtitle = headline.subtitle;
  if (used < headCount) return { draft, next: i + used, leadRest: null };
  if (namesCredit) applyCredit(draft, namesCredit);
  for (let c = creditsStart; c < creditsEnd; c++) {
    const role = lines.role(c);
    if (role?.kind === 'byline') applyCredit(draft, role.credit);
  }
  draft.rubric = rubric;
  for (let m = notesStart; m < notesEnd; m++) draft.notes.push(lines.text(m));
  if (lead) applyCredit(draft, lead);
  return { draft, next: k, leadRest: lead ? lead.rest : null };
}
