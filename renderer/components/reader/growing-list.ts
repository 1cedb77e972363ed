import type { LitElement, ReactiveController } from 'lit';

/** Entries rendered at first (about a screenful), and how many more each time the list's end comes near. */
const PAGE = 10;
const STEP = 40;

/**
 * A long list rendered a page at a time: the first entries once the page beside it has been painted
 * (the text comes first), more each time the host's `.more` button scrolls into view or is pressed.
 */
export class GrowingList implements ReactiveController {
  /** How many entries are rendered. */
  shown = PAGE;
  /** False until the host has been painted once. */
  ready = false;
  private observer: IntersectionObserver | null = null;

  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.ready) requestAnimationFrame(() => setTimeout(() => this.set(this.shown, true)));
  }

  hostUpdated(): void {
    const more = this.host.renderRoot.querySelector('.more');
    this.observer?.disconnect();
    if (!more) return;
    this.observer ??= new IntersectionObserver((seen) => {
      if (seen.some((entry) => entry.isIntersecting)) this.more();
    });
    this.observer.observe(more);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** How many the `.more` button adds, of `left` not shown yet. */
  nextCount(left: number): number {
    return Math.min(STEP, left);
  }

  more = (): void => {
    this.set(this.shown + STEP, this.ready);
  };

  /** The list changed what it holds: back to the first page. */
  restart(): void {
    this.set(PAGE, this.ready);
  }

  /** Renders at least up to entry `index` (and a step beyond), now; resolves once rendered. */
  async reach(index: number): Promise<void> {
    if (index < this.shown && this.ready) return;
    this.set(Math.max(this.shown, index + STEP), true);
    await this.host.updateComplete;
  }

  private set(shown: number, ready: boolean): void {
    this.shown = shown;
    this.ready = ready;
    this.host.requestUpdate();
  }
}
