// The kinds of edit in the corpus (anchoring-edits.ts), each made on one article around one quote, with real
// prose from the other articles of its language where an edit writes text.
import { normalizeText } from '../../main/domain/anchoring/index.js';
import type { SourceArticle } from '../corpus/types';
import { splice } from './anchoring-edit-origins';
import type { Change, Segment, Span } from './anchoring-edit-origins';
import type { Dice } from './page-generator';

export const EDIT_KINDS = [
  'insert inside',
  'partial delete',
  'typo',
  'both contexts',
  'elsewhere',
  'paragraph moved',
  'quote deleted',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** Text and material for edits drawn from the other articles of the same language (real prose, not the quote's). */
export interface Article {
  readonly lang: SourceArticle['lang'];
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
}
export interface Material {
  readonly sentences: readonly string[];
  /** English words, or single Han characters. */
  readonly words: readonly string[];
}

/** Edits "elsewhere" keep this far from the quote: beyond the 32 units of context it stores. */
const ELSEWHERE_DISTANCE = 40;
export const PARAGRAPH_BREAK = '\n\n';
export const VISIBLE = /\S/u;
const LATIN_WORD = /[A-Za-z0-9]/u;

/** The edited text as the ways of reading it (see EditCase.origins), or null when the article offers nothing. */
type Edit = (d: Dice, article: Article, material: Material, quote: Span) => Segment[][] | null;

export const EDITS: Readonly<Record<EditKind, Edit>> = {
  'insert inside': (d, article, material, quote) => {
    const inside = (at: number) => at > quote.start && at < quote.end;
    const sentenceStarts = article.sentences.map((s) => s.start).filter(inside);
    const anywhere = rangeOf(quote.start + 1, quote.end).filter((at) =>
      article.lang === 'en'
        ? /\s/u.test(article.text[at - 1]!) && VISIBLE.test(article.text[at]!)
        : VISIBLE.test(article.text[at - 1]!) && VISIBLE.test(article.text[at]!),
    );
    const choices = sentenceStarts.length > 0 && d.chance(0.5) ? sentenceStarts : anywhere;
    if (choices.length === 0) return null;
    const at = d.pick(choices);
    const sentence = d.pick(material.sentences);
    return splice(article.text, [{ start: at, end: at, by: spaced(article, sentence) }]);
  },
  'partial delete': (d, article, _material, quote) => {
    const units = deletableUnits(article, quote);
    const visible = visibleCount(article.text, quote);
    const wanted = Math.max(1, Math.round(visible * (0.01 + 0.49 * d.next())));
    const limit = Math.floor(visible / 2);
    const where = d.pick(['start', 'middle', 'end'] as const);
    let first = where === 'start' ? 0 : where === 'end' ? units.length - 1 : d.int(0, units.length - 1);
    let last = first;
    const size = () => visibleCount(article.text, { start: units[first]!.start, end: units[last]!.end });
    if (units.length === 0 || size() > limit) return null;
    while (size() < wanted) {
      const grow = where === 'end' ? first - 1 : last + 1;
      if (!units[grow]) break;
      if (where === 'end') first = grow;
      else last = grow;
      if (size() > limit) {
        if (where === 'end') first++;
        else last--;
        break;
      }
    }
    let end = units[last]!.end;
    // An English word goes with the spaces after it, as an editor deletes it.
    if (article.lang === 'en') while (article.text[end] === ' ') end++;
    return splice(article.text, [{ start: units[first]!.start, end, by: '' }]);
  },
  typo: (d, article, material, quote) => {
    const letter = article.lang === 'en' ? /[A-Za-z]/u : /\p{Script=Han}/u;
    const visible = rangeOf(quote.start, quote.end).filter((at) => VISIBLE.test(article.text[at]!));
    const choices = visible.slice(1, -1).filter((at) => letter.test(article.text[at]!));
    if (choices.length === 0) return null;
    const at = d.pick(choices);
    const old = article.text[at]!;
    const other = (): string => {
      if (article.lang === 'zh') return d.pick(material.words);
      const replacement = String.fromCharCode(97 + d.int(0, 25));
      return old === old.toUpperCase() ? replacement.toUpperCase() : replacement;
    };
    let by = other();
    while (by.toLowerCase() === old.toLowerCase()) by = other();
    return splice(article.text, [{ start: at, end: at + 1, by }]);
  },
  'both contexts': (d, article, material, quote) => {
    const before = contextEdit(d, article, material, quote, 'before');
    const after = contextEdit(d, article, material, quote, 'after');
    return before && after ? splice(article.text, [before, after]) : null;
  },
  elsewhere: (d, article, material, quote) => {
    const far = article.sentences.filter(
      (s) => s.end <= quote.start - ELSEWHERE_DISTANCE || s.start >= quote.end + ELSEWHERE_DISTANCE,
    );
    if (far.length === 0) return null;
    const sentence = d.pick(far);
    const replacement = d.pick(material.sentences);
    const change = d.pick([
      { ...sentence, by: '' },
      { start: sentence.start, end: sentence.start, by: spaced(article, replacement) },
      { ...sentence, by: replacement },
    ]);
    return splice(article.text, [change]);
  },
  'paragraph moved': (d, article, _material, quote) => {
    const count = article.paragraphs.length;
    // A quote the article holds twice (a form's label repeated as its value) moves with whichever copy the
    // reader takes for the moved one: no right answer.
    const folded = normalizeText(article.text).text;
    const words = normalizeText(article.text.slice(quote.start, quote.end)).text;
    if (count < 2 || folded.indexOf(words) !== folded.lastIndexOf(words)) return null;
    const own = article.paragraphs.findIndex((p) => p.start <= quote.start && quote.end <= p.end);
    // Half the time the quote's own paragraph moves, else another one moves past it or elsewhere.
    const moved = d.chance(0.5) ? own : d.int(0, count - 1);
    let to = d.int(0, count - 2);
    if (to >= moved) to++;
    const order = rangeOf(0, count).filter((i) => i !== moved);
    order.splice(to, 0, moved);
    return [
      order.flatMap((index, i): Segment[] => {
        const { start, end } = article.paragraphs[index]!;
        return i === 0 ? [{ from: start, to: end }] : [{ text: PARAGRAPH_BREAK }, { from: start, to: end }];
      }),
    ];
  },
  'quote deleted': (_d, article, _material, quote) => {
    // Deleting one of two copies that touch (a form's label repeated as its value) leaves a text where no one
    // can tell which copy went: not a case with a right answer.
    const { text } = article;
    const reach = 2 * (quote.end - quote.start);
    const around =
      text.slice(Math.max(0, quote.start - reach), quote.start) + text.slice(quote.end, quote.end + reach);
    const folded = (part: string) => normalizeText(part).text;
    if (folded(around).includes(folded(text.slice(quote.start, quote.end)))) return null;
    return splice(text, [{ ...quote, by: '' }]);
  },
};

/**
 * Changes a little text on one side of the quote, within its stored context: an English word that the quote
 * does not cut, or 2–10 Chinese characters 0–8 away from the quote.
 */
function contextEdit(
  d: Dice,
  article: Article,
  material: Material,
  quote: Span,
  side: 'before' | 'after',
): Change | null {
  const { text } = article;
  if (article.lang === 'en') {
    const words = [...text.matchAll(/[A-Za-z0-9]+/gu)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
    }));
    const near = words.filter((w) =>
      side === 'before'
        ? w.end < quote.start && w.end > quote.start - 24
        : w.start > quote.end && w.start < quote.end + 24,
    );
    if (near.length === 0) return null;
    const word = d.pick(near);
    return { ...word, by: d.pick(material.words) };
  }
  const distance = d.int(0, 8);
  const length = d.int(2, 10);
  const start = side === 'before' ? quote.start - distance - length : quote.end + distance;
  if (start < 0 || start + length > text.length) return null;
  const by = rangeOf(0, d.int(1, 4))
    .map(() => d.pick(material.words))
    .join('');
  return { start, end: start + length, by };
}

/** What partial deletion removes whole: Chinese characters, or English words (runs of visible characters). */
function deletableUnits(article: Article, quote: Span): Span[] {
  if (article.lang === 'zh')
    return rangeOf(quote.start, quote.end)
      .filter((at) => VISIBLE.test(article.text[at]!))
      .map((at) => ({ start: at, end: at + 1 }));
  const words = [...article.text.slice(quote.start, quote.end).matchAll(/\S+/gu)].map((m) => ({
    start: quote.start + m.index,
    end: quote.start + m.index + m[0].length,
  }));
  // A word the quote cuts is not the quote's to delete whole.
  const cut = (w: Span) =>
    (w.start === quote.start && LATIN_WORD.test(article.text[w.start - 1] ?? '')) ||
    (w.end === quote.end && LATIN_WORD.test(article.text[w.end] ?? ''));
  return words.filter((w) => !cut(w));
}

function visibleCount(text: string, span: Span): number {
  let count = 0;
  for (let at = span.start; at < span.end; at++) if (VISIBLE.test(text[at]!)) count++;
  return count;
}

/** An inserted English sentence brings the space that separates it from the next word. */
function spaced(article: Article, sentence: string): string {
  return article.lang === 'en' ? `${sentence} ` : sentence;
}

function rangeOf(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}
