// Splits the raw text of a newspaper page into its articles, with headline structure, credits, captions and
// reflowed paragraphs; page furniture goes to `meta`. Pure and linear in the size of the text.
import type { ParsedArticle, ParsedPage } from '../../../shared/contract/article';
import { ems, endsSentence, endsSentenceIn } from './chars';
import { classifyLines } from './classify-lines';
import { finishDraft } from './finish';
import { endsWithDashes, isHeadlineCandidate } from './headline';
import { knownJoinedWords } from './hyphenation';
import { takeLeadCredit } from './line-model/assemble';
import { segmentByLineModel } from './line-model/index';
import { paragraphPerLine } from './line-model/paragraph-lines';
import { openAtDatedLeads, rehomeLeads } from './line-model/rehome-leads';
import { rejoinCrossheads } from './line-model/rejoin-crossheads';
import { rethreadParagraphs } from './line-model/rethread-paragraphs';
import { rehomeStrayParagraphs } from './line-model/stray-paragraphs';
import { openUndatedStories } from './line-model/undated-openings';
import { headLabelsAsFurniture, labelsAsKickers } from './line-model/lone-labels';
import { reclaimDatelineTails } from './line-model/title-tails';
import { rejoinBrokenTitles } from './line-model/broken-titles';
import type { LineModel } from './line-model/model';
import { splitLines, type PageLines } from './lines';
import type { ReflowContext } from './reflow';
import { closeSpreadWords } from './spread-words';
import { segmentArticles, typicalGap } from './segment-articles';
import { splitAtTopicShifts } from './topic-shift';
import { withoutWebFurniture } from './web-chrome';

export interface PageParseOptions {
  /**
   * 'auto' (default) reads text without blank-line structure with the line model; other text with the rules,
   * and a page of it with the model as well, keeping the reading more articles bear out.
   */
  roles?: 'auto' | 'rules' | 'model';
  /** Weights to read line roles with (default: the shipped ones). */
  model?: LineModel;
  /**
   * The text is a layout's columns read back one after another: its blank lines are where the reader cut the
   * page into blocks (between the lines of a large headline, too), not space the page itself left.
   */
  columns?: boolean;
}

/**
 * Whether the text is hard-wrapped lines with nothing between its paragraphs: most lines stop mid-sentence
 * (wrapped at a column's width) and most sentences that end a line are not followed by a blank line. PDF
 * extractors write pages so, and the line model reads them. Typed text, OCR and the project's page dumps set
 * paragraphs apart with blank lines, and text with a paragraph to a line ends most lines with a sentence:
 * the rules read those.
 */
function readsAsExtractedLines(lines: PageLines): boolean {
  // The last line is followed by nothing: it says neither. A text keeps one layout throughout, so its first
  // lines are enough to tell (and a long text is not read an extra time).
  const last = Math.min(lines.length - 1, SAMPLE_LINES);
  let ends = 0;
  let blanks = 0;
  for (let i = 0; i < last; i++) {
    if (!endsSentenceIn(lines.page, lines.start(i), lines.end(i))) continue;
    ends++;
    if (lines.gapBefore(i + 1) > 0) blanks++;
  }
  return lines.length >= MIN_LINES && ends < last * WRAPPED_SHARE && blanks < ends * PARAGRAPH_BLANK_SHARE;
}
/**
 * Whether an extractor read the page by its blocks, and may have read one story's column on under another's
 * headline: a column reader's text, or extracted lines with a blank line between blocks (pdftotext's default
 * mode). An extractor that follows the page's content stream (pdf.js, pdftotext -raw) writes next to no blank
 * lines, and typed articles stand in their own order.
 */
function readsByBlocks(lines: PageLines, options: PageParseOptions, extracted: () => boolean): boolean {
  if (options.columns) return true;
  let blanks = 0;
  for (let i = 1; i < lines.length; i++) if (lines.gapBefore(i) > 0) blanks++;
  return blanks >= BLOCK_BLANK_SHARE * lines.length && extracted();
}
/**
 * The share of lines with a blank over them from which text reads as a block reader's: it sets a blank between
 * every two blocks, over a tenth of its lines on most pages, where a content stream's text has a few at most.
 */
const BLOCK_BLANK_SHARE = 0.08;

/**
 * Whether the text is articles typed or pasted one after another (a paragraph to a line, or wrapped with blank
 * lines or indents between paragraphs) rather than a page dump: no blank line falls inside a sentence, where a
 * dump's column breaks and double spacing put them (after a line that stops mid-clause and could not be a
 * headline). The line model, trained on such text too, reads it.
 */
function readsAsTypedArticles(lines: PageLines): boolean {
  if (lines.length < MIN_LINES) return false;
  const last = Math.min(lines.length - 1, SAMPLE_LINES);
  for (let i = 0; i < last; i++) {
    if (lines.gapBefore(i + 1) === 0 || lines.kind(i) !== 'text') continue;
    const text = lines.text(i);
    if (endsSentence(text) || endsWithDashes(text)) continue;
    if (!isHeadlineCandidate(text) || runsAsWideAsAbove(lines, i)) return false;
  }
  return true;
}

/** Whether line `i` is as wide as the column line right above it (no blank between): a wrapped line, cut off. */
function runsAsWideAsAbove(lines: PageLines, i: number): boolean {
  if (i === 0 || lines.gapBefore(i) > 0 || lines.kind(i - 1) !== 'text') return false;
  const above = ems(lines.text(i - 1), 200);
  return above >= MIN_COLUMN_EMS && ems(lines.text(i), 200) >= 0.9 * above;
}
/** Narrower than this, two lines of equal width are as likely a headline's. */
const MIN_COLUMN_EMS = 10;
const MIN_LINES = 12;
/** A note of a few lines has no structure for a second reading to find. */
const SECOND_READING_MIN = 4;
/**
 * The line model reads about 70 µs a line with its two members, over ten times the rules, and holds a feature
 * row per line: a whole issue of pages fits under this; a longer text (a book, a log, a hostile file of a million
 * lines) goes to the rules.
 */
const MAX_MODEL_LINES = 50_000;
const SAMPLE_LINES = 5000;
const PARAGRAPH_BLANK_SHARE = 0.6;
/** In text wrapped at a column's width, far fewer lines than this end a sentence (0.3 at most measured). */
const WRAPPED_SHARE = 0.45;

export function parsePage(text: string, options: PageParseOptions = {}): ParsedPage {
  const { lines, meta } = withoutWebFurniture(classifyLines(splitLines(text)));
  const page = parseLines(lines, options);
  for (const [key, values] of Object.entries(meta)) page.meta[key] = [...(page.meta[key] ?? []), ...values];
  return page;
}

function parseLines(lines: PageLines, options: PageParseOptions): ParsedPage {
  const gap = typicalGap(lines);
  const ctx: ReflowContext = { typicalGap: gap, knownWords: knownJoinedWords(lines) };
  const roles = options.roles ?? 'auto';
  // Text typed a paragraph to a line wraps no headline: no line break cut a headline's word in two there.
  const wrapped = !paragraphPerLine(lines);
  // Asked when choosing the reading and again after the model's: read once.
  let readExtracted: boolean | undefined;
  const extracted = (): boolean => (readExtracted ??= readsAsExtractedLines(lines));
  const byModel = (): ParsedPage => {
    const { drafts, meta } = segmentByLineModel(lines, options.model, options.columns ? Infinity : gap + 1);
    const threaded = rethreadParagraphs(
      openAtDatedLeads(
        labelsAsKickers(
          openUndatedStories(
            rehomeLeads(
              rejoinCrossheads(
                rejoinBrokenTitles(
                  reclaimDatelineTails(drafts.map((d) => takeLeadCredit(finishDraft(d, ctx)))),
                  wrapped,
                ),
              ),
            ),
          ),
        ),
      ),
    );
    const articles = readsByBlocks(lines, options, extracted) ? rehomeStrayParagraphs(threaded) : threaded;
    const read = headLabelsAsFurniture(articles, meta, lines);
    return { meta, articles: options.columns ? read.map(closeSpreadWords) : read };
  };
  if (
    roles === 'model' ||
    (roles === 'auto' && lines.length <= MAX_MODEL_LINES && (extracted() || readsAsTypedArticles(lines)))
  )
    return byModel();
  // Each draft is reflowed as soon as it is settled, and its body let go: on a long page the body items then
  // die young instead of all living (and being copied by the collector) until the end.
  const articles: ParsedArticle[] = [];
  const { meta } = segmentArticles(lines, gap, (draft) => {
    for (const part of splitAtTopicShifts(draft, gap)) articles.push(finishDraft(part, ctx));
    draft.body = [];
  });
  const ruled = { meta, articles: rejoinBrokenTitles(articles, wrapped) };
  if (roles !== 'auto' || lines.length < SECOND_READING_MIN || lines.length > SECOND_READING_LINES)
    return ruled;
  if (lines.length < MIN_LINES) {
    // Too few lines for the model's page-wide features to say much: its reading is kept only where it finds
    // more articles that a headline and a credit bear out (a tabloid's two stories, a paragraph to a line).
    const modelled = byModel();
    return borneOut(modelled.articles) > borneOut(articles) ? modelled : ruled;
  }
  // The rules start an article only on evidence they know (a credit under a headline, a rubric, a section):
  // a page whose headlines stand without it (OCR of a printed page, an extractor's blocks, typed-out articles)
  // reads as too few articles. Where the model finds more articles that a headline and a credit bear out, it
  // read the page's structure and the rules did not (a count of headlines alone would favour cutting too often:
  // it only breaks a tie).
  const modelled = byModel();
  return modelReadsMore(articles, modelled.articles, paragraphPerLine(lines)) ? modelled : ruled;
}

/**
 * Whether the model's reading of a page read more of its structure than the rules': more articles that a
 * headline and a credit bear out, or as many and more headlines. On such a tie the rules' blind spot decides: a
 * headline standing without a credit, whose article they merge into the one above. `tieToModel` (text typed a
 * paragraph to a line, as a browser copies a page) gives the model an even tie too: there every part of a
 * headline group (a paper's name, a section, a kicker, the title) stands on a line of its own, and the rules run
 * them together into one title (the browser family: 0.840 -> 0.872 in English, 0.894 -> 0.906 in Chinese).
 * Elsewhere an even tie goes to the reading with fewer titles as short as a label: a title "Opinion" is a
 * kicker or a section that the reading took for the headline, and the headline under it went elsewhere. Then to
 * the reading whose titles are, in all, clearly narrower: with the same articles found, the wider titles are the
 * same headlines with a running head, a caption or the first words of a story run into them (a page converted
 * by pandoc, furniture run together: 4 pages of the training corpus and 1 of the evaluation corpus change, all
 * for the better).
 */
export function modelReadsMore(
  byRules: readonly ParsedArticle[],
  byModel: readonly ParsedArticle[],
  tieToModel = false,
): boolean {
  const [model, rules] = [borneOut(byModel), borneOut(byRules)];
  if (model !== rules) return model > rules;
  const [m, r] = [titled(byModel), titled(byRules)];
  if (m !== r) return m > r;
  if (tieToModel) return true;
  const [ml, rl] = [labelTitles(byModel), labelTitles(byRules)];
  if (ml !== rl) return ml < rl;
  return titleWidth(byModel) < TIGHTER_TITLES * titleWidth(byRules);
}

/** How much narrower one reading's titles must be, in all, to win an even tie. */
const TIGHTER_TITLES = 0.8;

/** The width of all the titles of a reading, in ems. */
function titleWidth(articles: readonly ParsedArticle[]): number {
  let width = 0;
  for (const a of articles) width += ems(a.title);
  return width;
}

/** A label's width at most: "Opinion", "World", "要闻" are; hardly a headline is. */
const LABEL_EMS = 5;

/** Titles as short as a section's or a kicker's label: a headline group run together. */
function labelTitles(articles: readonly ParsedArticle[]): number {
  let n = 0;
  for (const a of articles) if (a.title !== '' && ems(a.title, LABEL_EMS + 1) <= LABEL_EMS) n++;
  return n;
}

function titled(articles: readonly ParsedArticle[]): number {
  let n = 0;
  for (const a of articles) if (a.title !== '') n++;
  return n;
}

/** Articles with both a headline and a credit (a byline or a dateline). */
function borneOut(articles: readonly ParsedArticle[]): number {
  let n = 0;
  for (const a of articles) if (a.title !== '' && (a.byline !== null || a.dateline !== null)) n++;
  return n;
}
/**
 * A page (a broadsheet's text is some 1,500 lines) is read both ways; a longer text (a book, a whole issue)
 * only by the rules, which read it ten times faster.
 */
const SECOND_READING_LINES = 3000;
