// A caption the line model read together with the lines above it (a paragraph's last line, a heading, the last
// line of a column), all labelled caption: it starts under the line that stops short (captions.ts). An extractor
// may also run the end of a paragraph and the caption's first line into one line, a stop and a space between
// them ("…安全意识。 图为…").
import { stopsShort } from '../captions';
import type { BodyItem } from '../draft';

/** A Chinese sentence's stop with spaces after it inside a line: where an extractor ran two pieces of text together. */
const RUN_AFTER_STOP = /[。！？][ \u3000]+(?=[\u4e00-\u9fff])/;
/** A caption's first line holds this many characters with no space: fewer after a stop is a photographer's name. */
const CAPTION_OPENING = /^\S{8}/;

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
