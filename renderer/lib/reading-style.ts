/**
 * The reading settings as the page applies them: CSS custom properties for the article's typography
 * and the theme the page's colours follow. Pure, so both are testable without a page.
 */
import type { ReaderFont, ReaderSettings, ReaderTheme } from '../../shared/contract/reader-settings.js';

/**
 * Latin families first: they have no Chinese characters, so those fall through to the CJK families,
 * each the common one of its platform; the last generic family is the CJK choice's, for what no named
 * font on this system has.
 */
const LATIN: Record<ReaderFont, string> = {
  serif: "'Iowan Old Style', 'Charter', 'Georgia', 'Times New Roman', 'Liberation Serif', 'DejaVu Serif'",
  sans: "'Helvetica Neue', 'Segoe UI', 'Arial', 'Liberation Sans', 'DejaVu Sans'",
};
const CJK: Record<ReaderFont, string> = {
  serif: "'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'STSong', 'SimSun', serif",
  sans: "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif",
};

/** CSS text-spacing-trim for each punctuation spacing (ignored where the browser lacks it). */
const TRIM: Record<ReaderSettings['punctuation'], string> = {
  normal: 'normal',
  full: 'space-all',
  compact: 'trim-start',
};

export function fontStack(latin: ReaderFont, cjk: ReaderFont): string {
  return `${LATIN[latin]}, ${CJK[cjk]}`;
}

/** The custom properties jb-article's styles read (with these values as their fallbacks too). */
export function readingStyle(settings: ReaderSettings): Record<string, string> {
  return {
    '--jb-reading-font': fontStack(settings.latinFont, settings.cjkFont),
    '--jb-reading-size': `${settings.fontSize}px`,
    '--jb-reading-line-height': String(settings.lineHeight),
    '--jb-reading-width': `${settings.columnWidth}em`,
    '--jb-reading-gap': `${settings.paragraphSpacing}em`,
    '--jb-reading-indent': settings.indent ? '2em' : '0',
    '--jb-reading-punctuation': TRIM[settings.punctuation],
  };
}

/** The colours shown: the system's preference decides `system`. */
export function shownTheme(theme: ReaderTheme, prefersDark: boolean): Exclude<ReaderTheme, 'system'> {
  return theme === 'system' ? (prefersDark ? 'dark' : 'light') : theme;
}
