// Markup and type for printed articles. Every block carries its id (data-b) and every article its index (data-a)
// so the fitter can trim what does not fit and the golden can follow exactly.
import type { PrintedArticle, PrintedBlock } from './render-article';
import { escapeHtml, type Dice, type Lang } from './render-text';

/** A paper size in millimetres and in CSS pixels: what Chromium prints and the fitter measures against. */
export interface Sheet {
  name: 'A3' | 'A4' | 'broadsheet';
  widthMm: number;
  heightMm: number;
  widthPx: number;
  heightPx: number;
}
export const SHEETS: Record<Sheet['name'], Sheet> = {
  A3: { name: 'A3', widthMm: 297, heightMm: 420, widthPx: 1122, heightPx: 1587 },
  A4: { name: 'A4', widthMm: 210, heightMm: 297, widthPx: 793, heightPx: 1122 },
  // A Chinese daily's full sheet (对开), for the benchmark's page of some 8,000 characters.
  broadsheet: { name: 'broadsheet', widthMm: 390, heightMm: 545, widthPx: 1474, heightPx: 2060 },
};

export interface Look {
  /** Text columns inside the article. */
  cols: number;
  titlePx: number;
  bodyPx: number;
  boxed?: boolean;
  centered?: boolean;
  /** Zh kickers end in ——, subtitles start with it, on some papers. */
  dashes?: boolean;
  photoPx?: number;
}

const FONTS: Record<Lang, { body: string; head: string }> = {
  zh: { body: "'Noto Serif CJK SC', serif", head: "'Noto Sans CJK SC', sans-serif" },
  en: {
    body: "'Liberation Serif', 'DejaVu Serif', serif",
    head: "'Liberation Sans', 'DejaVu Sans', sans-serif",
  },
};

export function pageCss(lang: Lang, dice: Dice, sheet: Sheet): string {
  const f = FONTS[lang];
  const headFont = dice.chance(0.5) ? f.head : f.body;
  const indent = lang === 'zh' ? 'text-indent: 2em;' : 'text-indent: 1em;';
  return `
@page { size: ${sheet.widthMm}mm ${sheet.heightMm}mm; margin: 0; }
* { box-sizing: border-box; margin: 0; padding: 0; }
html, body { width: ${sheet.widthPx}px; }
body { font-family: ${f.body}; color: #111; }
.page { width: ${sheet.widthPx}px; padding: ${dice.int(30, 44)}px ${dice.int(30, 44)}px; }
header, footer, .section-label { flex: none; }
.runhead { display: flex; justify-content: space-between; border-bottom: 2px solid #222; padding-bottom: 4px;
  margin-bottom: 10px; font-family: ${f.head}; font-size: 12px; }
.runhead .rh-paper { font-weight: bold; }
.masthead { text-align: center; border-bottom: 3px double #222; margin-bottom: 12px; padding-bottom: 6px; }
.nameplate { font-family: ${f.head}; font-weight: 900; font-size: ${Math.round((dice.int(54, 76) * sheet.widthPx) / 1122)}px; letter-spacing: 0.08em; }
.strip { display: flex; justify-content: space-between; font-size: 13px; border-top: 1px solid #222; padding-top: 4px; }
.pagefoot { display: flex; justify-content: space-between; border-top: 1px solid #222; margin-top: 8px;
  padding-top: 3px; font-size: 11px; }
.page { height: ${sheet.heightPx - 1}px; overflow: hidden; display: flex; flex-direction: column; }
.band { display: flex; gap: ${dice.int(30, 44)}px; margin-bottom: 14px; min-height: 0; flex-basis: 0; }
.slot { min-width: 0; flex-basis: 0; overflow: hidden; display: flex; flex-direction: column; gap: 12px; }
.slot > article + article { border-top: 1px solid #555; padding-top: 10px; }
.rule-left { border-left: 1px solid #555; padding-left: 12px; }
article.boxed { border: 1.5px solid #333; padding: 10px 12px; }
.kicker { font-size: 0.55em; margin-bottom: 4px; font-weight: normal; }
.title { font-family: ${headFont}; font-weight: bold; line-height: 1.2; }
.subtitle { font-size: 0.55em; margin-top: 4px; font-weight: normal; }
.headline.centered { text-align: center; }
.byline { font-size: 0.9em; margin: 6px 0 8px; font-family: ${f.head}; }
.body { column-gap: ${dice.int(16, 24) / 10}em; column-rule: 1px solid #bbb; text-align: justify; line-height: ${lang === 'zh' ? 1.55 : 1.35}; }
.body .p { overflow-wrap: break-word; ${indent} margin-bottom: ${lang === 'zh' ? 0 : 2}px; }
.body h3 { font-family: ${f.head}; font-size: 1.05em; margin: 8px 0 4px; break-after: avoid; }
figure { break-inside: avoid; margin: 6px 0 8px; }
figure.wide { column-span: all; }
.photo { background: #b9b9b9; width: 100%; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
figcaption { font-family: ${f.head}; font-size: 0.85em; line-height: 1.35; margin-top: 3px; color: #222; }
.section-label { font-family: ${f.head}; font-weight: bold; font-size: 17px; border-bottom: 2px solid #222;
  margin-bottom: 10px; padding-bottom: 2px; }
`;
}

/**
 * How a site marks its paragraphs up: `<p>`, or `<div>` blocks as many sites' templates do. They print alike; a
 * browser copies a `<p>` with a blank line on either side, a `<div>` with a line break only, so that text copied
 * from such a page runs its paragraphs on line after line.
 */
export type ParagraphMarkup = 'p' | 'div';

function block(b: PrintedBlock, look: Look, wide: boolean, markup: ParagraphMarkup): string {
  const id = `data-b="${b.id}"`;
  if (b.type === 'subhead') return `<h3 ${id}>${escapeHtml(b.text)}</h3>`;
  if (b.type === 'caption') {
    const h = look.photoPx ?? 160;
    return `<figure ${id}${wide ? ' class="wide"' : ''}><div class="photo" style="height:${h}px"></div><figcaption>${escapeHtml(b.text)}</figcaption></figure>`;
  }
  const text = escapeHtml(b.shown ?? b.text);
  return `<${markup} class="p" ${id}>${text}</${markup}>`;
}

export function articleHtml(
  art: PrintedArticle,
  index: number,
  look: Look,
  lang: Lang,
  markup: ParagraphMarkup,
): string {
  const dash = lang === 'zh' && look.dashes;
  const kicker = art.kicker ? `<div class="kicker">${escapeHtml(art.kicker)}${dash ? '——' : ''}</div>` : '';
  const subtitle = art.subtitle
    ? `<div class="subtitle">${dash ? '——' : ''}${escapeHtml(art.subtitle)}</div>`
    : '';
  const head = `<div class="headline${look.centered ? ' centered' : ''}" style="font-size:${look.titlePx}px">${kicker}<h2 class="title">${escapeHtml(art.title)}</h2>${subtitle}</div>`;
  const byline = art.byline
    ? `<div class="byline" style="font-size:${look.bodyPx}px">${escapeHtml(art.byline)}</div>`
    : '';
  const body = art.blocks.map((b, i) =>
    block(b, look, i === 0 && b.type === 'caption' && look.cols > 1, markup),
  );
  const bodyStyle = `column-count:${look.cols};font-size:${look.bodyPx}px`;
  return `<article data-a="${index}"${look.boxed ? ' class="boxed"' : ''}>${head}${byline}<div class="body" style="${bodyStyle}">${body.join('')}</div></article>`;
}

export function sectionLabel(name: string, lang: Lang): string {
  return `<div class="section-label">${lang === 'zh' ? '■ ' : ''}${escapeHtml(name)}</div>`;
}

export function documentHtml(lang: Lang, css: string, page: string): string {
  return `<!doctype html><html lang="${lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><style>${css}</style></head><body><div class="page">${page}</div></body></html>`;
}
