// A crosshead (a short line over a passage inside a story) and the headline of a short article look alike on a
// page read line by line: both stand alone between paragraphs, and a story that needs no credit opens under
// either. The line model opens an article at such a line when nothing else decides it. What does decide it is
// the text (lexical cohesion, as topic-shift.ts measures for the rules): a passage under a crosshead goes on
// with the words of its story, while another article talks about something else. Words every report on the page
// uses ("said", "会见", "表示") are weighed down by how many of the page's articles use them, so two stories of
// one genre do not pass for one.
import type { ParsedArticle, ParsedBlock } from '../../../../shared/contract/article';
import { ems, endsSentence } from '../chars';
import { cosine, terms } from '../topic-shift';

/** A crosshead is at most this wide (in ems); a longer line is a headline. */
const CROSSHEAD_EMS = 20;
/** Below this much text on either side the measure is noise, and the article stays. */
const MIN_SIDE = 60;
/** Characters of the passage read: its opening says what it is about. */
const OPENING_CHARS = 400;
/**
 * The weighted cosine from which the passage goes on with the story above. Measured on the training corpus
 * (`.corpus-train`, every family the model trains on): of the passages under crossheads that the model had
 * headed as articles, 88 of 137 reach it; of those under real headlines without a credit, 3 of 88.
 */
const COHESION = 0.08;

type Vector = Map<number | string, number>;

function paragraphText(blocks: readonly ParsedBlock[]): string {
  let text = '';
  for (const b of blocks) if (b.type === 'paragraph') text += `${b.text}\n`;
  return text;
}

/** An article whose head is its title alone, one short line that does not end a sentence. */
function bareShortHead(a: ParsedArticle): boolean {
  return (
    a.title !== '' &&
    a.kicker === null &&
    a.subtitle === null &&
    a.byline === null &&
    a.dateline === null &&
    a.rubric === null &&
    a.authors.length === 0 &&
    !a.title.includes('\n') &&
    ems(a.title, CROSSHEAD_EMS + 1) <= CROSSHEAD_EMS &&
    !endsSentence(a.title)
  );
}

/** How much a term says about one article of the page: less the more of its articles use it (smoothed IDF). */
function specificity(documents: readonly Vector[]): (term: number | string) => number {
  const df = new Map<number | string, number>();
  for (const d of documents) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  return (t) => Math.log((n + 1) / ((df.get(t) ?? 0) + 0.5));
}

/** Adds `counts`, each weighted, into `into`; returns `into`. */
function addWeighted(into: Vector, counts: Vector, weight: (term: number | string) => number): Vector {
  for (const [t, c] of counts) into.set(t, (into.get(t) ?? 0) + c * weight(t));
  return into;
}

/**
 * The page's articles with each article headed by a bare short line whose text goes on with the article above
 * made a passage of it, the line its subhead. Pages read with positions (PDF imports) are left as they are: type
 * sizes tell a crosshead there.
 */
export function rejoinCrossheads(articles: ParsedArticle[]): ParsedArticle[] {
  if (articles.length < 2 || articles.some((a) => a.regions)) return articles;
  if (!articles.some((a, i) => i > 0 && bareShortHead(a))) return articles;
  const texts = articles.map((a) => paragraphText(a.blocks));
  const documents = texts.map(terms);
  const weight = specificity(documents);
  const out: ParsedArticle[] = [];
  // The text of the last article kept, passages merged into it included, as weighted terms (added to as it
  // grows, so a long run of passages costs linear time).
  let above: Vector = new Map();
  let aboveLength = 0;
  for (const [i, article] of articles.entries()) {
    const text = texts[i] ?? '';
    const counts = documents[i] ?? new Map();
    const target = out.at(-1);
    if (target && bareShortHead(article) && aboveLength >= MIN_SIDE && text.length >= MIN_SIDE) {
      const opening = addWeighted(new Map(), terms(text.slice(0, OPENING_CHARS)), weight);
      if (cosine(opening, above) >= COHESION) {
        out[out.length - 1] = {
          ...target,
          blocks: [...target.blocks, { type: 'subhead', text: article.title }, ...article.blocks],
          ...(article.notes ? { notes: [...(target.notes ?? []), ...article.notes] } : {}),
        };
        addWeighted(above, counts, weight);
        aboveLength += text.length;
        continue;
      }
    }
    out.push(article);
    above = addWeighted(new Map(), counts, weight);
    aboveLength = text.length;
  }
  return out;
}
