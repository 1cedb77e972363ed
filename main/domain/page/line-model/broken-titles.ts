// A Chinese headline wrapped over lines, a line of it read as a part of its own: its first line as a kicker over
// the rest, or its last as a subtitle under it. The line breaks where the column ends, inside a word ('…出席二十国集'
// over '团领导人…'), and a model that sees lines cannot tell that from a kicker or a deck in other type. The
// story can: a headline's words recur in its text, and a word the break cut in two is found whole there, while
// the last word of one part and the first of the next are two words that meet nowhere else.
import type { ParsedArticle } from '../../../../shared/contract/article';
import { isHanCode } from '../chars';

/** Whether every character of the text is a Han character. */
function allHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/**
 * Whether three characters across the break between two parts (two before it and one after, or one before and
 * two after), all Han, stand together in the article's text.
 */
function brokenWord(before: string, after: string, text: string): boolean {
  return [before.slice(-2) + after.slice(0, 1), before.slice(-1) + after.slice(0, 2)].some(
    (across) => across.length === 3 && allHan(across) && text.includes(across),
  );
}

/** The articles with every kicker that is its title's first line, and every subtitle that is its last, joined to it. */
export function rejoinBrokenTitles(articles: ParsedArticle[]): ParsedArticle[] {
  return articles.map((a) => {
    const [kicker, subtitle] = [a.kicker?.trim() ?? '', a.subtitle?.trim() ?? ''];
    let title = a.title.trim();
    if (title === '' || (kicker === '' && subtitle === '')) return a;
    const text = a.blocks.map((b) => b.text.replace(/\s+/g, '')).join('');
    const head = kicker !== '' && brokenWord(kicker, title, text);
    if (head) title = kicker + title;
    const tail = subtitle !== '' && brokenWord(title, subtitle, text);
    if (tail) title += subtitle;
    if (!head && !tail) return a;
    return { ...a, title, kicker: head ? null : a.kicker, subtitle: tail ? null : a.subtitle };
  });
}
