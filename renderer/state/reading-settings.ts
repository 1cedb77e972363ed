/**
 * The reading settings in use, page-wide: the theme is `data-theme` on <html>, the typography custom
 * properties on its style (through the CSSOM: the CSP forbids style attributes), inherited into every
 * shadow root. The system's settings until the library's arrive (jb-settings applies them).
 */
import { READER_DEFAULTS, type ReaderSettings } from '../../shared/contract/reader-settings.js';
import { readingStyle, shownTheme } from '../lib/reading-style.js';

type Listener = (next: ReaderSettings) => void;

const dark = window.matchMedia('(prefers-color-scheme: dark)');
const listeners = new Set<Listener>();
let current: ReaderSettings = { ...READER_DEFAULTS };

function apply(): void {
  const root = document.documentElement;
  root.dataset.theme = shownTheme(current.theme, dark.matches);
  for (const [name, value] of Object.entries(readingStyle(current))) root.style.setProperty(name, value);
}

export function readingSettings(): ReaderSettings {
  return current;
}

/**
 * Applies new settings. Listeners run first, while the page still has the old layout, so the reader
 * can measure where it is before the text moves.
 */
export function setReadingSettings(next: ReaderSettings): void {
  for (const listener of listeners) listener(next);
  current = next;
  apply();
}

export function onReadingSettingsChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

dark.addEventListener('change', apply);
apply();
