// Pull quotes: a sentence lifted from an article's text and set large inside its columns. Read as headlines by
// their size, they would open an article of their own in the middle of another.
import type { Typed } from './roles';
import { xOverlapShare } from './geometry';

/**
 * One quotation whole: the mark that opens it closes it only at the end (a full stop may follow), so that a
 * headline opening and ending with quoted words ("“人民科学家”……打造“千里眼”") is not one.
 */
const QUOTED = /^(?:“[^”]*”|"[^"]*"|「[^」]*」|『[^』]*』|‘[^’]*’)[。.]?$/u;
/** How far above and below a pull quote its column's text stands, in ems of the quote's type. */
const PULL_GAP_EMS = 2;

/**
 * A quotation set large inside a column, with text right above it and right below it, or only above it (it ends
 * the column), or only below it and level with it in the columns on both sides (it tops the column), is a pull
 * quote lifted from an article's text, not the headline of an article of its own: it is read as a caption. Being
 * lifted, it repeats the text's words (most of its pairs of words, or of Chinese characters, stand in the page's
 * text), which a stacked story's quoted headline, its story's text under it, mostly does not.
 */
export function pullQuotes(typed: Typed[]): Typed[] {
  const text = typed.filter((t) => t.role === 'body');
  const near = (t: Typed, o: Typed, above: boolean): boolean => {
    const gap = above ? t.block.y0 - o.block.y1 : o.block.y0 - t.block.y1;
    return gap >= -1 && gap <= PULL_GAP_EMS * t.block.size && xOverlapShare(o.block, t.block) > 0.5;
  };
  const beside = (t: Typed, o: Typed, left: boolean): boolean =>
    o.block.y0 <= t.block.y0 &&
    o.block.y1 >= t.block.y1 &&
    (left ? o.block.x1 <= t.block.x0 : o.block.x0 >= t.block.x1) &&
    Math.abs(left ? t.block.x0 - o.block.x1 : o.block.x0 - t.block.x1) <= PULL_GAP_EMS * t.block.size;
  const inText = (t: Typed): boolean => {
    const [above, below] = [text.some((o) => near(t, o, true)), text.some((o) => near(t, o, false))];
    // A headline has its article's text under it: a quote ending its column has nothing there.
    if (above && !typed.some((o) => o !== t && o.role !== 'caption' && near(t, o, false))) return true;
    return (
      below && (above || (text.some((o) => beside(t, o, true)) && text.some((o) => beside(t, o, false))))
    );
  };
  let words: Set<string> | null = null;
  const repeats = (t: Typed): boolean => {
    words ??= grams(text.map((o) => o.text).join('\n'));
    const own = grams(t.text);
    let shared = 0;
    for (const g of own) if (words.has(g)) shared++;
    return own.size > 0 && shared >= REPEATED_SHARE * own.size;
  };
  return typed.map((t) =>
    t.role === 'headline' && QUOTED.test(t.text.trim()) && inText(t) && repeats(t)
      ? { ...t, role: 'caption' }
      : t,
  );
}

/** Share of a pull quote's pairs of words or characters that stand in the page's text. */
const REPEATED_SHARE = 0.5;

/** Lowercased pairs of neighbouring words, and pairs of neighbouring Han characters. */
function grams(text: string): Set<string> {
  const out = new Set<string>();
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  const han = text.match(/\p{Script=Han}+/gu) ?? [];
  for (const run of han) for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i, i + 2));
  return out;
}
