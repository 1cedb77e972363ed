import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { typingIn } from '../../lib/keys.js';
import type { TextSpan } from '../../lib/offsets.js';
import { nextSentence, sentenceAt } from '../../lib/sentences.js';
import type { JbArticle } from './jb-article.js';

export interface SentenceSelectionOptions {
  view(): JbArticle | null;
  text(): string | null;
  /** The selection in the text now, if any (the reader's, from the mouse or from here). */
  selected(): TextSpan | null;
  /** The reading position: where `s` starts when nothing is selected. */
  position(): number | null;
}

/**
 * Selecting by keyboard, for highlighting without a mouse: `s` selects the sentence at the selection
 * or the reading position, ←/↑ and →/↓ move to the sentence before or after, with Shift extend the
 * selection by one; the selection toolbar then takes h, n and Esc as for a selection made by hand.
 */
export class SentenceSelection implements ReactiveController {
  /** The last span selected here: the arrows move it while it is still the selection. */
  private mine: TextSpan | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: SentenceSelectionOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('keydown', this.onKey);
  }

  hostDisconnected(): void {
    window.removeEventListener('keydown', this.onKey);
  }

  private onKey = (event: KeyboardEvent): void => {
    if (typingIn(event) || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    const text = this.options.text();
    if (text === null) return;
    const selected = this.options.selected();
    let span: TextSpan | null = null;
    const mine = this.mine && selected?.start === this.mine.start && selected.end === this.mine.end;
    if (event.key === 's') {
      span = sentenceAt(text, selected?.start ?? this.options.position() ?? 0);
    } else if (selected && mine) {
      // Only on a selection made here: otherwise the arrows scroll the page or change a selection as always.
      const direction = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key] as
        1 | -1 | undefined;
      if (!direction) return;
      const next = nextSentence(text, selected, direction);
      if (!next) return event.preventDefault();
      span = !event.shiftKey
        ? next
        : direction === 1
          ? { start: selected.start, end: next.end }
          : { start: next.start, end: selected.end };
    }
    if (!span) return;
    event.preventDefault();
    this.mine = span;
    this.options.view()?.select(span);
  };
}
