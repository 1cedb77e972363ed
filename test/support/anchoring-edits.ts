// The edit corpus behind `npm run bench:anchoring` and test/domain/anchoring-edits.test.ts: real articles (the
// committed corpus sample, Chinese and English), highlights placed on them at sentence and arbitrary boundaries,
// and one edit of a named kind per highlight. Every unit of an edited text remembers the original offset it came
// from (or -1 when the edit wrote it), so where a highlight's surviving characters are is known, not guessed.
import type { TextQuoteAnchor } from '../../main/domain/anchoring/index.js';
import { normalizeText, quoteAnchor } from '../../main/domain/anchoring/index.js';
import type { SourceArticle } from '../corpus/types';
import { Dice, rng } from './page-generator';

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

export interface EditCase {
  readonly kind: EditKind;
  readonly lang: SourceArticle['lang'];
  readonly original: string;
  readonly edited: string;
  /**
   * For each UTF-16 unit of `edited`: the offset in `original` it came from, or -1 if the edit wrote it. One
   * array per way of reading the edit, the edit as made first: inserting "乙。" after "甲。" is also inserting
   * "。乙" after "甲", and no one can tell whose "。" the text now ends with.
   */
  readonly origins: readonly Int32Array[];
  readonly anchor: TextQuoteAnchor;
}

/** A piece of the edited text: a kept stretch of the original, or new text. */
type Segment = { readonly from: number; readonly to: number } | { readonly text: string };
interface Span {
  readonly start: number;
  readonly end: number;
}

/** Text and material for edits drawn from the other articles of the same language (real prose, not the quote's). */
interface Article {
  readonly lang: SourceArticle['lang'];
  readonly text: string;
  readonly paragraphs: readonly Span[];
  readonly sentences: readonly Span[];
}
interface Material {
  readonly sentences: readonly string[];
  /** English words, or single Han characters. */
  readonly words: readonly string[];
}

const MIN_QUOTE = 5;
const MAX_QUOTE = 200;
const MAX_TYPO_QUOTE = 30;
/** Edits "elsewhere" keep this far from the quote: beyond the 32 units of context it stores. */
const ELSEWHERE_DISTANCE = 40;
const PARAGRAPH_BREAK = '\n\n';
const VISIBLE = /\S/u;
const LATIN_WORD = /[A-Za-z0-9]/u;

export function articleOf(source: SourceArticle): Article {
  const text = source.paragraphs.join(PARAGRAPH_BREAK);
  const paragraphs: Span[] = [];
  let at = 0;
  for (const paragraph of source.paragraphs) {
    paragraphs.push({ start: at, end: at + paragraph.length });
    at += paragraph.length + PARAGRAPH_BREAK.length;
  }
  return { lang: source.lang, text, paragraphs, sentences: paragraphs.flatMap((p) => sentencesIn(text, p)) };
}

/** Sentences end at 。！？ (and ! ? or a full stop followed by a space, in English), closing quotes included. */
function sentencesIn(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  let start = paragraph.start;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ends = /[。！？]/u.test(text[i]!) || (/[.!?]/u.test(text[i]!) && /\s|$/u.test(text[i + 1] ?? ''));
    if (!ends) continue;
    let end = i + 1;
    while (end < paragraph.end && /[”"’」』）)]/u.test(text[end]!)) end++;
    spans.push({ start, end });
    start = end;
    while (start < paragraph.end && /\s/u.test(text[start]!)) start++;
    i = end - 1;
  }
  if (start < paragraph.end) spans.push({ start, end: paragraph.end });
  return spans;
}

function materialFrom(others: readonly Article[]): Material {
  const sentences = others.flatMap((a) => a.sentences.map((s) => a.text.slice(s.start, s.end)));
  const pattern = others[0]?.lang === 'en' ? /[A-Za-z]{3,}/gu : /\p{Script=Han}/gu;
  const words = others.flatMap((a) => [...a.text.matchAll(pattern)].map(([word]) => word));
  return { sentences: sentences.filter((s) => s.length >= 10 && s.length <= 120), words };
}

/**
 * `perKind` cases of every kind for each article, from a seed. An article that offers a kind nothing to edit
 * (one paragraph, no room for a quote) gives fewer cases of that kind.
 */
export function editCases(
  sources: readonly SourceArticle[],
  kinds: readonly EditKind[],
  perKind: number,
  seed: number,
): EditCase[] {
  const d = new Dice(rng(seed));
  const articles = sources.map(articleOf);
  const cases: EditCase[] = [];
  for (const article of articles) {
    const material = materialFrom(articles.filter((a) => a !== article && a.lang === article.lang));
    for (const kind of kinds) {
      let made = 0;
      for (let attempt = 0; made < perKind && attempt < perKind * 20; attempt++) {
        const edit = oneCase(d, article, material, kind);
        if (!edit) continue;
        cases.push(edit);
        made++;
      }
    }
  }
  return cases;
}

function oneCase(d: Dice, article: Article, material: Material, kind: EditKind): EditCase | null {
  const quote = placeQuote(d, article, kind === 'typo' ? MAX_TYPO_QUOTE : MAX_QUOTE);
  const readings = quote && EDITS[kind](d, article, material, quote);
  if (!quote || !readings) return null;
  const assembled = readings.map((segments) => assemble(article.text, segments));
  return {
    kind,
    lang: article.lang,
    original: article.text,
    edited: assembled[0]!.edited,
    origins: assembled.map(({ origins }) => origins),
    anchor: quoteAnchor(article.text, quote.start, quote.end),
  };
}

/** Half the quotes are whole sentences (as many as fit a drawn length), half start and end anywhere. */
function placeQuote(d: Dice, article: Article, maxLength: number): Span | null {
  const paragraph = d.pick(article.paragraphs);
  // Log-uniform lengths: as many short quotes as long ones.
  const length = Math.round(MIN_QUOTE * Math.exp(d.next() * Math.log(maxLength / MIN_QUOTE)));
  let span: Span;
  const sentences = article.sentences.filter((s) => s.start >= paragraph.start && s.end <= paragraph.end);
  if (d.chance(0.5) && sentences.length > 0) {
    const first = d.int(0, sentences.length - 1);
    let last = first;
    while (sentences[last + 1] && sentences[last + 1]!.end - sentences[first]!.start <= length) last++;
    span = { start: sentences[first]!.start, end: sentences[last]!.end };
  } else {
    if (paragraph.end - paragraph.start < length) return null;
    const start = d.int(paragraph.start, paragraph.end - length);
    span = { start, end: start + length };
  }
  const quote = trimmed(article.text, span);
  const size = quote.end - quote.start;
  return size >= MIN_QUOTE && size <= maxLength ? quote : null;
}

function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && !VISIBLE.test(text[start]!)) start++;
  while (end > start && !VISIBLE.test(text[end - 1]!)) end--;
  return { start, end };
}

/** The edited text as the ways of reading it (see EditCase.origins), or null when the article offers nothing. */
type Edit = (d: Dice, article: Article, material: Material, quote: Span) => Segment[][] | null;

const EDITS: Readonly<Record<EditKind, Edit>> = {
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

interface Change extends Span {
  readonly by: string;
}

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

/** The changes as segments, once as made and once for every other way of reading each change. */
function splice(text: string, changes: readonly Change[]): Segment[][] {
  const sorted = [...changes].sort((a, b) => a.start - b.start);
  const readings = sorted.reduce<Change[][]>(
    (sets, change) => sets.flatMap((set) => slides(text, change).map((slid) => [...set, slid])),
    [[]],
  );
  return readings.map((set) => {
    const segments: Segment[] = [];
    let at = 0;
    for (const change of set) {
      segments.push({ from: at, to: change.start });
      if (change.by !== '') segments.push({ text: change.by });
      at = change.end;
    }
    segments.push({ from: at, to: text.length });
    return segments;
  });
}

/**
 * A pure insertion or deletion, and the same edit slid along the text as far as it gives the same result:
 * inserting "乙。" after "甲。" equals inserting "。乙" after "甲"; deleting one "a" of "aa" either one.
 */
function slides(text: string, change: Change): Change[] {
  const found = [change];
  if (change.start === change.end && change.by !== '') {
    for (let c = change; c.start > 0 && c.by.at(-1) === text[c.start - 1];) {
      c = { start: c.start - 1, end: c.start - 1, by: text[c.start - 1]! + c.by.slice(0, -1) };
      found.push(c);
    }
    for (let c = change; c.start < text.length && c.by[0] === text[c.start];) {
      c = { start: c.start + 1, end: c.start + 1, by: c.by.slice(1) + text[c.start]! };
      found.push(c);
    }
  } else if (change.by === '') {
    for (let c = change; c.start > 0 && text[c.start - 1] === text[c.end - 1];)
      found.push((c = { start: c.start - 1, end: c.end - 1, by: '' }));
    for (let c = change; c.end < text.length && text[c.start] === text[c.end];)
      found.push((c = { start: c.start + 1, end: c.end + 1, by: '' }));
  }
  return found;
}

function assemble(original: string, segments: readonly Segment[]): { edited: string; origins: Int32Array } {
  const origins: number[] = [];
  let edited = '';
  for (const segment of segments) {
    if ('text' in segment) {
      edited += segment.text;
      for (let i = 0; i < segment.text.length; i++) origins.push(-1);
    } else {
      edited += original.slice(segment.from, segment.to);
      for (let at = segment.from; at < segment.to; at++) origins.push(at);
    }
  }
  return { edited, origins: Int32Array.from(origins) };
}
