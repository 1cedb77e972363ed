// Labels the line model read as headlines of their own ("Briefing", "COMMERCIAL PAPER", "新闻速览", a paper's name
// over the page): articles that are that line and nothing else. A headline has a story; a label with none under it
// is the kicker of the headline right under it, or, over the page's first text, part of the page's head. The
// assembler makes a lone line over a headline its kicker as it reads (assemble.ts); these labels are the ones left
// standing apart once the passes after it (stories sent home, titles rejoined) have run.
import type { ParsedArticle } from '../../../../shared/contract/article';
import { labelSized } from '../headline';
import { isLatinMasthead } from '../latin-furniture';
import type { PageLines } from '../lines';

/** The articles with each lone label over a headline without a kicker taken in as that headline's kicker. */
export function labelsAsKickers(articles: ParsedArticle[]): ParsedArticle[] {
  // Read from the page's end: of two labels over one headline, the one right over it is its kicker (and the other
  // no kicker of a label).
  const kept: ParsedArticle[] = [];
  for (let i = articles.length - 1; i >= 0; i--) {
    const [label, next] = [articles[i]!, kept.at(-1)];
    const headline = next && next.title !== '' && next.kicker === null && !next.regions && !isLoneLabel(next);
    if (headline && isLoneLabel(label)) kept[kept.length - 1] = { ...next, kicker: label.title };
    else kept.push(label);
  }
  return kept.length === articles.length ? articles : kept.reverse();
}

/**
 * The articles without the page's head read as articles: the lone labels and paper's names before the page's
 * first text go to its furniture (a section's name with the sections, a longer paper's name as the paper), the
 * way the rules file them. Each must be a whole line of the page: a title run together from lines apart is no
 * label, and furniture keeps the page's words as printed. A page of nothing else keeps them as articles.
 */
export function headLabelsAsFurniture(
  articles: ParsedArticle[],
  meta: Record<string, string[]>,
  lines: PageLines,
): ParsedArticle[] {
  let printed: Set<string> | null = null;
  const isLine = (text: string): boolean => {
    if (!printed) {
      printed = new Set();
      for (let i = 0; i < lines.length; i++) printed.add(lines.text(i).trim());
    }
    return printed.has(text);
  };
  let n = 0;
  while (n < articles.length && headLabel(articles[n]!, isLine)) n++;
  if (n === 0 || n === articles.length) return articles;
  for (const { kicker, title } of articles.slice(0, n))
    for (const text of [kicker ?? '', title])
      if (text !== '') (meta[labelSized(text) ? 'sections' : 'paper'] ??= []).push(text);
  return articles.slice(n);
}

/** Whether an article is a headline alone: no text, deck, credit or note under it, and no place on a PDF page. */
function nothingUnder(article: ParsedArticle): boolean {
  const { blocks, subtitle, byline, dateline, regions, notes } = article;
  return (
    blocks.length === 0 &&
    subtitle === null &&
    byline === null &&
    dateline === null &&
    !regions &&
    !notes?.length
  );
}

function isLoneLabel(article: ParsedArticle): boolean {
  const title = article.title.trim();
  return title !== '' && labelSized(title) && article.kicker === null && nothingUnder(article);
}

/** The most words of a paper's name ("The Morning Ledger"): a headline of capitalised words is most often longer. */
const PAPER_WORDS = 3;

function headLabel(article: ParsedArticle, isLine: (text: string) => boolean): boolean {
  const labelLike = (text: string): boolean =>
    text.trim() !== '' &&
    (labelSized(text) || (isLatinMasthead(text) && text.trim().split(/\s+/).length <= PAPER_WORDS)) &&
    isLine(text);
  return (
    nothingUnder(article) &&
    labelLike(article.title) &&
    (article.kicker === null || labelLike(article.kicker))
  );
}
