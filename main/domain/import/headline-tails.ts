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

const TAIL = new RegExp(`^\\s*(\\S{1,${MAX_TAIL}}) +(\\S.*)$`);

function wide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWideCode(text.charCodeAt(i))) return false;
  return true;
}

/** The text with every headline's tail that an extractor set at the head of its story's dateline put back. */
export function rejoinHeadlineTails(text: string): string {
  const lines = text.split('\n');
  let changed = false;
  for (let i = 1; i < lines.length; i++) {
    const m = TAIL.exec(lines[i] ?? '');
    const tail = m?.[1] ?? '';
    const story = m?.[2] ?? '';
    if (!m || !wide(tail) || leadCredit(story)?.dateline == null) continue;
    let above = i - 1;
    while (above > 0 && above > i - REACH && (lines[above] ?? '').trim() === '') above--;
    if (!headlineLine(lines[above] ?? '')) continue;
    lines[above] = `${(lines[above] ?? '').trimEnd()}${tail}`;
    lines[i] = story;
    changed = true;
  }
  return changed ? lines.join('\n') : text;
}
