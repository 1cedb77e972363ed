// A caption run together with the lines above it: a paragraph's last line, a heading or the last line of a
// column, and the caption under it, read as one caption (by the line model, or by the reflow where the credit
// closes the paragraph). In a Chinese column every line of running text but a paragraph's last fills the
// column's width, so a line that stops well short of the next one, not at a clause's mark, ends something else;
// the caption starts under it. An extractor may also run the end of a paragraph and the caption's first line into
// one line, a stop and a space between them ("…安全意识。 图为…").
import { ems, isWideCode } from '../chars';
import type { BodyItem } from '../draft';
import { unclosedBrackets } from '../headline';

/** The fewest ems a line needs to end a heading or a column: shorter, it is the wrapped end of a word or name. */
const MIN_EMS = 6;
/** How much narrower than the line under it, as a share and in ems, a line must be to stop short of it. */
const SHORT_SHARE = 0.8;
const SHORT_EMS = 3;
/** A clause's mark: a line ending in one goes on under it, whatever its width. */
const CLAUSE_END = /[，、；：]$/;
/** A Chinese sentence's stop with spaces after it inside a line: where an extractor ran two pieces of text together. */
const RUN_AFTER_STOP = /[。！？][ \u3000]+(?=[\u4e00-\u9fff])/;
/** A caption's first line holds this many characters with no space: fewer after a stop is a photographer's name. */
const CAPTION_OPENING = /^\S{8}/;

/** Whether `before`, the line above `line` in a caption, stops short of it: the end of something else. */
export function stopsShort(before: string, line: string): boolean {
  if (!isWideCode(before.charCodeAt(before.length - 1)) || CLAUSE_END.test(before)) return false;
  const [a, b] = [ems(before), ems(line)];
  return a >= MIN_EMS && a < SHORT_SHARE * b && b - a >= SHORT_EMS && unclosedBrackets(before) === 0;
}

/**
 * Takes a caption line into the body where the caption line above it (`before`) stops short of it: the caption
 * read so far becomes a paragraph's opening line, and the line starts a caption of its own, after the end of a
 * sentence run into it. Returns false, leaving the body alone, where the line goes on with the caption above.
 */
export function restartCaption(body: BodyItem[], before: string, text: string): boolean {
  if (!stopsShort(before, text)) return false;
  const last = body[body.length - 1];
  const line = (lineText: string, opens: boolean): BodyItem => ({
    kind: 'line',
    text: lineText,
    gapBefore: 0,
    indent: 0,
    headlineLike: false,
    opens,
  });
  if (last?.kind === 'caption') body[body.length - 1] = line(last.text, true);
  const run = RUN_AFTER_STOP.exec(text);
  const rest = run ? text.slice(run.index + run[0].length) : '';
  if (run && CAPTION_OPENING.test(rest) && body[body.length - 1]?.kind === 'line') {
    body.push(line(text.slice(0, run.index + 1), false));
    body.push({ kind: 'caption', text: rest });
  } else body.push({ kind: 'caption', text });
  return true;
}
