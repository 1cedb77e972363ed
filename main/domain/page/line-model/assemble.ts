// Turns the roles the line model gave a page's lines into article drafts: a headline starts an article, body
// lines go to the article above them (a column continued further down the text stays with its article), and
// credits, kickers and subtitles are read with the same rules as the rule-based segmenter.
import {
  bylineLine,
  leadCredit,
  leadCreditOverBreak,
  namesLine,
  type Credit,
  type LeadCredit,
} from '../byline';
import type { ParsedArticle } from '../../../../shared/contract/article';
import { ems, endsSentence, isHanCode, isHanLine, isLowerStart, isWideCode } from '../chars';
import { hasBody, newDraft, takeAuthorsAndDate, type ArticleDraft, type BodyItem } from '../draft';
import { sectionLabel } from '../furniture';
import { isHeadlineCandidate, labelSized, stripLeadingDashes, stripTrailingDashes } from '../headline';
import { joinLines } from '../join';
import { webCredit } from '../web-credits';
import type { PageLines } from '../lines';
import { LINE_LABELS, type LineLabel } from './model';
import { restartCaption } from './caption-heads';
import { indentsParagraphs } from './indented-headlines';
import { overruledRoles } from './pattern-roles';
import { isLoneHan } from './title-tails';

const TITLE_ROLE = LINE_LABELS.indexOf('title');

export interface Assembled {
  drafts: ArticleDraft[];
  meta: Record<string, string[]>;
}

function addMeta(meta: Record<string, string[]>, key: string, value: string): void {
  (meta[key] ??= []).push(value);
}

/**
 * A credit line's credit, and the paragraph text that followed a dateline on the same line, or on a line under it
 * where the dateline was wrapped (`taken`: how many lines under it the dateline took).
 */
function creditOf(text: string, below: readonly string[]): { credit: Credit; rest: string; taken: number } {
  const whole = bylineLine(text) ?? namesLine(text) ?? webCredit(text);
  if (whole) return { credit: whole, rest: '', taken: 0 };
  const lead = leadCredit(text);
  if (lead) return { credit: lead, rest: lead.rest, taken: 0 };
  const over = leadCreditOverBreak(text, below);
  if (over) return { credit: over.lead, rest: over.lead.rest, taken: over.taken };
  return { credit: { dateline: null, byline: text, authors: [] }, rest: '', taken: 0 };
}

/** A body line that opens a paragraph of its own, whatever the line before it. */
function paragraphOpening(text: string): BodyItem {
  return { kind: 'line', text, gapBefore: 0, indent: 0, headlineLike: false, opens: true };
}

function append(field: string | null, text: string): string {
  return field ? joinLines(field, text) : text;
}

/**
 * `headlineGap`: how many blank lines between two headlines' lines set them apart (one more than the page
 * leaves between lines of running text; never, in columns read back from a layout). `settle`: what else the
 * page shows of the roles, read after the patterns'.
 */
export function assembleRoles(
  lines: PageLines,
  model: Uint8Array,
  headlineGap = 1,
  settle = (roles: Uint8Array): Uint8Array => roles,
): Assembled {
  const roles = settle(overruledRoles(lines, model, headlineGap === Infinity));
  const indents = indentsParagraphs(lines);
  let datelines: Map<string, number> | null = null;
  const opening = (): Map<string, number> => (datelines ??= openingDatelines(lines));
  const drafts: ArticleDraft[] = [];
  const meta: Record<string, string[]> = {};
  let section: string | null = null;
  let cur: ArticleDraft | null = null;
  let previous: LineLabel | null = null;
  let beforeFurniture: LineLabel | null = null;
  const start = (): ArticleDraft => {
    const draft = newDraft(section);
    drafts.push(draft);
    return draft;
  };
  // A headline part opens a new article unless the current one is still only a headline being built.
  const headlineDraft = (label: LineLabel, apart: boolean): ArticleDraft => {
    const c = cur;
    if (!c || hasBody(c) || c.byline !== null || c.dateline !== null) return start();
    if (label === 'kicker' && (c.title !== '' || c.subtitle !== null)) return start();
    if (label === 'title' && (c.subtitle !== null || (c.title !== '' && (previous !== 'title' || apart))))
      return start();
    return c;
  };
  for (let i = 0; i < lines.length; i++) {
    const label = LINE_LABELS[roles[i] ?? 0] ?? 'cont';
    const text = lines.text(i);
    const role = lines.role(i);
    if (previous === 'title' && cur && lines.gapBefore(i) === 0 && isLoneHan(text.trim())) {
      // A headline's last character, wrapped onto a line of its own.
      cur.title = append(cur.title, text.trim());
      continue;
    }
    switch (label) {
      case 'furniture':
        if (role?.kind === 'furniture') for (const item of role.items) addMeta(meta, item.key, item.value);
        else addMeta(meta, role?.kind === 'marker' ? 'continuation' : 'other', text);
        break;
      case 'section':
        section = sectionLabel(text) ?? text;
        addMeta(meta, 'sections', text);
        cur = null;
        break;
      case 'kicker':
        cur = headlineDraft(label, false);
        cur.kicker = stripTrailingDashes(append(cur.kicker, text));
        break;
      case 'title': {
        const apart = apartFromTitleAbove(lines, roles, i, headlineGap);
        if (apart === 'under-label' && cur && onlyTitled(cur)) {
          // A line standing alone over a headline, nothing under it: the headline's kicker, not one of its own.
          cur.kicker = append(cur.kicker, cur.title);
          cur.title = '';
        } else cur = headlineDraft(label, apart !== false);
        cur.title = append(cur.title, text);
        break;
      }
      case 'subtitle':
        cur ??= start();
        if (hasBody(cur)) cur.body.push({ kind: 'subhead', text });
        else if (cur.byline !== null || cur.dateline !== null)
          // Under the credits the text has begun: a subtitle stands above them.
          cur.body.push(paragraphOpening(text));
        else cur.subtitle = stripLeadingDashes(append(cur.subtitle, text));
        break;
      case 'credit': {
        cur ??= start();
        const under = lines.under(i);
        const { credit, rest, taken } = creditOf(text, under);
        takeAuthorsAndDate(cur, credit);
        if (hasText(cur) && taken > 0) {
          // A dateline broken over lines under text that has begun opens a paragraph as printed, whole: a story
          // read into another's column, which the dated opening lets a later pass send home.
          cur.body.push(paragraphOpening([text, ...under.slice(0, taken)].join(' ')));
          i += taken;
          previous = 'para';
          continue;
        }
        // A second dateline over the same text is not this article's opening: joined to the first, the two
        // would make a dateline the page never printed. A caption may stand between a headline and its credit (a
        // photo set under the headline).
        if (hasText(cur) || (credit.dateline !== null && cur.dateline !== null)) cur.notes.push(text);
        else {
          if (credit.dateline) cur.dateline = append(cur.dateline, credit.dateline);
          if (credit.byline) cur.byline = append(cur.byline, credit.byline);
          if (rest !== '') {
            i += taken;
            cur.body.push(paragraphOpening(rest));
            // The paragraph the dateline opens goes on in the lines under it.
            previous = 'para';
            continue;
          }
        }
        break;
      }
      case 'subhead':
      case 'caption':
        if (!cur && label === 'subhead') {
          // Nothing above it to be a subhead of (the text's start, or right under a section label): a title.
          cur = start();
          cur.title = text;
          break;
        }
        cur ??= start();
        if (label === 'caption' && previous === label && restartCaption(cur.body, lines.text(i - 1), text))
          break;
        if (previous === label) {
          const last = cur.body[cur.body.length - 1];
          if (last?.kind === label) {
            last.text = joinLines(last.text, text);
            break;
          }
        }
        cur.body.push({ kind: label, text });
        break;
      case 'para':
      case 'cont': {
        cur ??= start();
        const tail = previous === 'title' && !hasBody(cur) ? titleTailBeforeCredit(text, opening) : 0;
        // A page's furniture set apart in a column break (a page number) does not end the paragraph it stands in;
        // a line running straight on from a "furniture" line goes on with that line.
        const before = previous === 'furniture' && lines.gapBefore(i) > 0 ? beforeFurniture : previous;
        if (tail > 0) cur.title = append(cur.title, text.slice(0, tail));
        cur.body.push({
          kind: 'line',
          text: text.slice(tail),
          gapBefore: lines.gapBefore(i),
          indent: lines.indent(i),
          headlineLike: false,
          // Where the text indents its paragraphs, the indentation says where one opens, not the model.
          opens:
            restFromElsewhere(lines, i) ||
            (indents
              ? lines.indent(i) >= 1 || before === null || !['para', 'cont', 'caption'].includes(before)
              : label === 'para' || before === null || !['para', 'cont', 'caption'].includes(before)),
        });
        break;
      }
    }
    if (label !== 'furniture') beforeFurniture = label;
    previous = label;
  }
  // A kicker or subtitle with no title beside it is the headline itself.
  for (const draft of drafts) {
    if (draft.title !== '') continue;
    if (draft.kicker !== null) [draft.title, draft.kicker] = [draft.kicker, null];
    else if (draft.subtitle !== null) [draft.title, draft.subtitle] = [draft.subtitle, null];
  }
  return { drafts, meta };
}

/**
 * How many characters a line opens with before a dateline that opens the text ("升央视网消息（新闻联播）：…"):
 * the headline's last characters, which an extractor set on the line beside them. At most three, all Han. Where
 * the line reads as a dateline either way, the reading more of the page's other lines open with wins, and a tie
 * leaves the line as it is.
 */
function titleTailBeforeCredit(text: string, opening: () => ReadonlyMap<string, number>): number {
  let best = 0;
  let bestCount = -1;
  for (let n = 0; n <= 3 && n < text.length; n++) {
    if (n > 0 && !isHanCode(text.charCodeAt(n - 1))) break;
    const dateline = leadCredit(text.slice(n))?.dateline;
    if (!dateline) continue;
    // The line's own reading without a tail is among the counted ones.
    const others = (opening().get(dateline) ?? 0) - (n === 0 ? 1 : 0);
    if (others > bestCount) [best, bestCount] = [n, others];
  }
  return best;
}

/** How many of the page's text lines open with each dateline: one pass, made when first needed. */
function openingDatelines(lines: PageLines): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < lines.length; i++) {
    if (lines.kind(i) !== 'text') continue;
    const dateline = leadCredit(lines.text(i))?.dateline;
    if (dateline) counts.set(dateline, (counts.get(dateline) ?? 0) + 1);
  }
  return counts;
}

/**
 * Whether a title line stands apart from the title above it: a blank of `headlineGap` lines lies between, and
 * each of the two runs over lines set close together. Where a headline's lines stand apart (OCR
 * sets a last word on its own, columns read back from a layout cut between lines), a blank says nothing.
 * Over a run of several lines, title lines that each stand alone between blanks (as pdftotext sets each block
 * of a page apart) are that headline's kicker ('under-label') when each is label-sized or as wide as the run's
 * widest line (a kicker's smaller type takes more characters to the line than a headline's); any other is a
 * headline of its own over the run, most often a deck the model took for more headline. Such lone lines under a
 * headline of several lines (more than labels) stand apart from it: the extractor read that headline first and
 * its story elsewhere, and the lines (the paper's name, a section's) belong to the headline under them.
 */
function apartFromTitleAbove(
  lines: PageLines,
  roles: Uint8Array,
  i: number,
  headlineGap: number,
): 'apart' | 'under-label' | false {
  const title = (k: number): boolean => roles[k] === TITLE_ROLE;
  // Lines k - 1 and k: two title lines with no wide blank between.
  const close = (k: number): boolean => title(k - 1) && title(k) && lines.gapBefore(k) < headlineGap;
  // A headline run over several lines ends right above line k, one line of it more than a label.
  const headlineAbove = (k: number): boolean => {
    if (!close(k - 1)) return false;
    let j = k - 1;
    let labels = labelSized(lines.text(j));
    while (labels && close(j)) labels = labelSized(lines.text(--j));
    return !labels;
  };
  // Title lines from k on, each standing alone between blanks, up to a headline run over several lines.
  const labelsOverHeadline = (k: number): boolean => {
    let j = k;
    while (title(j) && lines.gapBefore(j) >= headlineGap && !close(j + 1)) j++;
    return j > k && title(j) && lines.gapBefore(j) >= headlineGap;
  };
  if (i < 1 || lines.gapBefore(i) < headlineGap) return false;
  // A label-sized line is left to the tests for labels below.
  const ended = labelSized(lines.text(i)) ? false : endedShort(lines, i - 1, title, close);
  if (ended) return ended;
  if (!close(i + 1)) return headlineAbove(i) && labelsOverHeadline(i) ? 'apart' : false;
  if (close(i - 1)) return 'apart';
  let widest = 0;
  for (let k = i; k === i || close(k); k++) widest = Math.max(widest, ems(lines.text(k), WIDEST_EMS));
  let k = i - 1;
  let labels = true;
  for (; k >= 0 && title(k) && !close(k); k--)
    labels &&= labelSized(lines.text(k)) || ems(lines.text(k), WIDEST_EMS) >= widest;
  if (k === i - 1) return false;
  return labels ? 'under-label' : 'apart';
}
/**
 * How line `k` ends what stands above line `k + 1` past a blank: 'apart', where it is the last of a headline set
 * close over several lines and falls short of their width by more than the first word of line `k + 1` needs (a
 * wrapped line takes every word that fits), so that headline had ended; 'under-label', where it is a Chinese title
 * line alone narrower than line `k + 1` (shaped as a headline) by that much, so it was not wrapped either, and stands
 * over that headline as its label (Chinese type is set to a grid; Latin words are too uneven in width to tell so);
 * false where neither holds.
 */
function endedShort(
  lines: PageLines,
  k: number,
  title: (k: number) => boolean,
  close: (k: number) => boolean,
): 'apart' | 'under-label' | false {
  const last = lines.text(k);
  const next = lines.text(k + 1);
  const word = isWideCode(next.charCodeAt(0)) ? next.slice(0, 1) : ` ${/^\S*/.exec(next)?.[0] ?? ''}`;
  const needs = ems(last, WIDEST_EMS) + ems(word, WIDEST_EMS);
  if (!close(k)) {
    const label =
      title(k) &&
      isHanLine(last) &&
      isHanLine(next) &&
      isHeadlineCandidate(next) &&
      needs <= ems(next, WIDEST_EMS);
    return label ? 'under-label' : false;
  }
  let widest = 0;
  for (let j = k - 1; j === k - 1 || close(j + 1); j--)
    widest = Math.max(widest, ems(lines.text(j), WIDEST_EMS));
  return needs < FILLED * widest ? 'apart' : false;
}
/** A wrapped line fills at least this share of the widest line of its headline (proportional type aside). */
const FILLED = 0.8;
/** Widths are counted no further: a line this wide is no kicker's nor a headline's. */
const WIDEST_EMS = 200;

/** Whether the draft holds a title and nothing else yet. */
function onlyTitled(draft: ArticleDraft): boolean {
  return (
    draft.title !== '' &&
    draft.subtitle === null &&
    draft.byline === null &&
    draft.dateline === null &&
    !hasBody(draft)
  );
}

/**
 * Whether line `i` is the rest of a paragraph cut off elsewhere: it opens lowercase after a blank, under a line
 * that ended its sentence. It opens a paragraph of its own here, for rethreadParagraphs to set back.
 */
function restFromElsewhere(lines: PageLines, i: number): boolean {
  if (i === 0 || lines.gapBefore(i) === 0 || !isLowerStart(lines.text(i))) return false;
  const above = lines.text(i - 1);
  // Only the line's end is read: the pattern on a whole long line of initials would take quadratic time.
  return endsSentence(above) && !ABBREVIATION_END.test(above.slice(-ABBREVIATION_TAIL));
}
/** A point after initials or a short capitalised word ("U.S.", "Inc.", "Corp.") need not end the sentence. */
const ABBREVIATION_TAIL = 24;
const ABBREVIATION_END = /(?:^|[^A-Za-z])(?:[A-Z]\.)+$|(?:^|[^A-Za-z])[A-Z][a-z]{0,3}\.$/;

/** Whether the draft's body holds more than captions. */
function hasText(draft: ArticleDraft): boolean {
  return draft.body.some((item) => item.kind !== 'caption');
}

/** A dateline (and byline) opening the first paragraph, which may have been wrapped over lines, is taken off it. */
export function takeLeadCredit(article: ParsedArticle): ParsedArticle {
  const first = article.blocks.find((b) => b.type !== 'caption');
  if (article.dateline || first?.type !== 'paragraph') return article;
  const lead = leadCredit(first.text);
  if (!lead || lead.rest === '') return article;
  creditArticle(article, lead);
  first.text = lead.rest;
  return article;
}

/** A dateline and byline read off the opening of an article's text, set on the article. */
export function creditArticle(article: ParsedArticle, lead: LeadCredit): void {
  article.dateline = lead.dateline;
  if (lead.byline) article.byline = article.byline ? `${article.byline} ${lead.byline}` : lead.byline;
  article.authors = [...new Set([...article.authors, ...lead.authors])];
}
