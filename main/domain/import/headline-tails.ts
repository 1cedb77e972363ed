// The last characters of a Chinese headline set in large type fall on the same printed row as the first line of
// the story under it, so an extractor writes them at the head of that line: '全市新建口袋公园四十二' over
// '个 本报讯 今年以来…'. Read as they stand, the headline loses its end and the story's dateline
// opens with a stray character. The fragment goes back to the end of the headline; only whitespace and order
// change.

import { leadCredit } from '../page/byline.js';
import { isWideCode } from '../page/chars.js';
import { headlineLine } from './side-by-side-headlines.js';

/** A headline's tail is at most this many characters. */
const MAX_TAIL = 3;
/** How far above the dateline (in lines, blank ones included) the headline's last line may stand. */
const REACH = 3;

// Matched across the whole page at once: splitting a 50 MB page into lines would cost more than the rest.
const TAIL = new RegExp(`^[ \\t]*(\\S{1,${MAX_TAIL}}) +(\\S.*)$`, 'gm');

function wide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWideCode(text.charCodeAt(i))) return false;
  return true;
}

/** The first line with text above the line that starts at `lineStart`, within reach and not before `floor`. */
function lineAbove(
  text: string,
  lineStart: number,
  floor: number,
): { start: number; end: number; line: string } | null {
  let end = lineStart - 1;
  for (let k = 0; k < REACH && end >= floor; k++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '') return start >= floor ? { start, end, line } : null;
    end = start - 1;
  }
  return null;
}

/** The text with every headline's tail that an extractor set at the head of its story's dateline put back. */
export function rejoinHeadlineTails(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (const m of text.matchAll(TAIL)) {
    const tail = m[1] ?? '';
    const story = m[2] ?? '';
    if (!wide(tail) || leadCredit(story)?.dateline == null) continue;
    const above = lineAbove(text, m.index, at);
    if (!above || !headlineLine(above.line)) continue;
    parts.push(
      text.slice(at, above.start),
      above.line.trimEnd(),
      tail,
      text.slice(above.end, m.index),
      story,
    );
    at = m.index + m[0].length;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(at));
  return parts.join('');
}
