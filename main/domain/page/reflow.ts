// Reflow: the lines of an article's body become paragraphs. A break is kept after a finished sentence and
// removed inside one; captions that interrupted a sentence are set aside until the sentence is complete.
import type { PageRegion, ParsedBlock } from '../../../shared/contract/article';
import { fullWidth, widthBound } from './body-width';
import { creditsPicture, stopsShort } from './captions';
import { CodeSet, ems, endsSentence, isLowerStart, isWideCode } from './chars';
import type { BodyItem, BodyLine } from './draft';
import { isHeadlineCandidate } from './headline';
import { joint } from './join';

export interface ReflowContext {
  /** Blank lines usually found between two lines of running text (1 in double-spaced dumps). */
  typicalGap: number;
  /** Words the page uses unbroken, for rejoining words hyphenated at a line end. */
  knownWords: ReadonlySet<string>;
}

const ENUMERATOR = /^(?:\d{1,2}[.、)]|[（(]?[一二三四五六七八九十]{1,3}[、)）]|[•·\-*] )/;
/** Hard-wrapped text wraps at 60–80 columns (30–40 ems); a body whose lines run wider was not wrapped at all. */
const MAX_WRAP = 50;
/** A line under this share of the column's width (or this many ems) is a cell or an item, not running text. */
const CELL_SHARE = 0.5;
const CELL_EMS = 9;
/** A heading is this much narrower than the lines the body fills, at most. */
const HEADING_SHARE = 0.7;
/** Clause and sentence marks, full-width or as pages typed half-width write them. */
const CLAUSE_MARK = /[，；。！？,;]/;
/** A bulleted list item: set apart by a blank line, it is never the rest of the line before. */
const BULLETS = new CodeSet('●○■□◆◇▲△▶►★☆•');

/** Whether the body uses indentation to open paragraphs (then a non-indented line continues one). */
function usesIndentation(items: readonly BodyItem[]): boolean {
  let lines = 0;
  let indented = 0;
  for (const item of items) {
    if (item.kind !== 'line') continue;
    lines++;
    if (item.indent >= 1) indented++;
  }
  return lines >= 3 && indented >= 1 && indented <= lines * 0.7;
}

/**
 * One body being reflowed. A class rather than closures inside reflowBody: this runs once per article, and
 * methods are not re-created (nor re-named by the TypeScript loader) on every call.
 */
class BodyReflow {
  readonly blocks: ParsedBlock[] = [];
  /** The open paragraph, kept as pieces and joined once, so a paragraph of 50,000 lines costs linear time. */
  private parts: string[] = [];
  /** Where each line of the open paragraph starts among its parts. */
  private lineStarts: number[] = [];
  /** Text of the last line of the open paragraph, or null when none is open. */
  private last: string | null = null;
  /** Where the open paragraph's lines stand on a PDF page, when they came from one. */
  private regions: PageRegion[] = [];
  /** Captions that interrupted the open paragraph's sentence: placed after the paragraph. */
  private pending: ParsedBlock[] = [];
  /** fullWidth(items), measured only when a Latin line ends a sentence at a line end: most pages never ask. */
  private measured: number | null = null;
  /** widthBound(items), while the width is not measured. */
  private bound: number | null = null;
  private readonly indentation: boolean;

  constructor(
    private readonly items: readonly BodyItem[],
    private readonly ctx: ReflowContext,
  ) {
    this.indentation = usesIndentation(items);
  }

  private width(): number {
    return (this.measured ??= fullWidth(this.items));
  }

  /**
   * Whether `text` is narrower in ems than `share` of the body's width (and than `least` ems), the width
   * measured only when its bound cannot tell.
   */
  private narrowerThan(text: string, share: number, least: number): boolean {
    const most = Math.max(least, share * (this.measured ?? (this.bound ??= widthBound(this.items))));
    // Capped above the bound, the measure is exact wherever it falls under it.
    const width = ems(text, most + 1);
    if (width >= most) return false;
    return width < least || width < Math.max(least, share * this.width());
  }

  private shouldJoin(a: string, next: BodyLine): boolean {
    const { ctx, indentation } = this;
    const b = next.text;
    const gap = next.gapBefore;
    if (next.opens !== undefined) return !next.opens;
    if (indentation && gap === 0) return next.indent < 1;
    const latinEnd = !isWideCode(a.charCodeAt(a.length - 1));
    if (endsSentence(a)) {
      // A double-spaced dump whose paragraphs open indented: a blank after a full stop is just the line
      // spacing, and a line that does not open indented goes on with the paragraph.
      if (gap >= 1) return indentation && ctx.typicalGap >= 1 && gap <= ctx.typicalGap && next.indent < 1;
      // Gutenberg-style text wraps at a fixed width: a full line that ends a sentence still goes on.
      if (!latinEnd || isWideCode(b.charCodeAt(0))) return false;
      const full = this.width();
      // Lines far wider than any wrap are a paragraph each (text typed or pasted with a paragraph to a line).
      return full >= 25 && full <= MAX_WRAP && ems(a, full + 1) >= 0.8 * full;
    }
    // Text typed a paragraph to a line was never wrapped: a short unfinished line in it heads what follows.
    // The body's width last: most lines answer the cheaper tests, and a body is then never measured.
    if (gap === 0)
      return !(this.parts.length === 1 && this.headingShaped(a, next, latinEnd) && this.width() > MAX_WRAP);
    if (BULLETS.has(b.charCodeAt(0)) || (/[：:]$/.test(a) && ENUMERATOR.test(b))) return false;
    // A photographer's credit closes its caption, though no sentence ends there.
    if (creditsPicture(a)) return false;
    if (this.parts.length === 1 && this.headingShaped(a, next, latinEnd)) return false;
    if (ctx.typicalGap >= 1) return true; // double-spaced dump: blank lines carry no meaning
    // Text with blank lines between paragraphs: an unfinished line before a blank is a column break only when
    // the text plainly goes on.
    if (latinEnd) return isLowerStart(b) || /[,;-]$/.test(a);
    return !indentation || next.indent < 1;
  }

  /**
   * A short line alone after a finished paragraph, a blank line under it and a sentence opening after that: a
   * heading (in Latin script set in sentence case, "A wet autumn for the farms"), not the first line of a
   * paragraph, which fills the column (or, typed a paragraph to a line, runs far longer). A double-spaced
   * dump's blank lines carry no meaning, but its column breaks still leave full-width lines behind.
   */
  private headingShaped(a: string, next: BodyLine, latin: boolean): boolean {
    const b = next.text;
    // A Chinese line cut off inside a sentence has its clauses' commas, a heading has none; and short lines on
    // both sides of the blank are a table's cells.
    const opens = latin
      ? /^[A-Z]/.test(b)
      : isWideCode(b.charCodeAt(0)) && !CLAUSE_MARK.test(a) && !this.cellsApart(a, next);
    return opens && isHeadlineCandidate(a) && this.narrowerThan(a, HEADING_SHARE, 0);
  }

  /**
   * Two short lines with a blank between them in a double-spaced dump, both far narrower than the column: the
   * cells or items of a table or form, kept in one paragraph but never run together (a search for the end of
   * one and the start of the next must not match).
   */
  private cellsApart(a: string, next: BodyLine): boolean {
    if (next.gapBefore < 1) return false;
    // A table's own lines set the body's width when they are all it holds: a cell is short in ems as well.
    return this.narrowerThan(a, CELL_SHARE, CELL_EMS) && this.narrowerThan(next.text, CELL_SHARE, CELL_EMS);
  }

  /**
   * Which line of the open paragraph, a caption by its credit, the caption starts at: the one under the last line
   * that stops short of the line under it (captions.ts), 0 where none does.
   */
  private captionStart(): number {
    const { parts, lineStarts } = this;
    for (let k = lineStarts.length - 1; k >= 1; k--)
      if (stopsShort(parts[lineStarts[k - 1]!] ?? '', parts[lineStarts[k]!] ?? '')) return k;
    return 0;
  }

  private flush(): void {
    const { parts, blocks } = this;
    // A one-line paragraph keeps the line's string as it is (join would copy it).
    if (parts.length > 0) {
      let text = parts.length === 1 ? (parts[0] ?? '') : parts.join('');
      const caption = creditedCaption(text);
      const start = caption ? this.captionStart() : 0;
      if (start > 0) {
        const at = this.lineStarts[start]!;
        // The joint between the two lines (a space, where one was put in) belongs to neither block.
        const end = at - 1 > this.lineStarts[start - 1]! ? at - 1 : at;
        const head: ParsedBlock = { type: 'paragraph', text: parts.slice(0, end).join('') };
        // Where every line stands on a PDF page, the lines above the caption take their regions along.
        if (this.regions.length === this.lineStarts.length) head.regions = this.regions.splice(0, start);
        blocks.push(head);
        text = parts.slice(at).join('');
      }
      const block: ParsedBlock = { type: caption ? 'caption' : 'paragraph', text };
      if (this.regions.length > 0) {
        block.regions = this.regions;
        this.regions = [];
      }
      blocks.push(block);
    }
    // The array is kept for the next paragraph: its text was copied out by join.
    parts.length = 0;
    this.lineStarts.length = 0;
    this.last = null;
    if (this.pending.length > 0) {
      blocks.push(...this.pending);
      this.pending = [];
    }
  }

  run(): ParsedBlock[] {
    const { blocks } = this;
    for (const item of this.items) {
      if (item.kind === 'caption' || item.kind === 'subhead' || item.kind === 'list-item') {
        const block: ParsedBlock = { type: item.kind, text: item.text };
        if (item.regions) block.regions = item.regions;
        // A caption that interrupted a sentence waits for the sentence to end.
        if (item.kind === 'caption' && this.last !== null && !endsSentence(this.last))
          this.pending.push(block);
        else {
          this.flush();
          blocks.push(block);
        }
        continue;
      }
      const parts = this.parts;
      if (this.last !== null && this.shouldJoin(this.last, item)) {
        const j = joint(this.last, item.text, this.ctx.knownWords);
        if (j.dropHyphen) parts[parts.length - 1] = (parts[parts.length - 1] ?? '').slice(0, -1);
        if (j.separator !== '') parts.push(j.separator);
        else if (this.cellsApart(this.last, item)) parts.push(' ');
        this.lineStarts.push(parts.length);
        parts.push(item.text);
      } else {
        this.flush();
        this.lineStarts.push(0);
        this.parts.push(item.text);
      }
      if (item.region) this.regions.push(item.region);
      this.last = item.text;
    }
    this.flush();
    return blocks;
  }
}

/**
 * A paragraph closed by a photographer's or agency's credit is a picture's caption ("… Photograph by Ann Lee",
 * "…（新华社记者 王明 摄）"): no paragraph of the corpora's 22,000 (books included) ends that way. A caption
 * is short; a longer run is body text a caption was run into, and stays a paragraph.
 */
function creditedCaption(text: string): boolean {
  // A credit ends with a name or a bracket, never with a sentence's stop: most paragraphs are answered here.
  if (endsSentence(text)) return false;
  return ems(text, MAX_CAPTION_EMS + 1) <= MAX_CAPTION_EMS && creditsPicture(text);
}
export const MAX_CAPTION_EMS = 150;

export function reflowBody(items: readonly BodyItem[], ctx: ReflowContext): ParsedBlock[] {
  return new BodyReflow(items, ctx).run();
}
