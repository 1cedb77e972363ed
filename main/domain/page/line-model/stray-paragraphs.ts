// A paragraph an extractor read under another story: pdftotext's default mode reads a page by its blocks, and a
// story's column that goes on after another story's headline is read on as that story's text. A story's paragraph
// shares words with its own headline and opening; one that shares next to none with the story it stands in, and
// many with another story's above it on the page (it alone, or with the stray paragraphs next to it), goes to that
// story, after the text it has (it was read later), and a caption read beside it that matches the same story goes
// with it. Pages read with positions (PDF imports) are left as they are.
import type { ParsedArticle, ParsedBlock } from '../../../../shared/contract/article';
import { cosine, terms } from '../topic-shift';

/** The most a stray paragraph shares with the headline and opening of the story it stands in. */
const STRAY = 0.05;
/** The least it shares with its own story's: below it, a match is chance. */
const HOME = 0.2;
/** How many articles above it a paragraph's story may stand: about a page's. */
const MAX_REACH = 16;

type Terms = ReturnType<typeof terms>;

/** The fewest words a paragraph shares with its story's headline and opening: one is often chance. */
const SHARED = 2;

function sharedTerms(a: Terms, b: Terms): number {
  let shared = 0;
  for (const term of b.keys()) if (a.has(term)) shared++;
  return shared;
}

/** What a story is about: its headline and its opening paragraph. */
function profileOf(article: ParsedArticle): Terms {
  const opening = article.blocks.find((block) => block.type === 'paragraph')?.text ?? '';
  return terms([article.kicker, article.title, article.subtitle, opening].filter(Boolean).join(' '));
}

/**
 * The article above, within reach and titled, whose headline and opening a paragraph's terms match best, if well
 * enough: a story's text is read after its headline, whatever came between.
 */
function homeOf(paragraph: Terms, profiles: readonly (Terms | null)[], at: number): number {
  let home = -1;
  let best = HOME;
  for (let k = Math.max(0, at - MAX_REACH); k < at; k++) {
    const profile = profiles[k];
    if (!profile) continue;
    const similarity = cosine(profile, paragraph);
    if (similarity >= best && sharedTerms(profile, paragraph) >= SHARED) {
      best = similarity;
      home = k;
    }
  }
  return home;
}

export function rehomeStrayParagraphs(articles: ParsedArticle[]): ParsedArticle[] {
  if (articles.length < 2 || articles.some((a) => a.regions)) return articles;
  const profiles = articles.map(profileOf);
  const targets = articles.map((a, i) => (a.title === '' ? null : profiles[i]!));
  const homes = new Map<ParsedBlock, number>();
  articles.forEach((article, i) => {
    const opening = article.blocks.find((block) => block.type === 'paragraph');
    // Paragraphs that stray one after another are most likely one column read out of place: matched together,
    // they have more words to go on than each alone.
    let run: { block: ParsedBlock; words: Terms }[] = [];
    const send = (): void => {
      if (run.length === 0) return;
      const together = homeOf(terms(run.map(({ block }) => block.text).join(' ')), targets, i);
      for (const { block, words } of run) {
        const home = together >= 0 ? together : homeOf(words, targets, i);
        if (home >= 0) homes.set(block, home);
      }
      run = [];
    };
    for (const block of article.blocks) {
      if (block.type !== 'paragraph' || block === opening) {
        send();
        continue;
      }
      const words = terms(block.text);
      if (cosine(profiles[i]!, words) > STRAY) send();
      else run.push({ block, words });
    }
    send();
    article.blocks.forEach((block, k) => {
      const home = captionHome(article.blocks, k, homes, profiles[i]!, (words) => homeOf(words, targets, i));
      if (home >= 0) homes.set(block, home);
    });
  });
  if (homes.size === 0) return articles;
  const moved = articles.map((): ParsedBlock[] => []);
  for (const article of articles)
    for (const block of article.blocks) {
      const home = homes.get(block);
      if (home !== undefined) moved[home]!.push(block);
    }
  // No article is left empty: its opening paragraph stays.
  return articles.map((article, i) => ({
    ...article,
    blocks: [...article.blocks.filter((block) => !homes.has(block)), ...moved[i]!],
  }));
}

/**
 * Where the caption at `k` goes: with a paragraph right beside it that goes home, when the caption shares next to
 * nothing with the story it stands in and its own words lead to that paragraph's story too (the model may read a
 * stray paragraph's lines as a caption). Alone, a caption's few words would tell its story by chance.
 */
function captionHome(
  blocks: readonly ParsedBlock[],
  k: number,
  homes: ReadonlyMap<ParsedBlock, number>,
  profile: Terms,
  homeOfWords: (words: Terms) => number,
): number {
  const block = blocks[k]!;
  if (block.type !== 'caption') return -1;
  const beside = [blocks[k + 1], blocks[k - 1]].map((b) => (b ? homes.get(b) : undefined));
  const home = beside[0] ?? beside[1];
  if (home === undefined) return -1;
  const words = terms(block.text);
  return cosine(profile, words) <= STRAY && homeOfWords(words) === home ? home : -1;
}
