// Second pass: reads the classified lines top to bottom and decides where articles begin. A new article needs
// evidence (a byline or dateline under a headline, a rubric, kicker dashes, a section label, the end of a short
// item's credits): a lone short line between paragraphs is a subhead, because merging two articles is a worse
// mistake than splitting one.
import { namesLine, trailingContributors } from './byline';
import { isCaption } from './captions';
import { ems, endsSentence } from './chars';
import { rubricLabel } from './classify-lines';
import { addAuthors, hasBody, newDraft, takeAuthorsAndDate, type ArticleDraft } from './draft';
import { leadingMarker, markerContinuesFromElsewhere, trailingMarker } from './furniture';
import type { PageLines } from './lines';
import { headlineCandidate, looksLikeSubhead } from './headline';
import { tryHeader } from './header';
import {
  applyCredit,
  candidateAt,
  candidateShapeAt,
  leadAt,
  newContext,
  type Context,
} from './segment-context';

export interface Segmented {
  /** Every draft, in page order; empty when a `settled` callback took them one by one. */
  drafts: ArticleDraft[];
  meta: Record<string, string[]>;
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
  const ctx = newContext(lines, gap);
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
          // A photographer's credit under a caption, or a credit line inside the text: kept, not as text (with
          // the date it gives, as a post's "编辑于 …" under its text, where the article has none).
          c.notes.push(lineText);
          takeAuthorsAndDate(c, role.credit);
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
      const lead = leadAt(ctx, i, text);
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
    const shape = atBoundary
      ? text === lineText
        ? candidateShapeAt(ctx, i, text)
        : headlineCandidate(text)
      : null;
    if (
      shape !== null &&
      hasBody(draft) &&
      looksLikeSubhead(text, shape) &&
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
        headlineLike: shape !== null,
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
