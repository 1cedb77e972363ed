// Small helpers the page layouts share: seeded choices, HTML escaping, and real text borrowed from the articles a
// page does not print, so that kickers, subtitles, subheads and captions are never invented words.
import type { Lang, SourceArticle } from './types';
import { splitDateline } from './dateline';
import { Dice } from '../support/page-generator';

export { Dice };

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type { Lang };

/** Length bounds (in characters) for each kind of borrowed line; Chinese packs about three times the sense. */
const BOUNDS: Record<Lang, Record<BorrowKind, [number, number]>> = {
  zh: { headline: [8, 28], caption: [12, 60] },
  en: { headline: [24, 90], caption: [40, 160] },
};
export type BorrowKind = 'headline' | 'caption';

/**
 * A paragraph's sentences. An English sentence ends at a stop followed by a space and a capital, figure or
 * quote, and not at an initial or a short abbreviation ("U.S. Firms", "Mr. Smith"); a stop inside a figure
 * (3.3 pct) ends nothing, so no sentence starts in the middle of a number.
 */
export function sentences(paragraph: string, lang: Lang): string[] {
  if (lang === 'zh') return (paragraph.match(/[^。！？]+[。！？]+[”’」』]?/g) ?? []).map((s) => s.trim());
  const out: string[] = [];
  let start = 0;
  for (const m of paragraph.matchAll(/[.!?]+["'”’)]?\s+(?=["“‘(]?[A-Z0-9])/g)) {
    const end = m.index + m[0].length;
    if (ABBREVIATION.test(paragraph.slice(Math.max(start, m.index - 6), m.index + 1))) continue;
    out.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const last = paragraph.slice(start).trim();
  if (/[.!?]["'”’)]?$/.test(last)) out.push(last);
  return out;
}
const ABBREVIATION = /(?:^|[\s.(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|No|Co|Corp|Inc|Ltd|Gov|Gen|Rep|Sen|vs)\.$/;

/**
 * Titles and sentences of unprinted articles, each handed out once. Headlines (kicker, subtitle, subhead) take a
 * title or a short sentence without its closing stop, as desks trim them; captions take a whole sentence.
 */
export class TextPool {
  private readonly used = new Set<string>();
  private readonly headlines: string[];
  private readonly captions: string[];

  constructor(articles: readonly SourceArticle[], lang: Lang, dice: Dice) {
    const fits = (s: string, kind: BorrowKind) => {
      const [lo, hi] = BOUNDS[lang][kind];
      return s.length >= lo && s.length <= hi && !/[\n\t]/.test(s);
    };
    // A story's opening sentence without its dateline: a caption or deck never starts with 新华社北京1月5日电.
    const said = articles.flatMap((a) =>
      a.paragraphs.flatMap((p) => sentences(splitDateline(p, lang)?.rest ?? p, lang)),
    );
    const stripped = said.map((s) => s.replace(/[。！？.!?]+$/, '')).filter((s) => !/["“”‘’「」]/.test(s));
    this.headlines = dice.shuffle([
      ...articles.map((a) => a.title).filter((t) => fits(t, 'headline')),
      ...stripped.filter((s) => fits(s, 'headline')),
    ]);
    this.captions = dice.shuffle(said.filter((s) => fits(s, 'caption')));
  }

  take(kind: BorrowKind): string | undefined {
    const list = kind === 'headline' ? this.headlines : this.captions;
    for (;;) {
      const text = list.pop();
      if (text === undefined) return undefined;
      if (this.used.has(text)) continue;
      this.used.add(text);
      return text;
    }
  }
}
