// Typed blocks → article drafts. Each headline group (kicker, title, subtitle stacked) opens an article; every
// other block belongs to the nearest headline group above it that shares some of its width, as a newspaper is
// read. Within an article the blocks are read column by column, and lines open paragraphs by indentation, by a
// short line that ends a sentence, or by a break between blocks.
import type { PageRegion } from '../../../shared/contract/article';
import { bylineLine, leadCredit, namesLine } from '../page/byline';
import { endsSentence } from '../page/chars';
import { addAuthors, newDraft, takeAuthorsAndDate, type ArticleDraft, type BodyItem } from '../page/draft';
import { sectionLabel } from '../page/furniture';
import { endsWithDashes, startsWithDashes, stripLeadingDashes, stripTrailingDashes } from '../page/headline';
import { joint } from '../page/join';
import { overlap, union, xOverlapShare, type Rect } from './geometry';
import type { PdfBlock } from './blocks';
import type { PdfLine } from './lines';
import { bulletItems } from './bullets';
import { assignOwners } from './ownership';
import type { BodySetting, Typed } from './roles';

interface HeadlineGroup extends Rect {
  parts: Typed[];
}

function region(page: number, r: Rect): PageRegion {
  return { page, x0: r.x0, y0: r.y0, x1: r.x1, y1: r.y1 };
}

/**
 * Headline blocks stacked close together, sharing their width, form one headline; not across a line set between
 * them over the lower one (a section's label over a headline under the paper's name).
 */
function headlineGroups(typed: readonly Typed[]): HeadlineGroup[] {
  const heads = typed.filter((t) => t.role === 'headline').sort((a, b) => a.block.y0 - b.block.y0);
  const others = typed.filter((t) => t.role !== 'headline');
  const between = (above: Rect, below: Rect): boolean =>
    others.some(
      (t) =>
        t.block.y0 >= above.y1 - 1 &&
        t.block.y1 <= below.y0 + 1 &&
        overlap(t.block.x0, t.block.x1, below.x0, below.x1) > 0,
    );
  const groups: HeadlineGroup[] = [];
  for (const h of heads) {
    const b = h.block;
    const near = groups.find((g) => {
      const last = g.parts[g.parts.length - 1]!.block;
      const gap = b.y0 - last.y1;
      return (
        gap < Math.max(b.size, last.size) * 0.9 &&
        gap > -b.size * 0.5 &&
        xOverlapShare(g, b) > 0.3 &&
        !between(last, b)
      );
    });
    if (near) {
      near.parts.push(h);
      Object.assign(near, union(near, b));
    } else groups.push({ x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1, parts: [h] });
  }
  return groups;
}

/** Lines of a headline or a caption joined as the text's lines are: a word broken at a hyphen keeps it, unspaced. */
const append = (a: string | null, b: string): string => {
  if (!a) return b;
  const { separator } = joint(a, b, NO_WORDS);
  return a + separator + b;
};
const NO_WORDS: ReadonlySet<string> = new Set();

/**
 * A kicker or subtitle is often set little larger than the body, or smaller, or in its size: a short unfinished
 * line or two right above a headline, or right below it in a size of their own or centred on it, within its
 * width, join it. A paragraph's opening lines (flush in the body's size, or opening with a dateline) never do.
 */
function attachSatellites(
  groups: readonly HeadlineGroup[],
  typed: readonly Typed[],
  body: BodySetting,
): Set<Typed> {
  const shaped = (t: Typed): boolean =>
    SATELLITE_ROLES.has(t.role) && t.block.lines.length <= 2 && !endsSentence(t.text) && !leadCredit(t.text);
  const setApart = (t: Typed, g: HeadlineGroup): boolean =>
    Math.abs(t.block.size / body.size - 1) > 0.08 || centredOn(g, t.block);
  const taken = new Set<Typed>();
  for (const g of groups) {
    for (const t of typed) {
      const b = t.block;
      if (taken.has(t) || !shaped(t) || xOverlapShare(g, b) < 0.5) continue;
      const reach = Math.max(b.size, 6) * 1.5;
      const above = g.y0 - b.y1;
      const below = b.y0 - g.y1;
      // Over a headline, an unfinished line or two is its kicker whatever its size: an article's text never
      // stops mid-sentence right above the next one's headline. Under it, the same lines may open the article.
      const kicker = above >= -2 && above <= reach;
      const deck = below >= -2 && below <= reach && (setApart(t, g) || overDateline(t, typed));
      if (kicker || deck) {
        taken.add(t);
        g.parts.push(t);
        Object.assign(g, union(g, b));
      }
    }
    g.parts.sort((a, b) => a.block.y0 - b.block.y0);
  }
  return taken;
}
const SATELLITE_ROLES = new Set<Typed['role']>(['body', 'subhead', 'caption']);

/** Whether the block right under this one, in its column, opens with a dateline (the article's text begins). */
function overDateline(t: Typed, typed: readonly Typed[]): boolean {
  const b = t.block;
  return typed.some(
    (o) =>
      o.role === 'body' &&
      o.block.y0 >= b.y1 - 1 &&
      o.block.y0 - b.y1 <= 1.5 * b.size &&
      xOverlapShare(o.block, b) > 0.5 &&
      leadCredit(o.text.replace(/\n/g, '')) !== null,
  );
}

/**
 * A block centred on a headline, as a deck or kicker in the body's own size is set: its middle on the
 * headline's, and its lines centred on each other (a single line short of the headline's measure). Text set
 * flush in the column never is.
 */
function centredOn(g: Rect, b: PdfBlock): boolean {
  const em = b.size;
  const middle = (r: Rect): number => (r.x0 + r.x1) / 2;
  if (Math.abs(middle(g) - middle(b)) > em) return false;
  if (b.lines.length === 1) return g.x1 - g.x0 - (b.x1 - b.x0) >= em;
  const widths = b.lines.map((l) => l.x1 - l.x0);
  return (
    b.lines.every((l) => Math.abs(middle(l) - middle(b)) <= em / 2) &&
    Math.max(...widths) - Math.min(...widths) >= 2 * em
  );
}

function joinText(lines: readonly PdfLine[]): string {
  return lines.reduce<string | null>((acc, l) => append(acc, l.text), null) ?? '';
}

/** Kicker above the largest part, title, subtitle below it; dashes say which when sizes cannot. */
function headlineDraft(group: HeadlineGroup, section: string | null): ArticleDraft {
  const draft = newDraft(section);
  const largest = Math.max(...group.parts.map((p) => p.block.size));
  const titleAt = group.parts.findIndex((p) => p.block.size === largest);
  // A headline set in one size may come apart in blocks (a wide gap between its lines): they are one title.
  let titleEnd = titleAt;
  while (group.parts[titleEnd + 1] && group.parts[titleEnd + 1]!.block.size >= largest * 0.95) titleEnd++;
  group.parts.forEach((part, i) => {
    const text = joinText(part.block.lines);
    if (i < titleAt || (i > titleEnd && endsWithDashes(text) && draft.title === ''))
      draft.kicker = append(draft.kicker, stripTrailingDashes(text));
    else if (i <= titleEnd) draft.title = append(draft.title || null, text);
    else if (startsWithDashes(text) || i > titleEnd)
      draft.subtitle = append(draft.subtitle, stripLeadingDashes(text));
  });
  return draft;
}

/**
 * Blocks in reading order: columns left to right, each top to bottom. Columns are seeded by the narrowest
 * blocks (a column's text); a wider block (a caption or picture spanning two columns) is read in the column
 * where it starts, so it never merges two columns into one.
 */
function readingOrder(items: Typed[]): Typed[] {
  const columns: { rect: Rect; items: Typed[] }[] = [];
  const byWidth = [...items].sort((a, b) => a.block.x1 - a.block.x0 - (b.block.x1 - b.block.x0));
  for (const t of byWidth) {
    const b = t.block;
    const col =
      columns.find((c) => xOverlapShare(c.rect, b) > 0.5 && b.x1 - b.x0 <= (c.rect.x1 - c.rect.x0) * 1.3) ??
      columns.find((c) => b.x0 >= c.rect.x0 - b.size && b.x0 < c.rect.x1);
    if (col) col.items.push(t);
    else columns.push({ rect: { ...b }, items: [t] });
  }
  columns.sort((a, b) => a.rect.x0 - b.rect.x0);
  return columns.flatMap((c) => c.items.sort((a, b) => a.block.y0 - b.block.y0));
}

function creditFrom(text: string): { dateline: string | null; byline: string | null; authors: string[] } {
  return (
    bylineLine(text) ?? namesLine(text) ?? leadCredit(text) ?? { dateline: null, byline: text, authors: [] }
  );
}

/** The body items of an article's blocks, with paragraph openings decided from the layout. */
function bodyItems(draft: ArticleDraft, blocks: readonly Typed[], page: number): BodyItem[] {
  const items: BodyItem[] = [];
  let previous: { line: PdfLine; block: Typed } | null = null;
  // Whether a line of text has been read yet (a subhead resets `previous`, not this).
  let sawText = false;
  const indented = (line: PdfLine, b: Rect): boolean => line.x0 - b.x0 > line.size * 0.6;
  // Where paragraphs open with an indent, a line flush at the top of the next column goes on with the last
  // column's paragraph, however that paragraph's last line ended.
  const indents = blocks.some((t) => t.role === 'body' && t.block.lines.some((l) => indented(l, t.block)));
  for (const t of blocks) {
    const regions = t.block.lines.map((l) => region(page, l));
    // A credit before the text is the article's, though a photo and its caption stand between it and the headline.
    if (t.role === 'credit' && !sawText) {
      const credit = creditFrom(t.text.replace(/\n/g, ' '));
      if (credit.dateline) draft.dateline = credit.dateline;
      if (credit.byline) draft.byline = draft.byline ? `${draft.byline} ${credit.byline}` : credit.byline;
      addAuthors(draft, credit.authors);
      continue;
    }
    const listed =
      t.role === 'caption' || t.role === 'body' ? bulletItems(t.block.lines, (l) => region(page, l)) : null;
    if (listed) {
      items.push(...listed);
      continue;
    }
    if (t.role === 'caption' || t.role === 'subhead' || t.role === 'credit') {
      const kind = t.role === 'subhead' ? 'subhead' : 'caption';
      const last = items[items.length - 1];
      // A subhead the column break cut in two: its second half tops the next column.
      if (kind === 'subhead' && last?.kind === 'subhead' && previous === null) {
        last.text = append(last.text, joinText(t.block.lines));
        last.regions = [...(last.regions ?? []), ...regions];
        continue;
      }
      items.push({ kind, text: joinText(t.block.lines), regions });
      if (t.role === 'subhead') previous = null;
      continue;
    }
    const b = t.block;
    for (const line of b.lines) {
      // A byline set on the line over the text, in type close enough to the body's to be read in its block: a
      // line of its own, short of the measure (a wrapped line that opens "By Friday, …" is the text's).
      const alone = line.x1 < b.x1 - line.size;
      const byline = items.length === 0 && previous === null && alone ? bylineLine(line.text.trim()) : null;
      if (byline) {
        draft.byline = draft.byline ? `${draft.byline} ${byline.byline}` : byline.byline;
        takeAuthorsAndDate(draft, byline);
        continue;
      }
      const indent = indented(line, b);
      let opens = true;
      if (previous) {
        const p = previous.line;
        const pb = previous.block.block;
        const shortBefore = p.x1 < pb.x1 - p.size * 1.0;
        const sameBlock = previous.block === t;
        const columnTop = !sameBlock && line.y < p.y && indents;
        opens = indent || (endsSentence(p.text) && (shortBefore || (!sameBlock && !columnTop)));
      }
      items.push({
        kind: 'line',
        text: line.text,
        gapBefore: 0,
        indent: 0,
        headlineLike: false,
        opens,
        region: region(page, line),
      });
      previous = { line, block: t };
      sawText = true;
    }
  }
  return items;
}

/** The paper's name as the page's head prints it: a masthead, or a running head's first item. */
function paperNames(typed: readonly Typed[]): Set<string> {
  const names = new Set<string>();
  for (const t of typed)
    if (t.role === 'furniture')
      for (const item of t.furniture ?? [])
        if (item.key === 'paper' || item.key === 'running-head') names.add(firstItem(item.value));
  return names;
}

/** A running head's or foot's first item: up to a middle dot, a bar or a wide space. */
const firstItem = (text: string): string => text.split(/\s*[·・•|｜]\s*|\s{2,}|\n/, 1)[0]!.trim();

export interface PageDrafts {
  drafts: ArticleDraft[];
  meta: Record<string, string[]>;
}

export function pageDrafts(blocks: readonly Typed[], page: number, body: BodySetting): PageDrafts {
  let typed = blocks;
  const meta: Record<string, string[]> = {};
  const add = (key: string, value: string): void => {
    (meta[key] ??= []).push(value);
  };
  const headlines = headlineGroups(typed);
  const satellites = attachSatellites(headlines, typed, body);
  typed = typed.map((t) => (labelOverHeadlines(t, headlines) ? { ...t, role: 'section' } : t));
  const sections: Labelled[] = typed
    .filter((t) => t.role === 'section')
    .map((t) => ({ rect: t.block, label: sectionLabel(t.text) ?? t.text }));
  const text: Typed[] = [];
  const papers = paperNames(typed);
  for (const t of typed) {
    if (t.role === 'furniture') for (const item of t.furniture ?? []) add(item.key, item.value);
    else if (t.role === 'section') add('sections', t.text);
    else if ((t.role === 'caption' || t.role === 'body') && papers.has(firstItem(t.text)))
      add('foot', t.text);
    else if (t.role !== 'headline' && !satellites.has(t)) text.push(t);
  }
  const owned = new Map<HeadlineGroup | null, Typed[]>();
  for (const [t, owner] of assignOwners(text, headlines)) owned.set(owner, [...(owned.get(owner) ?? []), t]);
  // A headline with no text under it names the section below it ("Briefly", "World").
  const groups: HeadlineGroup[] = [];
  for (const g of headlines) {
    if (owned.has(g) || g.parts.length > 1) groups.push(g);
    else {
      const text = joinText(g.parts[0]!.block.lines);
      add('sections', text);
      sections.push({ rect: g, label: text });
    }
  }
  const drafts: ArticleDraft[] = [];
  // Text above every headline (an article continued from an earlier page) is an article of its own.
  const orphans = owned.get(null);
  if (orphans) {
    const draft = newDraft(null);
    draft.body = bodyItems(draft, readingOrder(orphans), page);
    draft.regions = orphans.map((t) => region(page, t.block));
    drafts.push(draft);
  }
  const ordered = [...groups].sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
  for (const g of ordered) {
    const label = ownerSection(g, sections);
    const draft = headlineDraft(g, label);
    const blocks = readingOrder(owned.get(g) ?? []);
    draft.body = bodyItems(draft, blocks, page);
    draft.regions = [region(page, g), ...blocks.map((t) => region(page, t.block))];
    drafts.push(draft);
  }
  return { drafts, meta };
}

/**
 * A subhead that no headline stands over, with headlines under it, is the label of the section they are in
 * ("News", "In Brief"): a word or three on a line of their own, set apart, where no article has begun.
 */
function labelOverHeadlines(t: Typed, groups: readonly HeadlineGroup[]): boolean {
  if (t.role !== 'subhead' || t.block.lines.length !== 1 || t.text.split(/\s+/).length > 3) return false;
  const b = t.block;
  if (groups.some((g) => g.y1 <= b.y0 + 2 && overlap(g.x0, g.x1, b.x0, b.x1) > 0)) return false;
  return groups.some((g) => g.y0 >= b.y1 - 2 && g.y0 - b.y1 < PAGE_GAP_EMS * b.size);
}
/** A section's label stands this close over the first of its headlines, in ems of its type. */
const PAGE_GAP_EMS = 6;

interface Labelled {
  rect: Rect;
  label: string;
}

/** The section label above a headline, nearest first, that shares its width. */
function ownerSection(group: HeadlineGroup, sections: readonly Labelled[]): string | null {
  let best: Labelled | null = null;
  for (const s of sections) {
    if (s.rect.y1 > group.y0 + 2 || overlap(s.rect.x0, s.rect.x1, group.x0, group.x1) <= 0) continue;
    if (!best || s.rect.y1 > best.rect.y1) best = s;
  }
  return best?.label ?? null;
}
