import type { HighlightColor } from '../../shared/contract/api.js';
import type { HighlightStyle } from '../../shared/contract/annotation-entries.js';

/**
 * The contract's HIGHLIGHT_COLORS, repeated here so the page does not bundle the zod schemas that live
 * beside them in api.ts. The type assertions below fail to compile if the two lists ever differ.
 */
export const COLORS = [
  'yellow',
  'green',
  'blue',
  'pink',
  'purple',
  'orange',
] as const satisfies readonly HighlightColor[];
type Missing = Exclude<HighlightColor, (typeof COLORS)[number]>;
export const colorsMatchContract: [Missing] extends [never] ? true : never = true;

export const STYLES = ['highlight', 'underline'] as const satisfies readonly HighlightStyle[];
type MissingStyle = Exclude<HighlightStyle, (typeof STYLES)[number]>;
export const stylesMatchContract: [MissingStyle] extends [never] ? true : never = true;

/**
 * The name of the CSS custom highlight painting one colour and style (styled by `::highlight(jb-yellow)`,
 * `::highlight(jb-underline-yellow)` …).
 */
export const highlightName = (color: HighlightColor, style: HighlightStyle = 'highlight'): string =>
  style === 'underline' ? `jb-underline-${color}` : `jb-${color}`;

const LAST_COLOR_KEY = 'jianbao.lastColor';

/** The colour last used to highlight (what `h` uses). */
export function lastColor(): HighlightColor {
  const stored = localStorage.getItem(LAST_COLOR_KEY);
  return (COLORS as readonly string[]).includes(stored ?? '') ? (stored as HighlightColor) : 'yellow';
}

export function rememberColor(color: HighlightColor): void {
  localStorage.setItem(LAST_COLOR_KEY, color);
}
