// Headline lines the model read in running text: in a narrow column a sentence's first words stand on lines of
// their own ("The" over "island" over "route" over "reopens on Monday"), shaped as a kicker over a title.
// A heading's part (a kicker, a title, a deck) never ends on an article, a preposition or a conjunction: where a
// run of heading lines holds such an end and runs on into the text with no blank between, it is the paragraph's
// opening; where a kicker so ends over the title, or a title under a label opens in lower case, the label is the
// title's first line.
import { creditsPicture } from '../captions';
import { OPEN_WORD } from '../headline';
import { joinLines } from '../join';
import type { PageLines } from '../lines';
import { ROLE } from './model';

const HEADING: ReadonlySet<number> = new Set([
  ROLE.kicker,
  ROLE.title,
  ROLE.subtitle,
  ROLE.subhead,
  ROLE.section,
]);

export function openEndedHeadings(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let start = 0; start < lines.length; start++) {
    if (!HEADING.has(out[start]!)) continue;
    let end = start + 1;
    while (end < lines.length && HEADING.has(out[end]!) && lines.gapBefore(end) === 0) end++;
    const runsOn = end < lines.length && out[end] === ROLE.cont && lines.gapBefore(end) === 0;
    // A title wrapped over lines breaks wherever the next word no longer fits; its last line, or a line of a part
    // of its own (a kicker, a deck), ends the part.
    let open = false;
    for (let j = start; j < end && !open; j++)
      open = (j === end - 1 || out[j] !== out[j + 1]) && OPEN_WORD.test(lines.text(j).trimEnd());
    if (runsOn && open) {
      if (out === roles) out = roles.slice();
      out[start] = ROLE.para;
      out.fill(ROLE.cont, start + 1, end);
    }
    start = end - 1;
  }
  return kickersRunningOn(lines, out);
}

/**
 * A line read as a kicker that ends on such a word, over a line read as the title, is the title's first line
 * (a headline wrapped after "to"), unless the two lines make a picture's credit ("Photograph by" over a name). So
 * is a line read as any label (a kicker, a section's name, furniture, a deck) over a title line that opens with a
 * word in lower case ("Harbour" over "ferry sails again", which OCR may set a blank line apart): no headline
 * opens so.
 */
function kickersRunningOn(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (roles[i + 1] !== ROLE.title || !LABELS.has(roles[i]!) || lines.kind(i) !== 'text') continue;
    const text = lines.text(i).trimEnd();
    const endsOpen =
      roles[i] === ROLE.kicker && OPEN_WORD.test(text) && !creditsPicture(joinLines(text, lines.text(i + 1)));
    const goesOn = lines.gapBefore(i + 1) <= 1 && LOWER_WORD_START.test(lines.text(i + 1));
    if (!endsOpen && !goesOn) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.title;
  }
  return out;
}
const LABELS: ReadonlySet<number> = new Set([ROLE.kicker, ROLE.section, ROLE.furniture, ROLE.subtitle]);
/** A line opening with a word all in lower case ("ferry", not "iPhone"). */
const LOWER_WORD_START = /^[a-z][a-z'’-]*(?:\s|$)/;
