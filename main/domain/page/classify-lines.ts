// First pass: what each line is on its own, before context decides between headline, subhead and body.
import { bylineLine, type Credit } from './byline';
import { furnitureItems, isMarkerLine, sectionLabel, type FurnitureItem } from './furniture';
import type { PageLine } from './lines';

export type Unit =
  | { kind: 'furniture'; line: PageLine; items: FurnitureItem[] }
  | { kind: 'section'; line: PageLine; label: string }
  | { kind: 'marker'; line: PageLine }
  | { kind: 'byline'; line: PageLine; credit: Credit }
  | { kind: 'rubric'; line: PageLine; label: string }
  | { kind: 'text'; line: PageLine };

const RUBRIC = /^[【〖]([^【】〖〗]{1,12})[】〗]$/;

export function rubricLabel(text: string): string | null {
  if (text.length > 16) return null;
  const m = RUBRIC.exec(text);
  return m?.[1]?.trim() || null;
}

function classifyAlone(line: PageLine): Unit {
  const text = line.text;
  if (text.length <= 100) {
    const label = sectionLabel(text);
    if (label) return { kind: 'section', line, label };
    if (isMarkerLine(text)) return { kind: 'marker', line };
    const items = furnitureItems(text, false);
    if (items) return { kind: 'furniture', line, items };
    const credit = bylineLine(text);
    if (credit) return { kind: 'byline', line, credit };
    const rubric = rubricLabel(text);
    if (rubric) return { kind: 'rubric', line, label: rubric };
  }
  return { kind: 'text', line };
}

export function classifyLines(lines: readonly PageLine[]): Unit[] {
  const units = lines.map(classifyAlone);
  // A masthead alone on a line ("某某日报") only counts next to other furniture or at the page's edges.
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    if (!unit || unit.kind !== 'text' || unit.line.text.length > 40) continue;
    const edge = i < 2 || i >= units.length - 2;
    const nearFurniture = units[i - 1]?.kind === 'furniture' || units[i + 1]?.kind === 'furniture';
    if (!edge && !nearFurniture) continue;
    const items = furnitureItems(unit.line.text, true);
    if (items) units[i] = { kind: 'furniture', line: unit.line, items };
  }
  return units;
}
