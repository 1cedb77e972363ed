// The `files` family: several articles one after another as their corpora store them (a title line, then the
// paragraphs), the way a reader collects saved articles into one text file. Nothing is laid out or borrowed:
// no kickers, subheads or captions, only the blank lines between paragraphs and between articles vary. The
// closest family to a corpus's own files, and the plainest test of telling articles apart.
import { splitDateline } from './dateline';
import type { Lang } from './render-text';
import { Dice, rng } from '../support/page-generator';
import type { CorpusPage, GoldenArticle, SourceArticle } from './types';

/** A source article's golden: the title, its credit where the first paragraph opens with one, the paragraphs. */
function goldenOf(source: SourceArticle, lang: Lang): { golden: GoldenArticle; paragraphs: string[] } {
  const paragraphs = source.paragraphs.map((p) => p.trim()).filter(Boolean);
  const golden: GoldenArticle = { title: source.title.trim(), blocks: [] };
  const dl = splitDateline(paragraphs[0] ?? '', lang);
  // A dateline the convention splits off the paragraph is scored; without one no credit field is (the source
  // may name its author elsewhere, which the text does not show).
  if (dl && !dl.bracketed) {
    golden.dateline = dl.dateline;
    if (dl.byline) golden.byline = dl.byline;
  }
  golden.blocks = paragraphs.map((text, i) => ({ type: 'paragraph', text: i === 0 && dl ? dl.rest : text }));
  return { golden, paragraphs };
}

/** `count` pages of 3–6 articles each, chosen and spaced by the page's own seed. */
export function filesPages(
  articles: readonly SourceArticle[],
  lang: Lang,
  seed: number,
  count: number,
): CorpusPage[] {
  const pool = articles.filter((a) => a.lang === lang);
  const pages: CorpusPage[] = [];
  for (let p = 0; p < count && pool.length >= 3; p++) {
    const dice = new Dice(rng(seed + p));
    const chosen = dice.shuffle(pool).slice(0, dice.int(3, Math.min(6, pool.length)));
    const paragraphBreak = dice.pick(['\n', '\n\n']);
    const articleBreak = dice.pick(['\n\n', '\n\n\n']);
    const read = chosen.map((source) => goldenOf(source, lang));
    const text = read.map(({ golden, paragraphs }) => [golden.title, ...paragraphs].join(paragraphBreak));
    pages.push({
      family: 'files',
      lang,
      name: `files-${seed + p}`,
      text: `${text.join(articleBreak)}\n`,
      golden: { source: `files-${seed + p}.txt`, articles: read.map((r) => r.golden) },
    });
  }
  return pages;
}
