import {
  HIGHLIGHT_COLORS,
  type HighlightColor,
  type HighlightStyle,
} from '../../shared/contract/vocabulary.js';

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
  return (HIGHLIGHT_COLORS as readonly string[]).includes(stored ?? '')
    ? (stored as HighlightColor)
    : 'yellow';
}

export function rememberColor(color: HighlightColor): void {
  localStorage.setItem(LAST_COLOR_KEY, color);
}
