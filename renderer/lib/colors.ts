import type { HighlightColor } from '../../shared/contract/api.js';

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

/** The name of the CSS custom highlight painting one colour (styled by `::highlight(jb-yellow)` …). */
export const highlightName = (color: HighlightColor): string => `jb-${color}`;
