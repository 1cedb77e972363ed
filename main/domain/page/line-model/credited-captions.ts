// A picture's caption that an extractor set inside the text's flow, with nothing around it (no blank line, no
// other type) but the credit that closes it: "… quay. INES" / "CALLOWAY/EPA" over the next paragraph's first
// line. The model read it as running text, and the paragraph as going on through the credit.
import { leadCredit } from '../byline';
import { creditsPicture, namesPicture } from '../captions';
import { ems, endsSentence } from '../chars';
import { unclosedBrackets } from '../headline';
import { joinLines } from '../join';
import type { PageLines } from '../lines';
import { MAX_CAPTION_EMS } from '../reflow';
import { isRunningText, ROLE } from './model';

const { caption: CAPTION, para: PARA, cont: CONT } = ROLE;
/** How many lines a caption in a narrow column may wrap to. */
const MAX_CAPTION_LINES = 14;
/**
 * The end of a credit a line break cut off: a name or an agency, a few capitalised words ("Ines Calloway"), after
 * the "by" of "Photograph by" where the break fell before it.
 */
const CREDIT_TAIL = /^(?:by )?(?:[A-Z][\w.'’-]*(?:\/[A-Z][\w.-]*)?\s?){1,3}\)?$/u;
/**
 * The end of a Chinese credit a line break cut off: 摄 or 供图, alone or after a name set apart ("王明 摄"), or a
 * name and the bracket that closes the credit ("王明摄）", "受访者供图）"). Where the break fell the credit had a
 * space or its bracket opened.
 */
const ZH_CREDIT_TAIL =
  /^(?:[\u4e00-\u9fff·]{0,5}[\s　]+)?(?:摄影?|供图)[）)]?$|^[\u4e00-\u9fff·]{1,5}(?:摄影?|供图)[）)]$/u;

/** Roles a line of a credit alone is read as besides the caption's: a heading's, or a story's credit. */
const HEADING_READ = new Set<number>([ROLE.title, ROLE.subtitle, ROLE.subhead, ROLE.credit]);

/**
 * Roles where a run of running-text lines ends in a picture's credit: the run is the caption, whether the model
 * read all of it as the paragraph going on or only the credit as a caption. The line under it goes on with the
 * paragraph the caption interrupted, or opens a new one where the caption stood between two paragraphs.
 */
export function captionsClosedByCredits(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = textAfterCredits(lines, bracketTails(lines, creditTails(lines, roles)));
  for (let i = 1; i < lines.length; i++) {
    const role = out[i];
    const goesOn = i + 1 < lines.length && out[i + 1] === CONT && lines.gapBefore(i + 1) === 0;
    // A Chinese credit on a line of its own ("王明 摄") looks like a short heading to the model; no heading
    // ends in 摄 or 供图.
    const readAsCaption =
      role === CAPTION || (HEADING_READ.has(role ?? -1) && ZH_CREDIT_TAIL.test(lines.text(i)));
    // A paragraph the credit ends is the reflow's to make a caption.
    if ((!readAsCaption && !(isRunningText(role) && goesOn)) || !closesCredit(lines, out, i)) continue;
    // Where the model read running text, a name over a slash ("Lakeport Marine/Repair" / "Yard") is
    // as often a company's: the credit must say it is one.
    if (role !== CAPTION && !SAYS_CREDIT.test(joinLines(lines.text(i - 1), lines.text(i)))) continue;
    // Running text goes on in lower case through what only looked like a credit ("…/Bay Service" / "to Lakeport").
    if (i + 1 < lines.length && lines.gapBefore(i + 1) === 0 && /^[a-z]/.test(lines.text(i + 1))) continue;
    // The caption the model read (none at all, the credit alone, or more), from its first line.
    let credit = i;
    while (credit > 0 && out[credit - 1] === CAPTION && lines.gapBefore(credit) === 0) credit--;
    const creditAlone = creditOnly(lines, credit, i);
    // Where a blank line or the model opens a paragraph, or a whole caption stands under a finished sentence or
    // inside one that goes on under it, the caption starts there; a credit alone closes the text above it.
    const opens =
      credit === 0 ||
      lines.gapBefore(credit) > 0 ||
      out[credit] === PARA ||
      (out[credit] === CAPTION && !creditAlone && (goesOn || endsSentence(lines.text(credit - 1))));
    const start = opens ? credit : captionStart(lines, out, credit - 1, i);
    // Read whole as a caption already, credit and all, it is left; a caption whose credit the model read as
    // running text gets its credit back.
    if (start < 0 || (start === credit && out[credit] === CAPTION && role === CAPTION)) continue;
    if (out === roles) out = roles.slice();
    out.fill(CAPTION, start, i + 1);
    if (!goesOn) continue;
    if (start === 0 || lines.gapBefore(start) > 0 || endsSentence(lines.text(start - 1))) out[i + 1] = PARA;
  }
  return out;
}

/**
 * A line of a few characters that only closes the bracket the line above opened ("…散步。（本报记者" over "林海摄）",
 * "（资料图" over "片）"): the rest of a credit or a note that a line break cut, whatever the model read it as
 * (alone, it looks like a headline's last words). It goes with the line above, as its caption or as the paragraph
 * going on; under a headline's line ("…通知（第" over "二批）") it is left as read.
 */
function bracketTails(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i < lines.length; i++) {
    const text = lines.text(i).trim();
    if (lines.gapBefore(i) > 0 || text.length > MAX_TAIL || !CLOSES.test(text)) continue;
    const above = lines.text(i - 1);
    const open = Math.max(above.lastIndexOf('（'), above.lastIndexOf('('));
    if (open < 0 || unclosedBrackets(above.slice(open)) !== 1) continue;
    // A bracket that opens the line above goes with the line over that.
    const from = open === 0 && i >= 2 && lines.gapBefore(i - 1) === 0 ? i - 1 : i;
    const role = out[from - 1] === CAPTION ? CAPTION : isRunningText(out[from - 1]) ? CONT : -1;
    if (role < 0 || (out[from] === role && out[i] === role)) continue;
    if (out === roles) out = roles.slice();
    out.fill(role, from, i + 1);
  }
  return out;
}
/**
 * The rest of a credit that a line break cut off ("… Photograph by Ines" over "Calloway"), whatever the model
 * read it as (alone, a capitalised name looks like a label or a headline): the caption's, where the caption's
 * line holds the credit and leaves it open (past a blank line too, where a column reader cut between the two).
 * A label under a whole credit ("Photo: Lena Marsh/Kestrel" over "Sports") is the next story's.
 */
function creditTails(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i < lines.length; i++) {
    if (roles[i - 1] !== CAPTION || roles[i] === CAPTION) continue;
    const above = lines.text(i - 1);
    const text = lines.text(i);
    if (!OPEN_CREDIT.test(above) || !CREDIT_TAIL.test(text) || !creditsPicture(joinLines(above, text)))
      continue;
    if (out === roles) out = roles.slice();
    out[i] = CAPTION;
  }
  return out;
}
/** A credit the line break left open: its word for a picture with no name yet, or one word after its "by". */
const OPEN_CREDIT = /\b(?:Photo(?:graph)?|Picture)(?: by)?$|\bby [A-Z][\w.'’-]*$/;

/** The most characters a cut credit's rest runs to ("新华社记者 王明 摄）" cut after its first word). */
const MAX_TAIL = 10;
/** A line that closes a bracket and holds no other. */
const CLOSES = /^[^（()）]*[）)]$/;

/**
 * A caption the model carried on past the credit that closed it: the lines under the credit are the text
 * (most often the article's first, its dateline: "MILLBROOK," over "March 26 - The town's").
 */
function textAfterCredits(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (out[i] !== CAPTION || out[i + 1] !== CAPTION || !closesCredit(lines, out, i)) continue;
    let end = i + 2;
    while (end < lines.length && out[end] === CAPTION && lines.gapBefore(end) === 0) end++;
    // Past a blank line, a caption closed by a credit of its own is the next picture's.
    if (lines.gapBefore(i + 1) > 0 && closesCredit(lines, out, end - 1)) continue;
    if (out === roles) out = roles.slice();
    out[i + 1] = PARA;
    out.fill(CONT, i + 2, end);
  }
  return out;
}

/** A credit that names itself one (Photo, 摄, 供图), an agency in capitals, or a name and agency in brackets. */
const SAYS_CREDIT = /\b(?:Photo|Photograph|Picture)|[A-Z]{2,}\/[A-Z]{2,}|\([^()]*\/[^()]*\)$|[摄图]/u;

/** What the model reads over a story: a credit's last word is none of these where a blank line sets it apart. */
const HEADING = new Set<number>([ROLE.section, ROLE.kicker, ROLE.title]);

/** Whether line `i` ends a credit: it holds one that the line under it, as `roles` read it, does not carry on. */
export function closesCredit(lines: PageLines, roles: Uint8Array, i: number): boolean {
  const text = lines.text(i);
  if (creditsPicture(text)) {
    // A credit in brackets is whole when they close; OCR may set a credit's last word apart with a blank line.
    if (i + 1 >= lines.length || /[)）]$/.test(text)) return true;
    // A label or a headline past a blank line ("COMMENT" over the next story) is no name's last word.
    if (lines.gapBefore(i + 1) > 0 && HEADING.has(roles[i + 1] ?? -1)) return true;
    const next = lines.text(i + 1);
    return !(CREDIT_TAIL.test(next) && creditsPicture(joinLines(text, next)));
  }
  if (i === 0 || lines.gapBefore(i) > 0) return false;
  if (ZH_CREDIT_TAIL.test(text)) return creditsPicture(`${lines.text(i - 1)} ${text}`);
  return CREDIT_TAIL.test(text) && creditsPicture(joinLines(lines.text(i - 1), text));
}

/** Whether lines `from` to `to` hold nothing but a credit ("(Tomas" / "Brack/Tidal" / "Images)"). */
function creditOnly(lines: PageLines, from: number, to: number): boolean {
  let text = lines.text(from);
  for (let k = from + 1; k <= to; k++) text = joinLines(text, lines.text(k));
  return (
    ems(text, CREDIT_EMS + 1) <= CREDIT_EMS &&
    !SENTENCE_END.test(text) &&
    !namesPicture(text) &&
    creditsPicture(text)
  );
}
/** A sentence ended inside: a caption's words before its credit ("图为…。　陈乐安　摄"), not a credit alone. */
const SENTENCE_END = /[。！？]|\p{Ll}{2}[.!?]\s/u;
/** The widest a credit alone runs: an agency and a photographer's name. */
const CREDIT_EMS = 20;

/**
 * The first line of the caption that runs from above line `last` down to line `end`: the paragraph opening
 * above it, where the caption is short enough to be one; else the line under the nearest finished sentence (a
 * caption set in the paragraph's column, with nothing between: it opens where a sentence ended); -1 when neither.
 */
function captionStart(lines: PageLines, roles: Uint8Array, last: number, end: number): number {
  let width = 0;
  let underSentence = -1;
  for (let k = last + 1; k <= end; k++) width += ems(lines.text(k), MAX_CAPTION_EMS + 1);
  for (let s = last; s >= 0 && end - s < MAX_CAPTION_LINES; s--) {
    if (!isRunningText(roles[s])) return underSentence;
    width += ems(lines.text(s), MAX_CAPTION_EMS + 1);
    if (width > MAX_CAPTION_EMS) return underSentence;
    // A story's opening (its dateline first) is no caption's: the caption starts under its sentence.
    if (roles[s] === PARA && leadCredit(lines.text(s)) !== null) return underSentence;
    if (roles[s] === PARA || lines.gapBefore(s) > 0) return s;
    if (underSentence < 0 && s > 0 && endsSentence(lines.text(s - 1))) underSentence = s;
  }
  return underSentence;
}
