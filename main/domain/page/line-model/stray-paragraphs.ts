// A paragraph an extractor read under another story: pdftotext's default mode reads a page by its blocks, and a
// story's column that goes on after another story's headline is read on as that story's text. A story's paragraph
// shares words with its own headline and opening; one that shares next to none with the story it stands in, and
// many with another story's above it on the page (it alone, or with the stray paragraphs next to it), goes to that
// story, after the text it has (it was read later). Pages read with positions (PDF imports) are left as they are.
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
  const moved = articles.map((): ParsedBlock[] => []);
  const leaving = new Set<ParsedBlock>();
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
        if (home < 0) continue;
        moved[home]!.push(block);
        leaving.add(block);
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
  });
  if (leaving.size === 0) return articles;
  // No article is left empty: its opening paragraph stays.
  return articles.map((article, i) => ({
    ...article,
    blocks: [...article.blocks.filter((block) => !leaving.has(block)), ...moved[i]!],
  }));
}
