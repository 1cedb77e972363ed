// A Chinese headline wrapped over two lines, its first line read as a kicker over the rest: the line breaks where
// the column ends, inside a word ('…出席二十国集' over '团领导人…'), and a model that sees lines cannot tell that
// from a kicker in smaller type over its title. The story can: a headline's words recur in its text, and a word
// that the break cut in two is found whole there, while a kicker's last word and a title's first are two words
// that meet nowhere else.
import type { ParsedArticle } from '../../../../shared/contract/article';
import { isHanCode } from '../chars';

/** Whether every character of the text is a Han character. */
function allHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isHanCode(text.charCodeAt(i))) return false;
  return text.length > 0;
}

/**
 * Whether three characters across the break between the kicker and the title (two before it and one after, or one
 * before and two after), all Han, stand together in the article's text.
 */
function brokenWord(kicker: string, title: string, text: string): boolean {
  return [kicker.slice(-2) + title.slice(0, 1), kicker.slice(-1) + title.slice(0, 2)].some(
    (across) => across.length === 3 && allHan(across) && text.includes(across),
  );
}

/** The articles with every kicker that is its title's first line joined to the title again. */
export function rejoinTitleHeads(articles: ParsedArticle[]): ParsedArticle[] {
  return articles.map((a) => {
    const kicker = a.kicker?.trim() ?? '';
    const title = a.title.trim();
    if (kicker === '' || title === '') return a;
    const text = a.blocks.map((b) => b.text.replace(/\s+/g, '')).join('');
    return brokenWord(kicker, title, text) ? { ...a, kicker: null, title: kicker + title } : a;
  });
}
