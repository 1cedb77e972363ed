import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { onLanguageChange } from '../../i18n/index.js';
import { onReadingSettingsChange } from '../../state/reading-settings.js';
import type { JbArticle } from './jb-article.js';

/** How long scrolling must pause before the reading position is saved. */
const SAVE_POSITION_MS = 400;

export interface ReadingPositionOptions {
  /** The article's text view, once rendered. */
  view(): JbArticle | null;
  /** Whether an article is open (scrolling without one saves nothing). */
  open(): boolean;
  /** Saves the position of the open article. */
  save(offset: number): void;
}

/**
 * The reader's place in the text, as an offset (the same passage at the top whatever the window's
 * size): restored when an article opens, saved when scrolling pauses, and kept when anything changes
 * the words above it or the text's layout (the interface's language, the reading settings).
 */
export class ReadingPosition implements ReactiveController {
  /** The position last saved or loaded: the article header shows the progress it makes. */
  saved: number | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Scrolling is the reader's own (restoring the position), not the user's: do not save it. */
  private restoring = true;
  /** The place a change of layout is keeping, until the frame that scrolls back to it. */
  private keeping: number | null = null;
  private stops: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ReadingPositionOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('pagehide', this.flush);
    this.stops = [onLanguageChange(this.keepPlace), onReadingSettingsChange(this.keepPlace)];
  }

  hostDisconnected(): void {
    window.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('pagehide', this.flush);
    for (const stop of this.stops) stop();
    this.flush();
  }

  /** Where the reading column starts below the sticky header (viewport y). */
  get topLine(): number {
    return parseFloat(getComputedStyle(document.documentElement).fontSize) * 4;
  }

  /** Another article is opening: its restore must not count as the reader's scrolling. */
  reset(saved: number | null): void {
    this.flush();
    this.restoring = true;
    this.saved = saved;
  }

  /** Scrolls so that `offset` is at the top of the reading column. */
  scrollTo(offset: number): void {
    this.options.view()?.scrollToOffset(offset, this.topLine);
  }

  /** The article is shown (at its saved place or where a link pointed): scrolling is the reader's again. */
  settled(): void {
    // Scroll events caused by a restore arrive before the next frame.
    requestAnimationFrame(() => requestAnimationFrame(() => (this.restoring = false)));
  }

  current(): number | null {
    if (window.scrollY <= 0) return 0;
    return this.options.view()?.offsetAt(this.topLine) ?? null;
  }

  /**
   * Measured before the change lays the text out anew; the same text is at the top after it. Changes
   * within one frame (a slider dragged) keep the place measured before the first: later ones would
   * measure a layout not yet scrolled back.
   */
  private keepPlace = (): void => {
    if (this.keeping !== null) return;
    const offset = this.current();
    if (!offset) return;
    this.keeping = offset;
    this.restoring = true;
    // Every component has re-rendered by the next frame.
    requestAnimationFrame(() => {
      this.keeping = null;
      this.scrollTo(offset);
      this.settled();
    });
  };

  private onScroll = (): void => {
    if (this.restoring || !this.options.open()) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.save(), SAVE_POSITION_MS);
  };

  flush = (): void => {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.save();
  };

  private save(): void {
    this.timer = undefined;
    const offset = this.current();
    if (!this.options.open() || offset === null || offset === this.saved) return;
    this.saved = offset;
    this.options.save(offset);
    this.host.requestUpdate();
  }
}
