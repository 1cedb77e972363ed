// The same reading order as rehome-leads.ts reads, for stories that open without a dateline: pdftotext's default
// mode reads headlines set side by side one after the other and then their stories, so each headline but the last
// stands with no text and the stories open the last one's article in turn. Without a dateline to say where the
// next story starts, the words do: each story shares its words with its own headline.
import type { ParsedArticle } from '../../../../shared/contract/article';
import { cosine, type terms } from '../topic-shift';
import { takeLeadCredit } from './assemble';
import {
  headlineTerms,
  MARGIN,
  MIN_SIMILARITY,
  openingTerms,
  opensWithDateline,
  standsAlone,
} from './rehome-leads';

/** The most headlines a row sets side by side over their stories. */
const MAX_ROW_HEADLINES = 4;
/**
 * The most paragraphs of the next article tried as the cut, and the most blocks read after a cut for the opening
 * there: a story read under another headline is a page's story, and the work must not grow with a book-long
 * article.
 */
const MAX_CUT = 40;

type Terms = ReturnType<typeof terms>;

/**
 * Where headlines stand alone (no text of their own) right over an article whose text opens with the first one's
 * story, that story goes under it: the paragraphs up to the cut the alone headline matches best, where it matches
 * them clearly better than the row's other headlines do and what follows the cut matches one of those clearly
 * better than it. The next alone headline is then read the same way. Pages read with positions (PDF imports) are
 * left as they are.
 */
export function openUndatedStories(articles: ParsedArticle[]): ParsedArticle[] {
  let out = articles;
  for (let i = 0; i + 1 < out.length; i++) {
    const alone = out[i]!;
    if (!standsAlone(alone)) continue;
    // The row's other alone headlines, then the article whose text holds the row's stories.
    let end = i + 1;
    while (end < out.length && end - i < MAX_ROW_HEADLINES - 1 && standsAlone(out[end]!)) end++;
    const next = out[end];
    // A dated opening is the next article's own (rehome-leads.ts sends a dated story where it belongs).
    if (!next || next.regions || next.title === '' || next.dateline !== null) continue;
    const others = out.slice(i + 1, end + 1).map(headlineTerms);
    const cut = storyCut(headlineTerms(alone), others, next);
    if (cut <= 0) continue;
    if (out === articles) out = articles.slice();
    // Copies: a dateline opening either story now is taken off its paragraph, and the blocks are the caller's.
    const copies = next.blocks.map((block) => ({ ...block }));
    out[i] = takeLeadCredit({ ...alone, blocks: [...alone.blocks, ...copies.slice(0, cut)] });
    out[end] = takeLeadCredit({ ...next, blocks: copies.slice(cut) });
  }
  return out;
}

/**
 * The index of `next`'s block where the story of the headline `mine` ends and the rest (the stories of the row's
 * `others`) begins; 0 for none.
 */
function storyCut(mine: Terms, others: readonly Terms[], next: ParsedArticle): number {
  const paragraphs = next.blocks.flatMap((block, at) => (block.type === 'paragraph' ? [at] : []));
  const best = (words: Terms): number => Math.max(...others.map((head) => cosine(head, words)));
  let cut = 0;
  let score = -Infinity;
  for (let k = 1; k < Math.min(paragraphs.length, MAX_CUT); k++) {
    const at = paragraphs[k]!;
    // A dateline opens a story: the alone headline's story ends before it, if not sooner (its own first paragraph
    // may open with one).
    if (k > 1 && opensWithDateline(next.blocks[paragraphs[k - 1]!]!)) break;
    // An opening is read from a story's first paragraphs only (openingTerms stops at its length).
    const [before, after] = [
      openingTerms(next.blocks.slice(0, at)),
      openingTerms(next.blocks.slice(at, at + MAX_CUT)),
    ];
    const [toMine, toOthers] = [cosine(mine, before), best(before)];
    const [restMine, restOthers] = [cosine(mine, after), best(after)];
    if (toMine < MIN_SIMILARITY || toMine < toOthers + MARGIN || restOthers < restMine + MARGIN) continue;
    if (toMine + restOthers > score) [cut, score] = [at, toMine + restOthers];
  }
  return cut;
}
