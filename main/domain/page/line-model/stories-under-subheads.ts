// A line the model read as a subhead may head the next story instead: in text typed a paragraph to a line,
// nothing but the subject sets a headline apart from a crosshead.
import { leadCredit } from '../byline';
import { endsSentence } from '../chars';
import { isHeadlineCandidate } from '../headline';
import type { PageLines } from '../lines';
import { topicShift } from './features';
import { indentsParagraphs } from './indented-headlines';
import { ROLE } from './model';

const { kicker: KICKER, title: TITLE, subtitle: SUBTITLE, caption: CAPTION } = ROLE;

/** How little the text on either side of a line may share (1 − cosine) for it to change the subject. */
const NEW_SUBJECT = 0.9;
/** Headlines a page needs, and the share of them that must show a mark, before the page counts as marking stories so. */
const MARKED_HEADLINES = 3;
const MARKED_SHARE = 0.75;
/** Paragraphs after a blank line, at most, on a page that sets only its stories apart. */
const LOOSE_SHARE = 0.1;

/** What stands between a headline and its credit: more of the headline, its deck, its picture's caption. */
const OVER_CREDIT = new Set([KICKER, TITLE, SUBTITLE, CAPTION]);

/** Whether line `k` credits a story: a credit line, or a paragraph opening with a dateline. */
function credits(lines: PageLines, roles: Uint8Array, k: number): boolean {
  return k < lines.length && (roles[k] === ROLE.credit || leadCredit(lines.text(k)) !== null);
}

/** How the page sets its stories apart, as the model read it: what a line must show to open a story there. */
interface StoryMarks {
  /** Most headlines stand over a credit (a wire page's datelines, a paper's "By …" lines). */
  credited: boolean;
  /** Most headlines stand after a blank line, and almost no paragraph does (typed a paragraph to a line). */
  apart: boolean;
}

function storyMarks(lines: PageLines, roles: Uint8Array): StoryMarks {
  let headlines = 0;
  let credited = 0;
  let headlinesApart = 0;
  let paragraphs = 0;
  let paragraphsApart = 0;
  for (let i = 0; i < lines.length; i++) {
    if (roles[i] === ROLE.para) {
      paragraphs++;
      if (lines.gapBefore(i) > 0) paragraphsApart++;
    }
    if (roles[i] !== TITLE || roles[i - 1] === TITLE) continue;
    let top = i;
    while (top > 0 && roles[top - 1] === KICKER) top--;
    let k = i + 1;
    while (k < lines.length && OVER_CREDIT.has(roles[k] ?? -1)) k++;
    headlines++;
    if (credits(lines, roles, k)) credited++;
    if (top === 0 || lines.gapBefore(top) > 0) headlinesApart++;
  }
  const enough = headlines >= MARKED_HEADLINES;
  return {
    credited: enough && credited >= headlines * MARKED_SHARE,
    apart:
      enough && headlinesApart >= headlines * MARKED_SHARE && paragraphsApart <= paragraphs * LOOSE_SHARE,
  };
}

/**
 * A "subhead" shaped as a headline, under which the text turns to another subject altogether (it shares almost
 * no words with the text above) and which stands over a whole paragraph (typed a paragraph to a line, or opening
 * with an indent): the headline of the next story in typed text. A crosshead goes on with its article's subject;
 * and on a page that marks where its stories open (a credit under each headline, a blank line before it), a line
 * without that mark is a crosshead however far the text strays (a report turning from trade to jobs).
 */
export function storiesUnderSubheads(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  let marks: StoryMarks | undefined;
  let indents: boolean | undefined;
  for (let i = 1; i < lines.length; i++) {
    if (out[i] !== ROLE.subhead || !isHeadlineCandidate(lines.text(i)) || i + 1 >= lines.length) continue;
    // Only where the line under it is a whole paragraph, or opens one indented in text that indents: in a column,
    // a crosshead's subject is told by words the next few wrapped lines have not reached yet.
    const paragraphUnder =
      endsSentence(lines.text(i + 1)) || (lines.indent(i + 1) >= 1 && (indents ??= indentsParagraphs(lines)));
    if (!paragraphUnder) continue;
    if (topicShift(lines, i) < NEW_SUBJECT) continue;
    marks ??= storyMarks(lines, roles);
    if ((marks.credited && !credits(lines, out, i + 1)) || (marks.apart && lines.gapBefore(i) === 0))
      continue;
    if (out === roles) out = roles.slice();
    out[i] = TITLE;
  }
  return out;
}
