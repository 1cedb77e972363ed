// One printed article: what the page shows of a source article (headline group, credit, blocks, photo) and the
// golden that says exactly that. Layout styles decide where it goes and how big; this decides what it says.
import { recase, type HeadlineCase } from './recase';
import { crosshead, englishKicker } from './desk-phrases';
import { captionOf } from './caption-credit';
import type { GoldenArticle, GoldenBlockType, SourceArticle } from './types';
import { TextPool, type BorrowKind, type Dice, type Lang } from './render-text';
import { splitDateline } from './dateline';

export interface PrintedBlock {
  type: GoldenBlockType;
  /** What the golden says. */
  text: string;
  /** What the page prints when it differs: a first paragraph still carrying its dateline. */
  shown?: string;
  /** Stable id: the fitter drops trailing blocks by id, and the golden follows. */
  id: string;
}

export interface PrintedArticle {
  source: SourceArticle;
  section?: string;
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  /** Undefined when the page names people but not clearly who (a credit in brackets). */
  authors?: string[];
  dateline?: string;
  bylineUnclear?: boolean;
  /** Paragraphs, subheads and captions in reading order; a caption marks where its photo stands. */
  blocks: PrintedBlock[];
}

export interface ArticleOptions {
  kicker: boolean;
  subtitle: boolean;
  /** A photo above the text (it may span the article's columns), with a caption. */
  leadPhoto: boolean;
  /** Photos inside the text, each with a caption. */
  photos: number;
  /** Characters of text to offer; the fitter trims what the page cannot hold. */
  budget: number;
  /** The paper's case for English headlines and kickers; decks and crossheads are in sentence case. */
  headlines: HeadlineCase;
  /**
   * Dateline and byline printed. Briefs, essays, columns and translated pieces often carry neither, and a parser
   * that has only seen credited stories learns to open a story on its credit.
   */
  credits: boolean;
}

/** What a layout style chooses for an article; the page decides the rest. */
export type StyleOptions = Omit<ArticleOptions, 'budget' | 'headlines' | 'credits'>;

function englishNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The byline under the title, from the source's own credit only; none when the source names nobody. */
function bylineOf(source: SourceArticle, lang: Lang, dice: Dice): string | undefined {
  if (source.byline?.trim()) return source.byline.trim();
  const names = source.authors?.filter((n) => n.trim()) ?? [];
  if (!names.length) return undefined;
  if (lang === 'en') return `By ${englishNames(names)}`;
  return `${dice.pick(['本报记者', '记者'])}　${names.join('　')}`;
}

export function printArticle(
  source: SourceArticle,
  lang: Lang,
  opts: ArticleOptions,
  pool: TextPool,
  dice: Dice,
  idPrefix: string,
): PrintedArticle {
  const paragraphs = source.paragraphs.map((p) => p.trim()).filter(Boolean);
  const body = paragraphs.join(' ');
  // A desk writes kicker, deck and captions about the story: from what the page leaves of it unprinted when it
  // can, else from another story.
  const own = new TextPool(
    [{ ...source, title: '', paragraphs: unprinted(paragraphs, opts.budget) }],
    lang,
    dice,
  );
  const take = (kind: BorrowKind) => own.take(kind) ?? pool.take(kind);
  const caption = () => {
    const sentence = take('caption');
    return sentence && captionOf(sentence, lang, dice);
  };
  const art: PrintedArticle = {
    source,
    title: recase(source.title.trim(), opts.headlines, body),
    blocks: [],
  };
  // A Chinese kicker (引题) is a whole line; an English one a label.
  if (opts.kicker) art.kicker = lang === 'zh' ? take('headline') : englishKicker(paragraphs, art.title, dice);
  if (opts.subtitle) {
    const deck = take('headline');
    if (deck) art.subtitle = recase(deck, 'sentence', body);
  }

  const first = paragraphs[0] ?? '';
  const dl = splitDateline(first, lang);
  if (dl) art.dateline = dl.dateline;
  if (dl?.byline) {
    art.byline = dl.byline;
    art.authors = dl.authors ?? [];
  } else if (dl?.bracketed) {
    // A bracketed credit is neither clearly part of the dateline nor clearly a byline: the golden leaves both out.
    art.bylineUnclear = true;
  } else {
    art.byline = bylineOf(source, lang, dice);
    art.authors = art.byline && source.authors ? source.authors : art.byline ? undefined : [];
  }
  // Worked out before it is dropped, so that the dice turn as they would for a credited story and the rest of
  // the page comes out the same.
  if (!opts.credits) dropCredits(art);

  let n = 0;
  const id = () => `${idPrefix}.${n++}`;
  let spent = 0;
  const leadCaption = opts.leadPhoto ? caption() : undefined;
  if (leadCaption) art.blocks.push({ type: 'caption', text: leadCaption, id: id() });
  const subheadEvery = paragraphs.length >= 6 ? dice.int(3, 5) : Infinity;
  const photoSlots = new Set<number>();
  for (let i = 0; i < opts.photos; i++)
    photoSlots.add(Math.min(paragraphs.length - 1, dice.int(0, 3) + i * 3));
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0 && spent >= opts.budget) break;
    if (i > 0 && i % subheadEvery === 0) {
      const subhead = crosshead(paragraphs.slice(i, i + subheadEvery), lang, dice);
      if (subhead) art.blocks.push({ type: 'subhead', text: subhead, id: id() });
    }
    const block: PrintedBlock = { type: 'paragraph', text: i === 0 && dl ? dl.rest : p, id: id() };
    if (i === 0 && dl && opts.credits) block.shown = p;
    art.blocks.push(block);
    spent += p.length;
    if (photoSlots.has(i)) {
      const text = caption();
      if (text) art.blocks.push({ type: 'caption', text, id: id() });
    }
  }
  return art;
}

/** The article as printed without credit: its lead without the dateline, nobody named. */
function dropCredits(art: PrintedArticle): void {
  delete art.dateline;
  delete art.byline;
  delete art.bylineUnclear;
  art.authors = [];
}

/** The paragraphs a budget of characters leaves out, counted as printArticle spends it. */
function unprinted(paragraphs: readonly string[], budget: number): string[] {
  let spent = 0;
  for (const [i, p] of paragraphs.entries()) {
    if (i > 0 && spent >= budget) return paragraphs.slice(i);
    spent += p.length;
  }
  return [];
}

/** The golden of an article as printed, keeping only the blocks the fitted page still shows. */
export function goldenOf(art: PrintedArticle, kept: ReadonlySet<string>, sections: boolean): GoldenArticle {
  const golden: GoldenArticle = {
    kicker: art.kicker ?? null,
    title: art.title,
    subtitle: art.subtitle ?? null,
    byline: art.byline ?? null,
    dateline: art.dateline ?? null,
    rubric: null,
    blocks: art.blocks.filter((b) => kept.has(b.id)).map(({ type, text }) => ({ type, text })),
  };
  if (art.authors) golden.authors = art.authors;
  if (art.bylineUnclear) delete golden.byline;
  if (sections) return { section: art.section ?? null, ...golden };
  return golden;
}
