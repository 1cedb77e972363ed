// A headline set in a column's width and in the case of running text ("Lakeport sees fewer" over "winter
// crossings,") is hard to tell from a paragraph's lines by their look, and a model reads it as one. What gives it
// away is what stands under it: the story's dateline, opening the next line (or the one after a blank, where OCR
// set a blank under each line of large type), or under the deck the model read below the headline. Running text
// that opens after a blank or a sentence's end never leads into a dateline without ending a sentence first.
import { leadCredit, leadCreditOverBreak } from '../byline';
import { creditsPicture } from '../captions';
import { endsSentence, endsSentenceIn, isHanLine } from '../chars';
import { isHeadlineCandidate } from '../headline';
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';

/** How many lines a headline set in a column's width takes at most (a narrow column's, a word or two a line). */
const MAX_LINES = 8;
/**
 * How many blank lines may stand inside the headline or under it: OCR sets one after a line of large type. A
 * column reader's blank lines, cut between blocks, stand between a headline and what is not its own.
 */
const MAX_GAP = 1;

/**
 * Lines the model read as running text that open after a blank or a sentence's end, end no sentence, read
 * together as a headline and stand over a line opening with a dated dateline: the headline over that story.
 * `readerBlanks`: the text's blank lines are a column reader's.
 */
export function headlinesOverDatelines(
  lines: PageLines,
  roles: Uint8Array,
  readerBlanks: boolean,
): Uint8Array {
  const maxGap = readerBlanks ? 0 : MAX_GAP;
  let out = roles;
  for (let i = 0; i < lines.length; i++) {
    if (!isRunningText(out[i]) || !opensBlock(lines, i)) continue;
    const end = datelineUnder(lines, out, i, maxGap, !readerBlanks);
    if (end < 0) continue;
    if (out === roles) out = roles.slice();
    out.fill(ROLE.title, i, end);
    i = end;
  }
  return out;
}

/**
 * Whether a headline can open at line `i`: the page's first line, one after a blank, after a sentence's end or
 * after a picture's credit, which closes its caption ("…the mayor said. LENA" over "MARSH/HARBOUR PRESS").
 */
function opensBlock(lines: PageLines, i: number): boolean {
  return (
    i === 0 ||
    lines.gapBefore(i) > 0 ||
    endsSentenceIn(lines.page, lines.start(i - 1), lines.end(i - 1)) ||
    creditsPicture(lines.text(i - 1))
  );
}

/**
 * The line under the block opening at `start` that opens with a dated dateline, where the block is a headline over
 * it; else -1.
 */
function datelineUnder(
  lines: PageLines,
  roles: Uint8Array,
  start: number,
  maxGap: number,
  hanBreaks: boolean,
): number {
  let joined = '';
  // Where the model read a deck under the headline, the line it opens on; the headline ends there.
  let deck = -1;
  for (let k = start; k < lines.length && k - start <= MAX_LINES; k++) {
    const gap = k > start ? lines.gapBefore(k) : 0;
    if (gap > MAX_GAP) return -1;
    const text = lines.text(k);
    if (k > start) {
      const under = lines.under(k);
      if (opensDateline(text, under, hanBreaks)) {
        const headlineEnd = deck < 0 ? k : deck;
        return isHeadlineCandidate(joined) && !placeGoesOn(lines.text(k - 1), text, under) ? headlineEnd : -1;
      }
    }
    if (k > start && roles[k] === ROLE.subtitle && gap <= maxGap) {
      if (deck < 0) deck = k;
      continue;
    }
    if (deck >= 0) return -1;
    // The model may have read the headline's last lines as one already.
    const headline = isRunningText(roles[k]) || (k > start && roles[k] === ROLE.title);
    if (!headline || gap > maxGap || (endsSentence(text) && !initialismGoesOn(text, lines.text(k + 1))))
      return -1;
    joined = joined === '' ? text : `${joined} ${text}`;
  }
  return -1;
}

/** An initialism's point ("…ferries for U.S." over "visitors") ends no sentence where the next line goes on in lower case. */
const initialismGoesOn = (text: string, next: string): boolean =>
  /(?:^|[\s(])(?:[A-Z]\.){2,}$/.test(text) && /^[a-z]/.test(next);

/**
 * Whether the line over a dateline holds the start of its place ("GREEN BAY," over "WIS., March 11 …", "SAN" over
 * "DIEGO, May 4 …"): not when the place is in capitals and that line is not ("Rhine" over "BASEL, May 4").
 */
function placeGoesOn(above: string, text: string, under: readonly string[]): boolean {
  if (CAPITALS_WORD.test(text) && /[a-z]/.test(above)) return false;
  return opensDateline(`${above} ${text}`, under);
}
const CAPITALS_WORD = /^[A-Z][A-Z.'’-]+[\s,]/;

/**
 * Whether a line opens with a dated dateline, whole or broken over the lines `under` it ("BASEL, May" over
 * "4 - The …"), with the story's text after it; or with a Chinese one the break cut, dated or not (an outlet's
 * name alone on a line is a dateline's start, where one standing whole may be a sentence's subject). Not
 * `hanBreaks` in a column reader's text, where the line under one may be another block's.
 */
function opensDateline(text: string, under: readonly string[], hanBreaks = false): boolean {
  const lead = leadCredit(text);
  if (lead && /\d/.test(lead.dateline ?? '') && lead.rest !== '') return true;
  // A Chinese dateline runs on into the next line with no space ("央视网消息" over "（新闻联播）：…"); a line over
  // a dateline of its own ends something else.
  const next = under[0];
  if (hanBreaks && next !== undefined && isHanLine(text) && !leadCredit(next)) {
    const [head, tail] = [text.trim(), next.trim()];
    const joined = leadCredit(head + tail);
    // The credit (dateline and byline) runs past the break, and the story's text follows it.
    if (joined?.dateline && joined.rest !== '' && tail.length - joined.rest.length > 0) return true;
  }
  return leadCreditOverBreak(text, under) !== null;
}
