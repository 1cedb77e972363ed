// First pass: what each line is on its own, before context decides between headline, subhead and body. The
// finding is stored in the line table (`lines.role(i)`); text lines share one role object.
import { bylineLine } from './byline';
import { webChrome, webFurnitureBesideIt } from './web-chrome';
import { webCredit } from './web-credits';
import { furnitureItems, isMarkerLine, sectionLabel } from './furniture';
import { isLatinMasthead, isLatinRunningHead } from './latin-furniture';
import { MARKER_ROLE, TEXT_ROLE, type LineRole } from './line-role';
import type { PageLines } from './lines';

const RUBRIC = /^[【〖]([^【】〖〗]{1,12})[】〗]$/;

export function rubricLabel(text: string): string | null {
  // Asked of every short line: its first character (【 or 〖) answers most before the pattern runs.
  const first = text.charCodeAt(0);
  if (text.length > 16 || (first !== 0x3010 && first !== 0x3016)) return null;
  const m = RUBRIC.exec(text);
  return m?.[1]?.trim() || null;
}

function roleAlone(text: string): LineRole {
  if (text.length <= 100) {
    const label = sectionLabel(text);
    if (label) return { kind: 'section', label };
    if (isMarkerLine(text)) return MARKER_ROLE;
    const items = furnitureItems(text, false);
    if (items) return { kind: 'furniture', items };
    if (isLatinRunningHead(text)) return { kind: 'furniture', items: [{ key: 'running-head', value: text }] };
    const chrome = webChrome(text);
    if (chrome) return { kind: 'furniture', items: [chrome] };
    const credit = bylineLine(text) ?? webCredit(text);
    if (credit) return { kind: 'byline', credit };
    const rubric = rubricLabel(text);
    if (rubric) return { kind: 'rubric', label: rubric };
  }
  return TEXT_ROLE;
}

/**
 * A bulleted line in a run of lines with the same bullet, or after a line announcing a list (ending in a colon),
 * is a list item, not a section label: its text stays in the article.
 */
function inList(lines: PageLines, i: number): boolean {
  const bullet = lines.text(i).charCodeAt(0);
  return (
    opensWith(lines, i - 1, bullet) || opensWith(lines, i + 1, bullet) || /[：:]$/.test(lines.text(i - 1))
  );
}

/** Whether line `k` opens with the code unit (a function, not a closure made for every section line). */
function opensWith(lines: PageLines, k: number, code: number): boolean {
  return lines.text(k).charCodeAt(0) === code;
}

/**
 * An essay's or a blog post's credit right under its title may set "by" in lower case ("by Jane Doe"). Only there:
 * elsewhere such a line is a sentence wrapped before its agent ("… was bought" over "by Harbour Holdings Ltd.").
 */
function essayByline(lines: PageLines): void {
  const text = lines.text(1);
  if (lines.kind(1) !== 'text' || lines.kind(0) !== 'text' || !text.startsWith('by ')) return;
  const credit = bylineLine(`B${text.slice(1)}`);
  if (credit) lines.setRole(1, { kind: 'byline', credit: { ...credit, byline: text } });
}

/** Sets the role of every line; returns the same table. */
export function classifyLines(lines: PageLines): PageLines {
  for (let i = 0; i < lines.length; i++) {
    const role = roleAlone(lines.text(i));
    if (role !== TEXT_ROLE && !(role.kind === 'section' && inList(lines, i))) lines.setRole(i, role);
  }
  webFurnitureBesideIt(lines);
  essayByline(lines);
  // A masthead alone on a line ("某某日报") only counts next to other furniture, at the page's edges, or set
  // apart by a blank line where an extractor moved the page head into the text: a headline that is a paper's
  // name and nothing else is much rarer than that.
  for (let i = 0; i < lines.length; i++) {
    if (lines.kind(i) !== 'text') continue;
    const edge = i < 2 || i >= lines.length - 2;
    const nearFurniture = lines.kind(i - 1) === 'furniture' || lines.kind(i + 1) === 'furniture';
    // Set apart, only a paper's name counts, and every one ends in 报: most lines need no closer look.
    const apart =
      lines.lastCode(i) === 0x62a5 &&
      (lines.gapBefore(i) > 0 || (i + 1 < lines.length && lines.gapBefore(i + 1) > 0));
    if (!edge && !nearFurniture && !apart) continue;
    const text = lines.text(i);
    if (text.length > 40) continue;
    const found = furnitureItems(text, true);
    // Apart alone, only the paper's name: a page or a date token says furniture anywhere already.
    const items = edge || nearFurniture || found?.every((item) => item.key === 'paper') ? found : null;
    if (items) lines.setRole(i, { kind: 'furniture', items });
    // An English masthead stands above the running head at the top of the page (or below it at the bottom).
    const besideHead =
      (i < 2 && lines.kind(i + 1) === 'furniture') ||
      (i >= lines.length - 2 && lines.kind(i - 1) === 'furniture');
    if (!items && besideHead && isLatinMasthead(text))
      lines.setRole(i, { kind: 'furniture', items: [{ key: 'paper', value: text }] });
  }
  return lines;
}
