// Lays real articles out as one newspaper page: a seeded choice of design, articles and furniture, giving the HTML
// to print and, once the fitter has cut the copy to length, the golden of exactly what the page shows.
import { rng } from '../support/page-generator';
import { goldenOf, printArticle, type PrintedArticle } from './render-article';
import { furniture } from './render-furniture';
import { articleHtml, documentHtml, pageCss, SHEETS, type ParagraphMarkup, type Sheet } from './render-html';
import { budgetFor, STYLE_SPECS, STYLES, type Placer, type StyleName } from './render-styles';
import { HEADLINE_CASES } from './recase';
import { Dice, TextPool, type Lang } from './render-text';
import type { GoldenPage, SourceArticle } from './types';

export interface LaidOutPage {
  /** `<style>-<seed>`. */
  name: string;
  style: StyleName;
  sheet: Sheet;
  html: string;
  articles: PrintedArticle[];
  sections: boolean;
}

/** What the fitter left on the page: article indexes (data-a) and block ids (data-b). */
export interface FitResult {
  articles: ReadonlySet<number>;
  blocks: ReadonlySet<string>;
}

const HOUSE_STYLE_SEED = 0x5eed;
const CREDIT_SEED = 0xc4ed;
const MARKUP_SEED = 0xd1f;
/** Of the sites that show the pages, the share that mark paragraphs up as `<div>` blocks. */
const DIV_PARAGRAPHS = 0.4;
/** Of the stories on a page, the share printed without dateline or byline. */
const UNCREDITED = 0.2;

export function layoutPage(
  sources: readonly SourceArticle[],
  opts: { lang: Lang; seed: number; style?: StyleName; sheet?: Sheet['name']; markup?: ParagraphMarkup },
): LaidOutPage {
  const { lang, seed } = opts;
  const dice = new Dice(rng(seed));
  const usable = sources.filter(
    (a) => a.lang === lang && a.title.trim() && a.paragraphs.some((p) => p.trim()),
  );
  const style = opts.style ?? dice.pick(STYLES);
  const spec = STYLE_SPECS[style];
  // Short stories on a broadsheet would leave it half white: they go on A4, fewer to a page, as small papers print.
  const mean = usable.reduce((n, a) => n + a.paragraphs.join('').length, 0) / Math.max(1, usable.length);
  const small = mean * spec.articles[1] < budgetFor(lang, 13, { w: 1, h: 1 }, SHEETS.A3) / 4;
  const sheet = opts.sheet ? SHEETS[opts.sheet] : small ? SHEETS.A4 : SHEETS.A3;
  const [lo, hi] = small ? [spec.articles[0], Math.min(5, spec.articles[1])] : spec.articles;
  // Keep a few articles unprinted: their titles and sentences supply kickers, subtitles, subheads and captions.
  const count = Math.min(dice.int(lo, hi), usable.length - 2);
  if (count < lo) throw new Error(`${style} needs ${lo + 2} ${lang} articles, got ${usable.length}`);
  const order = dice.shuffle(usable);
  const queue = order.slice(0, count);
  const pool = new TextPool(order.slice(count), lang, dice);
  // The paper's house style, drawn apart from the layout's choices so that the layout stays the seed's own.
  const headlines = lang === 'en' ? new Dice(rng(seed + HOUSE_STYLE_SEED)).pick(HEADLINE_CASES) : 'source';
  // Which stories go uncredited, and how the site marks paragraphs up, are drawn apart too, for the same reason.
  const credits = new Dice(rng(seed + CREDIT_SEED));
  const markup = opts.markup ?? (new Dice(rng(seed + MARKUP_SEED)).chance(DIV_PARAGRAPHS) ? 'div' : 'p');

  const printed: PrintedArticle[] = [];
  const placer: Placer = {
    lang,
    dice,
    furniture: furniture(lang, dice),
    sheet,
    put(look, articleOpts, area, section) {
      const source = queue[printed.length];
      if (!source) throw new Error(`${style} placed more articles than it asked for`);
      const index = printed.length;
      const budget = budgetFor(lang, look.bodyPx, area, sheet);
      // Display type shrinks with the paper; body type stays readable.
      if (sheet.name === 'A4') {
        look = { ...look, titlePx: Math.round(look.titlePx * 0.75) };
        if (look.photoPx) look.photoPx = Math.round(look.photoPx * 0.6);
      }
      const art = printArticle(
        source,
        lang,
        { ...articleOpts, budget, headlines, credits: !credits.chance(UNCREDITED) },
        pool,
        dice,
        String(index),
      );
      if (section !== undefined) art.section = section;
      printed.push(art);
      return articleHtml(art, index, look, lang, markup);
    },
  };
  const body = spec.build(placer, count);
  const html = documentHtml(lang, pageCss(lang, dice, sheet), body);
  return { name: `${style}-${seed}`, style, sheet, html, articles: printed, sections: spec.sections };
}

/** The golden of the page as fitted: articles the fitter dropped are gone, trimmed ones keep what still shows. */
export function goldenPage(page: LaidOutPage, fit: FitResult): GoldenPage {
  return {
    source: `${page.name}.txt`,
    articles: page.articles
      .filter((_, i) => fit.articles.has(i))
      .map((a) => goldenOf(a, fit.blocks, page.sections)),
  };
}
