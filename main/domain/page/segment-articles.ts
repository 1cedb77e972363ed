// Second pass: reads the classified lines top to bottom and decides where articles begin. A new article needs
// evidence (a byline or dateline under a headline, a rubric, kicker dashes, a section label, the end of a short
// item's credits): a lone short line between paragraphs is a subhead, because merging two articles is a worse
// mistake than splitting one.
import { leadCredit, namesLine, trailingContributors, type Credit } from './byline';
import { isCaption } from './captions';
import { ems, endsSentence } from './chars';
import { rubricLabel } from './classify-lines';
import { addAuthors, hasBody, newDraft, type ArticleDraft } from './draft';
import { leadingMarker, markerContinuesFromElsewhere, trailingMarker } from './furniture';
import type { PageLines } from './lines';
import {
  endsWithDashes,
  isHeadlineCandidate,
  looksLikeSubhead,
  splitHeadline,
  startsWithDashes,
} from './headline';

export interface Segmented {
  /** Every draft, in page order; empty when a `settled` callback took them one by one. */
  drafts: ArticleDraft[];
  meta: Record<string, string[]>;
}

interface Context {
  lines: PageLines;
  typicalGap: number;
  /** isHeadlineCandidate of each line's text, computed once: 0 not yet, 1 no, 2 yes. */
  candidates: Uint8Array;
}

/**
 * isHeadlineCandidate(lines.text(i)), asked at most once per line. A caller holding the line's text passes it,
 * so that it is not cut out of the page again.
 */
function candidateAt(ctx: Context, i: number, text?: string): boolean {
  const known = ctx.candidates[i];
  if (known !== 0 && known !== undefined) return known === 2;
  const yes = i < ctx.lines.length && isHeadlineCandidate(text ?? ctx.lines.text(i));
  ctx.candidates[i] = yes ? 2 : 1;
  return yes;
}

function addMeta(meta: Record<string, string[]>, key: string, value: string): void {
  (meta[key] ??= []).push(value);
}

/** The usual number of blank lines between two lines of running text: 1 in double-spaced dumps, else 0. */
export function typicalGap(lines: PageLines): number {
  const counts = [0, 0, 0];
  for (let i = 1; i < lines.length; i++) {
    if (lines.kind(i) !== 'text' || lines.kind(i - 1) !== 'text') continue;
    const gap = Math.min(lines.gapBefore(i), 2);
    counts[gap] = (counts[gap] ?? 0) + 1;
  }
  const [zero = 0, one = 0] = counts;
  return one > zero ? 1 : 0;
}

function applyCredit(draft: ArticleDraft, credit: Credit): void {
  if (credit.dateline)
    draft.dateline = draft.dateline ? `${draft.dateline} ${credit.dateline}` : credit.dateline;
  if (credit.byline) draft.byline = draft.byline ? `${draft.byline} ${credit.byline}` : credit.byline;
  addAuthors(draft, credit.authors);
  if (credit.dateline || credit.byline) draft.creditedAtTop = true;
}

/** Whether the line at `i` sits in a run of hard-wrapped narrow-column lines of about its own width. */
function inNarrowColumn(ctx: Context, i: number, width: number): boolean {
  const widths: number[] = [];
  for (let k = i - 1; k >= 0 && widths.length < 3; k--) {
    if (ctx.lines.kind(k) === 'text') widths.push(ems(ctx.lines.text(k), 200));
    else break;
  }
  const before = widths.length;
  for (let k = i + 1; k < ctx.lines.length && widths.length < before + 3; k++) {
    if (ctx.lines.kind(k) === 'text') widths.push(ems(ctx.lines.text(k), 200));
    else break;
  }
  if (widths.length < 2) return false;
  widths.sort((a, b) => a - b);
  const median = widths[Math.floor(widths.length / 2)] ?? 0;
  return median <= 30 && width >= 0.75 * median;
}

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
/** A line this wide (in ems) is no column's wrapped line. */
const PARAGRAPH_EMS = 45;

/** The text of a text line, '' for any other line (headline lines are all text lines). */
function textAt(lines: PageLines, i: number): string {
  return lines.kind(i) === 'text' ? lines.text(i) : '';
}

interface HeaderFound {
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
function tryHeader(
  ctx: Context,
  i: number,
  topText: string,
  forced: boolean,
  section: string | null,
): HeaderFound | null {
  const { lines } = ctx;
  // The first line decides most calls: reject it before allocating anything (same tests as the loop below).
  if (lines.kind(i) !== 'text') return null;
  if (topText.length > 120 || (!candidateAt(ctx, i, topText) && !endsWithDashes(topText))) return null;
  if (leadCredit(topText) || leadingMarker(topText)) return null;
  // The headline lines are lines i .. headsEnd - 1 (consecutive): ranges, not arrays, until a header is found.
  let j = i;
  // A name alone under the headline is the author of a commentary; it ends the headline.
  let namesCredit: Credit | null = null;
  while (j < lines.length && j - i < 6) {
    if (lines.kind(j) !== 'text') break;
    // The first line's text is in hand already: cutting it out again would only make garbage.
    const text = j === i ? topText : lines.text(j);
    if (text.length > 120 || leadCredit(text) || leadingMarker(text)) break;
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
  let lead: ReturnType<typeof leadCredit> = null;
  // A dateline under a commentator's name would read back out of order; it opens an article of its own.
  if (lines.kind(k) === 'text' && namesCredit === null) lead = leadCredit(lines.text(k));
  const terminated =
    namesCredit !== null ||
    creditsEnd > creditsStart ||
    rubric !== null ||
    notesEnd > notesStart ||
    lead !== null;
  let dashed = false;
  for (let n = 0; n < headCount && !dashed; n++) {
    const t = textAt(lines, i + n);
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
    for (let n = 0; n < headCount - 1; n++) if (endsWithDashes(textAt(lines, i + n))) lastDash = n;
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
      if ((!apart && !paragraphUnder(lines, after, title)) || /[，,；;]/.test(title)) return null;
    }
  }
  const draft = newDraft(section);
  const headTexts: string[] = [];
  for (let n = 0; n < used; n++) headTexts.push(textAt(lines, i + n));
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

/** Whether the line after `i` closes the current item (so a names-only line before it is a trailing credit). */
function itemEndsAfter(ctx: Context, i: number): boolean {
  const next = ctx.lines.kind(i + 1);
  if (next === undefined) return true;
  if (next === 'section' || next === 'furniture' || next === 'marker') return true;
  if (next !== 'text') return false;
  // A line stacked right under it would make it the first half of a headline instead.
  return ctx.lines.gapBefore(i + 1) >= 1 && candidateAt(ctx, i + 1);
}

/**
 * A short item closed by its contributors may have begun at a line taken for a subhead of the article above.
 * When the article above carries its own credit at the top, split there.
 */
function splitOffShortItem(draft: ArticleDraft): ArticleDraft | null {
  if (!draft.creditedAtTop) return null;
  let lines = 0;
  for (let k = draft.body.length - 1; k > 0; k--) {
    const item = draft.body[k];
    if (!item) break;
    if (item.kind === 'line') lines++;
    if (lines > 12) return null;
    const headlineLike = (item.kind === 'line' && item.headlineLike) || item.kind === 'subhead';
    if (!headlineLike || k === draft.body.length - 1) continue;
    const short = newDraft(draft.section, item.text);
    short.body = draft.body.slice(k + 1);
    draft.body = draft.body.slice(0, k);
    return short;
  }
  return null;
}

/**
 * `settled` is told of each draft as soon as nothing can change it any more (a later draft has become the
 * current one), in page order, and of the rest at the end: a caller can reflow a draft's body there and let
 * it go, instead of keeping every line of a long page alive to the end. Drafts handed over are not kept here
 * either (on a 50 MB page, tens of thousands of them would otherwise survive to the end of the parse).
 */
export function segmentArticles(
  lines: PageLines,
  gap = typicalGap(lines),
  settled?: (draft: ArticleDraft) => void,
): Segmented {
  const ctx: Context = { lines, typicalGap: gap, candidates: new Uint8Array(lines.length) };
  const meta: Record<string, string[]> = {};
  const drafts: ArticleDraft[] = [];
  let cur = null as ArticleDraft | null; // widened: closures below reassign it
  let section: string | null = null;
  let forced = true;
  let paragraphOpen = false;
  let override: { index: number; text: string } | null = null;

  // `drafts` holds the drafts not yet handed to `settled`; only the current draft is ever changed.
  const settle = (): void => {
    if (!settled) return;
    for (const draft of drafts) settled(draft);
    drafts.length = 0;
  };
  const start = (draft: ArticleDraft): ArticleDraft => {
    settle();
    drafts.push(draft);
    cur = draft;
    forced = false;
    paragraphOpen = false;
    return draft;
  };
  const closeWithContributors = (draft: ArticleDraft, note: string, names: readonly string[]): void => {
    const short = splitOffShortItem(draft);
    const owner = short ?? draft;
    if (short) {
      settle();
      drafts.push(short);
    }
    owner.notes.push(note);
    addAuthors(owner, names);
    cur = owner;
    forced = true;
    paragraphOpen = false;
  };

  for (let i = 0; i < lines.length; i++) {
    const role = lines.role(i);
    if (!role) continue;
    const lineText = lines.text(i);
    switch (role.kind) {
      case 'furniture':
        for (const item of role.items) addMeta(meta, item.key, item.value);
        continue;
      case 'section':
        section = role.label;
        addMeta(meta, 'sections', lineText);
        forced = true;
        continue;
      case 'marker': {
        if (markerContinuesFromElsewhere(lineText)) {
          const draft: ArticleDraft = cur && !forced && !hasBody(cur) ? cur : start(newDraft(section));
          draft.notes.push(lineText);
        } else if (cur) {
          cur.notes.push(lineText);
          forced = true;
        } else addMeta(meta, 'continuation', lineText);
        continue;
      }
      case 'byline': {
        const c: ArticleDraft | null = cur;
        if (c && !forced && !hasBody(c) && c.byline === null) applyCredit(c, role.credit);
        else if (c && !forced) {
          // A photographer's credit under a caption, or a credit line inside the text: kept, not as text.
          c.notes.push(lineText);
          addAuthors(c, role.credit.authors);
        } else {
          const draft = start(newDraft(section));
          applyCredit(draft, role.credit);
        }
        continue;
      }
      case 'rubric': {
        const c: ArticleDraft | null = cur;
        if (c && !forced && !hasBody(c) && c.rubric === null) c.rubric = role.label;
        else {
          const draft = c && !forced ? c : start(newDraft(section));
          draft.body.push({ kind: 'subhead', text: lineText });
          paragraphOpen = false;
        }
        continue;
      }
      case 'text':
        break;
    }
    let text = override?.index === i ? override.text : lineText;
    override = null;
    const atBoundary = cur === null || forced || !paragraphOpen;
    if (cur && !forced && !paragraphOpen && hasBody(cur) && itemEndsAfter(ctx, i)) {
      // Names alone after the last paragraph of an item: its contributors.
      const names = namesLine(text);
      if (names) {
        closeWithContributors(cur, text, names.authors);
        continue;
      }
    }
    if (atBoundary && text === lineText) {
      const header = tryHeader(ctx, i, lineText, forced || cur === null, section);
      if (header) {
        start(header.draft);
        if (header.leadRest !== null) override = { index: header.next, text: header.leadRest };
        i = header.next - 1;
        continue;
      }
    }
    let draft: ArticleDraft = cur ?? start(newDraft(section));
    if (isCaption(text, lines.gapBefore(i), ctx.typicalGap) && (hasBody(draft) || draft.title !== '')) {
      draft.body.push({ kind: 'caption', text });
      continue;
    }
    if (atBoundary && text === lineText) {
      const lead = leadCredit(text);
      // Without a headline above it, a dateline inside a report is a quoted wire item, not a new article.
      if (lead && (forced || (!hasBody(draft) && draft.creditedAtTop))) {
        draft = start(newDraft(section));
        applyCredit(draft, lead);
        text = lead.rest;
      } else if (lead && !hasBody(draft)) {
        applyCredit(draft, lead);
        text = lead.rest;
      }
    }
    if (forced) draft = start(newDraft(section));
    const marker = leadingMarker(text);
    if (marker) {
      draft.notes.push(marker);
      text = text.slice(marker.length).trimStart();
    }
    if (!hasBody(draft) && draft.rubric === null && text.startsWith('【')) {
      const close = text.indexOf('】');
      const label = close > 0 ? rubricLabel(text.slice(0, close + 1)) : null;
      if (label) {
        draft.rubric = label;
        text = text.slice(close + 1).trimStart();
      }
    }
    const candidate =
      atBoundary && (text === lineText ? candidateAt(ctx, i, text) : isHeadlineCandidate(text));
    if (
      candidate &&
      hasBody(draft) &&
      looksLikeSubhead(text) &&
      lines.kind(i + 1) === 'text' &&
      !inNarrowColumn(ctx, i, ems(text, 40))
    ) {
      draft.body.push({ kind: 'subhead', text });
      paragraphOpen = false;
      continue;
    }
    const endMarker = trailingMarker(text);
    if (endMarker) text = text.slice(0, -endMarker.length).trimEnd();
    const contributors = endMarker ? null : trailingContributors(text);
    if (contributors) text = text.slice(0, -contributors.bracket.length).trimEnd();
    if (text !== '')
      draft.body.push({
        kind: 'line',
        text,
        gapBefore: lines.gapBefore(i),
        indent: lines.indent(i),
        headlineLike: candidate,
      });
    paragraphOpen = text !== '' && !endsSentence(text);
    if (endMarker) {
      draft.notes.push(endMarker);
      forced = true;
      paragraphOpen = false;
    }
    if (contributors) closeWithContributors(draft, contributors.bracket, contributors.authors);
  }
  settle();
  return { drafts, meta };
}
