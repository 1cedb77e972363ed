// The page designs. Each cuts the sheet into bands (rows) of slots (fixed boxes) and fills every slot with more
// text than it holds; the fitter then trims from the bottom of each slot, as a sub-editor cuts copy to length.
import type { StyleOptions } from './render-article';
import { footer, masthead, runningHead, SECTIONS, type Furniture } from './render-furniture';
import { sectionLabel, type Look, type Sheet } from './render-html';
import type { Dice, Lang } from './render-text';

export type StyleName = 'broadsheet' | 'boxes' | 'tabloid' | 'rail';
export const STYLES: readonly StyleName[] = ['broadsheet', 'boxes', 'tabloid', 'rail'];

/** What a style asks of the page: articles in reading order, each with its look, options and section. */
export interface Placer {
  lang: Lang;
  dice: Dice;
  furniture: Furniture;
  sheet: Sheet;
  /** Prints the next source article into a slot and returns its markup. */
  put(look: Look, opts: StyleOptions, area: Area, section?: string): string;
}

/** A slot's share of the sheet, to size the text offered: fraction of the text width and of the text height. */
export interface Area {
  w: number;
  h: number;
}

export interface StyleSpec {
  /** Articles the design holds, fewest to most. */
  articles: [number, number];
  /** Whether the design prints section labels (then every golden article says its section). */
  sections: boolean;
  build(p: Placer, count: number): string;
}

/**
 * Characters a box holds at a body size, then half as much again so the fitter always has copy to cut. The text
 * area is the sheet less margins and furniture, roughly: the budget wants a size, not a measurement.
 */
export function budgetFor(lang: Lang, bodyPx: number, area: Area, sheet: Sheet): number {
  const lines = (area.h * (sheet.heightPx - 160)) / (bodyPx * (lang === 'zh' ? 1.55 : 1.35));
  const perLine = (area.w * (sheet.widthPx - 80)) / (bodyPx * (lang === 'zh' ? 1 : 0.47));
  return Math.round(lines * perLine * 1.5);
}

const band = (weight: number, slots: string[]) =>
  `<div class="band" style="flex-grow:${weight}">${slots.join('')}</div>`;
const slot = (span: number, inner: string, ruled = false) =>
  `<div class="slot${ruled ? ' rule-left' : ''}" style="flex-grow:${span}">${inner}</div>`;

/** Splits `n` articles over `slots` slots, as evenly as the count allows. */
function spread(n: number, slots: number): number[] {
  return Array.from({ length: slots }, (_, i) => Math.floor(n / slots) + (i < n % slots ? 1 : 0));
}

function titleOpts(d: Dice, lead: boolean): StyleOptions {
  return {
    kicker: d.chance(lead ? 0.6 : 0.2),
    subtitle: d.chance(lead ? 0.4 : 0.15),
    leadPhoto: lead && d.chance(0.5),
    photos: d.chance(lead ? 0.4 : 0.15) ? 1 : 0,
  };
}

/** Inside page of a broadsheet: a lead across most columns, a side stack, and a row of smaller stories. */
const broadsheet: StyleSpec = {
  articles: [3, 7],
  sections: false,
  build(p, count) {
    const d = p.dice;
    const cols = p.sheet.name !== 'A4' ? d.int(5, 8) : d.int(4, 5);
    const sideCols = d.int(1, 2);
    // A full broadsheet sets its body in 小五 (9 pt) or smaller.
    const bodyPx = p.sheet.name === 'broadsheet' ? d.int(11, 12) : d.int(12, 14);
    const top = d.int(50, 65) / 100;
    const sideN = Math.min(count - 1, d.int(1, 2));
    const rest = count - 1 - sideN;
    const leadLook: Look = { cols: cols - sideCols, titlePx: d.int(30, 42), bodyPx, dashes: d.chance(0.6) };
    const lead = p.put(leadLook, titleOpts(d, true), { w: (cols - sideCols) / cols, h: top });
    const side = Array.from({ length: sideN }, () =>
      p.put({ cols: sideCols, titlePx: d.int(18, 23), bodyPx, dashes: true }, titleOpts(d, false), {
        w: sideCols / cols,
        h: top / sideN,
      }),
    );
    const bands = [band(top * 100, [slot(cols - sideCols, lead), slot(sideCols, side.join(''), true)])];
    if (rest > 0) {
      const slots = Math.min(rest, Math.max(2, Math.floor(cols / 2)));
      const per = spread(rest, slots);
      const spans = spread(cols, slots);
      bands.push(
        band(
          (1 - top) * 100,
          per.map((n, i) => {
            const span = spans[i] ?? 1;
            const inner = Array.from({ length: n }, () =>
              p.put({ cols: span, titlePx: d.int(20, 26), bodyPx, dashes: true }, titleOpts(d, false), {
                w: span / cols,
                h: (1 - top) / n,
              }),
            );
            return slot(span, inner.join(''), i > 0);
          }),
        ),
      );
    }
    return runningHead(p.furniture, d) + bands.join('') + (d.chance(0.4) ? footer(p.furniture) : '');
  },
};

/** Boxed stories two or three to a row under section labels, the way regional and party papers set news briefs. */
const boxes: StyleSpec = {
  articles: [4, 7],
  sections: true,
  build(p, count) {
    const d = p.dice;
    const bodyPx = d.int(12, 15);
    const rows = p.sheet.name === 'A4' ? Math.ceil(count / 2) : count >= 6 ? 3 : 2;
    const perRow = spread(count, rows);
    const names = d.shuffle(SECTIONS[p.lang]);
    const centered = d.chance(0.5);
    let section = names[0] ?? '';
    let html = runningHead(p.furniture, d);
    for (const [r, n] of perRow.entries()) {
      const labelled = r === 0 || d.chance(0.4);
      if (r > 0 && labelled) section = names[r] ?? section;
      if (labelled) html += sectionLabel(section, p.lang);
      const inner = Array.from({ length: n }, () => {
        const cols = n === 1 ? d.int(3, 4) : n === 2 ? d.int(1, 2) : 1;
        const look: Look = {
          cols,
          titlePx: d.int(19, 26),
          bodyPx,
          boxed: true,
          centered,
          dashes: d.chance(0.5),
        };
        return slot(1, p.put(look, titleOpts(d, r === 0), { w: 1 / n, h: 1 / rows }, section));
      });
      html += band(d.int(8, 12), inner);
    }
    return html;
  },
};

/** A tabloid front: nameplate, one story under a wide photo across the page, a few stories below it. */
const tabloid: StyleSpec = {
  articles: [3, 5],
  sections: false,
  build(p, count) {
    const d = p.dice;
    const bodyPx = d.int(13, 16);
    const top = d.int(55, 68) / 100;
    const leadLook: Look = {
      cols: p.sheet.name !== 'A4' ? d.int(3, 4) : d.int(2, 3),
      titlePx: d.int(40, 56),
      bodyPx,
      centered: d.chance(0.5),
      photoPx: d.int(260, 380),
    };
    const lead = p.put(leadLook, { ...titleOpts(d, true), leadPhoto: true }, { w: 1, h: top * 0.6 });
    const others = Array.from({ length: count - 1 }, (_, i) =>
      slot(
        1,
        p.put({ cols: 1, titlePx: d.int(20, 26), bodyPx: bodyPx - 1 }, titleOpts(d, false), {
          w: 1 / (count - 1),
          h: 1 - top,
        }),
        i > 0,
      ),
    );
    return masthead(p.furniture, d) + band(top * 100, [slot(1, lead)]) + band((1 - top) * 100, others);
  },
};

/** Two main stories and a narrow rail of briefs at the right under a label of its own. */
const rail: StyleSpec = {
  articles: [5, 7],
  sections: true,
  build(p, count) {
    const d = p.dice;
    const bodyPx = d.int(12, 14);
    const railW = d.int(20, 26) / 100;
    const briefs = count - 2;
    const mainCols = p.sheet.name !== 'A4' ? d.int(3, 5) : d.int(2, 3);
    const main = [0.55, 0.45].map((h, i) =>
      p.put(
        {
          cols: mainCols,
          titlePx: d.int(i === 0 ? 32 : 24, i === 0 ? 40 : 30),
          bodyPx,
          dashes: d.chance(0.5),
        },
        titleOpts(d, i === 0),
        { w: 1 - railW, h },
      ),
    );
    const label = d.pick(p.lang === 'zh' ? ['简讯', '新闻速递', '短讯'] : ['In Brief', 'Briefly', 'Roundup']);
    const items = Array.from({ length: briefs }, () =>
      p.put(
        { cols: 1, titlePx: d.int(15, 18), bodyPx: bodyPx - 1 },
        { kicker: false, subtitle: false, leadPhoto: false, photos: 0 },
        { w: railW, h: 1 / briefs },
        label,
      ),
    );
    const railSlot = slot(railW * 100, sectionLabel(label, p.lang) + items.join(''), true);
    const body = `<div class="band" style="flex-grow:1"><div class="slot" style="flex-grow:${(1 - railW) * 100}">${main.join('')}</div>${railSlot}</div>`;
    return runningHead(p.furniture, d) + body;
  },
};

export const STYLE_SPECS: Record<StyleName, StyleSpec> = { broadsheet, boxes, tabloid, rail };
