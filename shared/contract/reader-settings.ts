/**
 * How articles are shown (issue 11, reading settings): the vocabulary, limits and defaults, without zod,
 * so the page can use them without bundling the schemas (settings-entries.ts builds its schema from
 * these, settings-services.ts reads the stored values back through `readerSettingsFrom`).
 */

/** `system` follows the operating system's light or dark preference. */
export const READER_THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export const READER_FONTS = ['serif', 'sans'] as const;
/**
 * How full-width punctuation is spaced: `normal` as the browser does by default (adjacent marks
 * share their blank halves), `full` every mark a full em, `compact` also halved at the start of lines.
 * Only the display changes (CSS text-spacing-trim); the text stays as imported.
 */
export const PUNCTUATION_SPACINGS = ['normal', 'full', 'compact'] as const;

export type ReaderTheme = (typeof READER_THEMES)[number];
export type ReaderFont = (typeof READER_FONTS)[number];
export type PunctuationSpacing = (typeof PUNCTUATION_SPACINGS)[number];

/** The numeric settings: px for the size, a multiple of the size for the line height, em otherwise. */
export const READER_RANGES = {
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.3, max: 2.4, step: 0.1 },
  columnWidth: { min: 20, max: 60, step: 1 },
  paragraphSpacing: { min: 0, max: 2, step: 0.1 },
} as const;

export type ReaderNumber = keyof typeof READER_RANGES;

export interface ReaderSettings {
  theme: ReaderTheme;
  /** The family of Chinese characters and of Latin letters, each serif or sans-serif. */
  cjkFont: ReaderFont;
  latinFont: ReaderFont;
  fontSize: number;
  lineHeight: number;
  columnWidth: number;
  paragraphSpacing: number;
  /** Chinese paragraphs start two characters in, as printed. */
  indent: boolean;
  punctuation: PunctuationSpacing;
}

/** What the reader looked like before these settings existed. */
export const READER_DEFAULTS: Readonly<ReaderSettings> = {
  theme: 'system',
  cjkFont: 'serif',
  latinFont: 'serif',
  fontSize: 18,
  lineHeight: 1.8,
  columnWidth: 36,
  paragraphSpacing: 1.1,
  indent: true,
  punctuation: 'normal',
};

export const READER_KEYS = Object.keys(READER_DEFAULTS) as (keyof ReaderSettings)[];

const oneOf = <T extends string>(values: readonly T[], value: string | undefined): T | undefined =>
  (values as readonly (string | undefined)[]).includes(value) ? (value as T) : undefined;

function inRange(name: ReaderNumber, value: string | undefined): number | undefined {
  const number = value === undefined || value.trim() === '' ? NaN : Number(value);
  const { min, max } = READER_RANGES[name];
  return Number.isFinite(number) && number >= min && number <= max ? number : undefined;
}

/**
 * The settings from their stored text (`stored(key)`): a value missing, or no longer valid (an older or
 * edited backup restored), counts as the default.
 */
export function readerSettingsFrom(
  stored: (key: keyof ReaderSettings) => string | undefined,
): ReaderSettings {
  const flag = stored('indent');
  return {
    theme: oneOf(READER_THEMES, stored('theme')) ?? READER_DEFAULTS.theme,
    cjkFont: oneOf(READER_FONTS, stored('cjkFont')) ?? READER_DEFAULTS.cjkFont,
    latinFont: oneOf(READER_FONTS, stored('latinFont')) ?? READER_DEFAULTS.latinFont,
    fontSize: inRange('fontSize', stored('fontSize')) ?? READER_DEFAULTS.fontSize,
    lineHeight: inRange('lineHeight', stored('lineHeight')) ?? READER_DEFAULTS.lineHeight,
    columnWidth: inRange('columnWidth', stored('columnWidth')) ?? READER_DEFAULTS.columnWidth,
    paragraphSpacing:
      inRange('paragraphSpacing', stored('paragraphSpacing')) ?? READER_DEFAULTS.paragraphSpacing,
    indent: flag === 'true' ? true : flag === 'false' ? false : READER_DEFAULTS.indent,
    punctuation: oneOf(PUNCTUATION_SPACINGS, stored('punctuation')) ?? READER_DEFAULTS.punctuation,
  };
}
