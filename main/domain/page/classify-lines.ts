// First pass: what each line is on its own, before context decides between headline, subhead and body. The
// finding is stored on the line (`line.role`), so no second object per line is made.
import { bylineLine } from './byline';
import { furnitureItems, isMarkerLine, sectionLabel } from './furniture';
import { MARKER_ROLE, TEXT_ROLE, type LineKind, type LineRole } from './line-role';
import type { PageLine } from './lines';

const RUBRIC = /^[【〖]([^【】〖〗]{1,12})[】〗]$/;

export function rubricLabel(text: string): string | null {
  if (text.length > 16) return null;
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
    const credit = bylineLine(text);
    if (credit) return { kind: 'byline', credit };
    const rubric = rubricLabel(text);
    if (rubric) return { kind: 'rubric', label: rubric };
  }
  return TEXT_ROLE;
}

function kindAt(lines: readonly PageLine[], i: number): LineKind | undefined {
  return lines[i]?.role.kind;
}

/** Sets `role` on every line; returns the same array. */
export function classifyLines(lines: PageLine[]): PageLine[] {
  for (const line of lines) line.role = roleAlone(line.text);
  // A masthead alone on a line ("某某日报") only counts next to other furniture or at the page's edges.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.role.kind !== 'text' || line.text.length > 40) continue;
    const edge = i < 2 || i >= lines.length - 2;
    const nearFurniture = kindAt(lines, i - 1) === 'furniture' || kindAt(lines, i + 1) === 'furniture';
    if (!edge && !nearFurniture) continue;
    const items = furnitureItems(line.text, true);
    if (items) line.role = { kind: 'furniture', items };
  }
  return lines;
}
