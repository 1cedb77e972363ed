// The edit corpus behind `npm run bench:anchoring` and test/domain/anchoring-edits.test.ts: real articles (the
// committed corpus sample, Chinese and English), highlights placed on them at sentence and arbitrary boundaries,
// and one edit of a named kind per highlight. Every unit of an edited text remembers the original offset it came
// from (or -1 when the edit wrote it), so where a highlight's surviving characters are is known, not guessed.
import type { TextQuoteAnchor } from '../../main/domain/anchoring/index.js';
import { quoteAnchor } from '../../main/domain/anchoring/index.js';
import type { SourceArticle } from '../corpus/types';
import { assemble } from './anchoring-edit-origins';
import type { Span } from './anchoring-edit-origins';
import { EDITS, PARAGRAPH_BREAK, VISIBLE } from './anchoring-edit-kinds';
import type { Article, EditKind, Material } from './anchoring-edit-kinds';
import { Dice, rng } from './page-generator';

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

const MIN_QUOTE = 5;
const MAX_QUOTE = 200;
const MAX_TYPO_QUOTE = 30;

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
