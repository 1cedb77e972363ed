// A headline wrapped over lines, a line of it read as a part of its own: its first line as a kicker over
// the rest, or its last as a subtitle under it. The line breaks where the column ends, inside a word ('全省农机合'
// over '作社抢抓农时'), and a model that sees lines cannot tell that from a kicker or a deck in other type. The
// story can: a headline's words recur in its text, and a word the break cut in two is found whole there, while
// the last word of one part and the first of the next are two words that meet nowhere else.
import type { ParsedArticle } from '../../../../shared/contract/article';
import { allHan } from '../chars';
import { isSpaceCode } from '../lines';

/**
 * Whether three characters across the break between two parts (two before it and one after, or one before and
 * two after), all Han, stand together in the article's text; or, in Latin text, whether the capitalised words on
 * both sides of the break (a name: 'KESTREL BAY' over 'FERRIES TO SELL UNIT') stand together there, any case.
 */
function brokenWord(before: string, after: string, text: Story): boolean {
  const last = before.slice(before.lastIndexOf(' ') + 1);
  const first = after.split(' ', 1)[0] ?? '';
  if (CAPITALISED.test(last) && CAPITALISED.test(first)) return namedInText(`${last} ${first}`, text);
  return [before.slice(-2) + after.slice(0, 1), before.slice(-1) + after.slice(0, 2)].some(
    (across) => across.length === 3 && allHan(across) && text.hasHan(across),
  );
}

/** Whether the two words stand together in the text, in any case but each opening with a capital, as a name does. */
function namedInText(words: string, text: Story): boolean {
  const second = words.indexOf(' ') + 1;
  const lower = words.toLowerCase();
  for (let at = text.lower.indexOf(lower); at >= 0; at = text.lower.indexOf(lower, at + 1))
    if (isUpper(text.spaced.charCodeAt(at)) && isUpper(text.spaced.charCodeAt(at + second))) return true;
  return false;
}

const isUpper = (code: number): boolean => code >= 65 && code <= 90;

/** A Latin word that opens with a capital. */
const CAPITALISED = /^[A-Z][A-Za-z.'’-]*$/;

/**
 * An article's text read without whitespace (Han), and with single spaces as it stands and lowercased (Latin):
 * the Latin readings made when first asked for, as most headlines have no part to check.
 */
class Story {
  private read: { spaced?: string; lower?: string } = {};
  constructor(private readonly article: ParsedArticle) {}

  private get all(): string {
    return this.article.blocks.map((b) => b.text).join(' ');
  }

  /**
   * Whether the text, its blocks run together without whitespace, holds `han` (Han characters only). Read in
   * place from each place the first character stands: the text run together was a copy of the article, made
   * for every headline with a kicker or a subtitle.
   */
  hasHan(han: string): boolean {
    const { blocks } = this.article;
    const first = han.charAt(0);
    for (let b = 0; b < blocks.length; b++) {
      const text = blocks[b]!.text;
      for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1))
        if (this.hanFrom(b, at, han)) return true;
    }
    return false;
  }

  /** Whether `han` stands from block `b`'s character `at` on, whitespace and the breaks between blocks skipped. */
  private hanFrom(b: number, at: number, han: string): boolean {
    const { blocks } = this.article;
    let block = b;
    let i = at;
    for (let k = 0; k < han.length;) {
      const text = blocks[block]?.text;
      if (text === undefined) return false;
      if (i >= text.length) {
        block++;
        i = 0;
        continue;
      }
      const code = text.charCodeAt(i++);
      if (isSpaceCode(code)) continue;
      if (code !== han.charCodeAt(k++)) return false;
    }
    return true;
  }
  get spaced(): string {
    return (this.read.spaced ??= this.all.replace(/\s+/g, ' '));
  }
  get lower(): string {
    return (this.read.lower ??= this.spaced.toLowerCase());
  }
}

/** The parts joined again: Han text runs on, Latin words take a space between. */
const joined = (before: string, after: string): string =>
  /[A-Za-z0-9.,'’)]$/.test(before) && /^[A-Za-z0-9<('‘"“]/.test(after)
    ? `${before} ${after}`
    : before + after;

/**
 * The articles with every kicker that is its title's first line, and every subtitle that is its last, joined to it;
 * as they were in text (`wrapped` false) whose lines no column wrapped.
 */
export function rejoinBrokenTitles(articles: ParsedArticle[], wrapped = true): ParsedArticle[] {
  if (!wrapped) return articles;
  return articles.map((a) => {
    // Most articles have neither part: nothing to trim or read.
    if (a.kicker === null && a.subtitle === null) return a;
    const kicker = a.kicker?.trim() ?? '';
    const subtitle = a.subtitle?.trim() ?? '';
    let title = a.title.trim();
    if (title === '' || (kicker === '' && subtitle === '')) return a;
    const text = new Story(a);
    const head = kicker !== '' && brokenWord(kicker, title, text);
    if (head) title = joined(kicker, title);
    const tail = subtitle !== '' && brokenWord(title, subtitle, text);
    if (tail) title = joined(title, subtitle);
    if (!head && !tail) return a;
    return { ...a, title, kicker: head ? null : a.kicker, subtitle: tail ? null : a.subtitle };
  });
}
