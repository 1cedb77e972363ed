// An extractor that reads a page by its blocks' positions (pdftotext's default mode) can set a headline apart from
// its story: the headline spans the columns, the story runs in a column read later, after another story's
// headline. Read in that order, the headline stands with no text under it and its story opens, dateline first,
// under the next headline or inside the story after it. A story that opens with a dateline says where it starts,
// and a story shares its words with its own headline far more than with another's: those two facts put it back.
import type { ParsedArticle, ParsedBlock } from '../../../../shared/contract/article';
import { leadCredit } from '../byline';
import { cosine, terms } from '../topic-shift';
import { creditArticle } from './assemble';

/**
 * A run of an article's blocks from a paragraph that opens with a dateline (with the captions read just before it)
 * up to the next such paragraph.
 */
interface Lead {
  owner: number;
  blocks: ParsedBlock[];
  /** The owner's own opening (its dateline in the article's field), not a dateline inside its text. */
  opening: boolean;
}

/** Words a story shares with its headline at least: below it, a match is chance. */
export const MIN_SIMILARITY = 0.12;
/** How much better another headline must match a story's opening than the one it stands under. */
export const MARGIN = 0.08;
/**
 * How many articles above its place a story's headline may stand: a broadsheet page holds about a dozen, and a
 * whole issue's text (thousands of articles) is not compared with itself pair by pair.
 */
const MAX_REACH = 16;
/** Characters of a story read to match it to a headline: its opening says what it is about. */
const OPENING_CHARS = 400;

function isParagraph(block: ParsedBlock): boolean {
  return block.type === 'paragraph';
}

/** Whether an article is a headline with no text of its own, read apart from its story. */
export function standsAlone(article: ParsedArticle): boolean {
  return article.title !== '' && !article.regions && !article.blocks.some(isParagraph);
}

/** Whether a paragraph opens with a dateline and goes on after it. */
export function opensWithDateline(block: ParsedBlock): boolean {
  if (!isParagraph(block)) return false;
  const lead = leadCredit(block.text);
  return lead !== null && lead.dateline !== null && lead.rest.trim() !== '';
}

/** An article's blocks before its first lead (they stay), and its leads. */
function leadsOf(article: ParsedArticle, owner: number): { kept: ParsedBlock[]; leads: Lead[] } {
  const kept: ParsedBlock[] = [];
  const leads: Lead[] = [];
  let seenText = false;
  for (const block of article.blocks) {
    const opening = !seenText && isParagraph(block) && article.dateline !== null;
    if (opening || (seenText && opensWithDateline(block))) {
      // Captions read just before a story's dateline are its picture's, read with its text: they go where it goes.
      const before = leads.at(-1)?.blocks ?? kept;
      let cut = before.length;
      while (cut > 0 && before[cut - 1]?.type === 'caption') cut--;
      leads.push({ owner, blocks: [...before.splice(cut), block], opening });
    } else if (leads.length > 0) leads[leads.length - 1]?.blocks.push(block);
    else kept.push(block);
    if (isParagraph(block)) seenText = true;
  }
  return { kept, leads };
}

export function headlineTerms(article: ParsedArticle): ReturnType<typeof terms> {
  return terms([article.kicker, article.title, article.subtitle].filter(Boolean).join(' '));
}

/**
 * The terms of a story's opening, its dateline left out: where and when a story was filed says nothing of what
 * it is about.
 */
export function openingTerms(blocks: readonly ParsedBlock[]): ReturnType<typeof terms> {
  let text = '';
  for (const block of blocks) {
    if (text.length >= OPENING_CHARS) break;
    if (isParagraph(block))
      text += `${text === '' ? (leadCredit(block.text)?.rest ?? block.text) : block.text} `;
  }
  return terms(text.slice(0, OPENING_CHARS));
}

/**
 * Each lead's headline: greedily, the best-matching pairs first, one lead to a headline. A lead stays where it
 * stands unless another headline matches it clearly better and that headline keeps no dated opening of its own.
 */
function matchLeads(articles: readonly ParsedArticle[], leads: readonly Lead[]): number[] {
  const heads = articles.map((a) => (a.title === '' ? null : headlineTerms(a)));
  // A story is read after its headline, whatever came between, and on the same page: a lead goes to a headline
  // at most a page's articles above it. `near[l][k]` is lead l's match with the headline k articles above it.
  const near = leads.map((lead) => {
    const opening = openingTerms(lead.blocks);
    const row = new Float64Array(Math.min(MAX_REACH, lead.owner) + 1);
    for (let k = 0; k < row.length; k++) {
      const head = heads[lead.owner - k];
      if (head) row[k] = cosine(head, opening);
    }
    return row;
  });
  const pairs: { lead: number; head: number; sim: number }[] = [];
  near.forEach((row, l) =>
    row.forEach((sim, k) => pairs.push({ lead: l, head: (leads[l]?.owner ?? 0) - k, sim })),
  );
  pairs.sort((a, b) => b.sim - a.sim);
  const owner = leads.map((lead) => lead.owner);
  const placed = new Set<number>();
  const taken = new Set<number>();
  for (const { lead: l, head: h, sim } of pairs) {
    if (placed.has(l) || taken.has(h)) continue;
    const here = near[l]?.[0] ?? 0;
    if (h !== leads[l]?.owner && (sim < MIN_SIMILARITY || sim < here + MARGIN)) continue;
    placed.add(l);
    taken.add(h);
    owner[l] = h;
  }
  // A headline that keeps its own dated opening takes no other: its article would hold two datelines. A lead sent
  // back may be such an opening in turn, so this runs until nothing changes (each lead goes back at most once).
  const openingOf = new Map<number, number>();
  leads.forEach((lead, l) => {
    if (lead.opening) openingOf.set(lead.owner, l);
  });
  for (let changed = true; changed;) {
    changed = false;
    owner.forEach((h, l) => {
      const lead = leads[l];
      const own = openingOf.get(h);
      if (!lead || h === lead.owner || own === undefined || owner[own] !== h) return;
      owner[l] = lead.owner;
      changed = true;
    });
  }
  return owner;
}

/**
 * A lead's dateline (and credit) taken into the article it now opens, off its first paragraph. An article that
 * has a dateline already keeps it, and the lead its own as text.
 */
function openWith(article: ParsedArticle, lead: Lead, from: ParsedArticle): void {
  if (article.dateline !== null) return;
  if (lead.opening) {
    article.dateline = from.dateline;
    from.dateline = null;
    return;
  }
  const at = lead.blocks.findIndex(isParagraph);
  const first = lead.blocks[at];
  const credit = first ? leadCredit(first.text) : null;
  if (!first || !credit) return;
  creditArticle(article, credit);
  // A copy: the block still belongs to the page the caller passed in.
  lead.blocks[at] = { ...first, text: credit.rest };
}

/**
 * The page's articles with each story that opens with a dateline under the headline whose words it shares,
 * where a headline stands with no text of its own. Pages read with positions (PDF imports) are left as they are.
 */
export function rehomeLeads(articles: ParsedArticle[]): ParsedArticle[] {
  if (!articles.some(standsAlone) || articles.some((a) => a.regions)) return articles;
  const split = articles.map(leadsOf);
  const leads = split.flatMap((s) => s.leads);
  const owner = matchLeads(articles, leads);
  if (owner.every((h, l) => h === leads[l]?.owner)) return articles;
  const out = articles.map((a, i) => ({ ...a, blocks: split[i]?.kept ?? [] }));
  // Leads are in page order, so each article gets its stories in the order they are read.
  leads.forEach((lead, l) => {
    const to = owner[l] ?? lead.owner;
    const [target, source] = [out[to], out[lead.owner]];
    if (!target || !source) return;
    // A lead that stays opens its article's text too when the article's own opening went to another headline.
    if (!target.blocks.some(isParagraph)) openWith(target, lead, source);
    target.blocks.push(...lead.blocks);
  });
  return out;
}

/**
 * An article with no dateline of its own whose story opens, dateline first, under a paragraph or more read in from
 * elsewhere (pdftotext sets a block of another column between a headline and its story): the dated paragraph is
 * the story's opening where it shares the headline's words and what stands above it does not. Its dateline becomes
 * the article's; the paragraphs above it stay where they were read.
 */
export function openAtDatedLeads(articles: ParsedArticle[]): ParsedArticle[] {
  return articles.map((article) => {
    if (article.dateline !== null || article.title === '' || article.regions) return article;
    const at = article.blocks.findIndex(opensWithDateline);
    const before = article.blocks.slice(0, Math.max(at, 0)).filter(isParagraph);
    const lead = article.blocks[at];
    const credit = lead ? leadCredit(lead.text) : null;
    // A credit would stand before the paragraphs above it in the article's order: such a lead is left as read.
    if (!lead || !credit || credit.byline !== null || before.length === 0) return article;
    const head = headlineTerms(article);
    const here = cosine(head, terms(credit.rest.slice(0, OPENING_CHARS)));
    const above = cosine(head, openingTerms(before));
    if (here < MIN_SIMILARITY || here < above + MARGIN) return article;
    return {
      ...article,
      dateline: credit.dateline,
      blocks: article.blocks.with(at, { ...lead, text: credit.rest }),
    };
  });
}
