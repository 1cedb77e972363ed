// A Chinese headline's last character can fall outside the headline's lines in an extractor's text: onto a line
// of its own under them ('…公交线' over '路'), or at the head of the dateline that opens the story ('路本报讯 …'
// under '…公交线'). Either way the headline loses its end and something else gains a stray character; it goes
// back to the headline.
import type { ParsedArticle } from '../../../../shared/contract/article';
import { endsSentence, isHanCode } from '../chars';

/** Whether a text is one Han character: the most a headline's last line holds alone. */
export function isLoneHan(text: string): boolean {
  return text.length === 1 && isHanCode(text.charCodeAt(0));
}

/**
 * The articles with a headline's last character taken back from the front of its dateline, where the page prints
 * that dateline without it over another story: a dateline is the same words wherever a page uses it.
 */
export function reclaimDatelineTails(articles: ParsedArticle[]): ParsedArticle[] {
  const datelines = new Set<string>();
  for (const a of articles) if (a.dateline) datelines.add(a.dateline);
  if (datelines.size < 2) return articles;
  return articles.map((a) => {
    const dateline = a.dateline;
    if (!dateline || a.title === '' || endsSentence(a.title)) return a;
    const rest = dateline.slice(1);
    if (!isLoneHan(dateline.slice(0, 1)) || !datelines.has(rest)) return a;
    return { ...a, title: a.title + dateline.slice(0, 1), dateline: rest };
  });
}
