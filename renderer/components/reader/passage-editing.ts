import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import { t } from '../../i18n/index.js';
import { lastColor, rememberColor } from '../../lib/colors.js';
import type { TextSpan } from '../../lib/offsets.js';
import { placeAt, type Place } from '../../lib/place-at.js';
import type { NewAnnotation } from './annotation-commands.js';
import type { SelectionDetail } from './jb-article.js';
import type { ToolbarChoice } from './jb-selection-toolbar.js';

export interface PassageEditingOptions {
  /** The reading column, which the toolbar and the note editor are placed in. */
  column(): Element | null;
  annotate(input: NewAnnotation): void;
  bookmark(offset: number): void;
}

/**
 * What is done with a selected passage: the selection toolbar over it (or `h` and `n` from the
 * keyboard), the note editor beside it, and the editor of a note on the whole article.
 */
export class PassageEditing implements ReactiveController {
  /** The current text selection and where its toolbar goes. */
  selection: (SelectionDetail & { place: Place }) | null = null;
  /** The passage a new note is being written for, and where its editor goes. */
  noteFor: { span: TextSpan; place: Place } | null = null;
  /** A note on the whole article is being written. */
  articleNote = false;

  constructor(
    private readonly host: LitElement,
    private readonly options: PassageEditingOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('resize', this.onResize);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.onResize);
  }

  /** Whether the toolbar or an editor is open. */
  get open(): boolean {
    return this.selection !== null || this.noteFor !== null || this.articleNote;
  }

  /** Another article: nothing of the last one stays open (its selection is gone with its text). */
  reset(): void {
    this.change(() => {
      this.selection = null;
      this.noteFor = null;
      this.articleNote = false;
    });
  }

  /** Closes the toolbar and the editors, and lets go of the text selection. */
  close(): void {
    this.reset();
    document.getSelection()?.removeAllRanges();
  }

  toggleArticleNote(): void {
    this.change(() => (this.articleNote = !this.articleNote));
  }

  onSelect = (event: CustomEvent<SelectionDetail | null>): void => {
    const detail = event.detail;
    this.change(() => (this.selection = detail && { ...detail, place: this.placeFor(detail.rect, false) }));
  };

  /** A choice on the toolbar, or its key (`h`: the last colour, `n`: a note) while a passage is selected. */
  choose = (choice: ToolbarChoice): void => {
    const selection = this.selection;
    if (!selection) return;
    this.change(() => (this.selection = null));
    document.getSelection()?.removeAllRanges();
    if (choice.action === 'highlight') {
      rememberColor(choice.color);
      this.options.annotate({ ...selection.span, color: choice.color, style: choice.style ?? 'highlight' });
    } else if (choice.action === 'note')
      this.change(
        () => (this.noteFor = { span: selection.span, place: this.placeFor(selection.rect, true) }),
      );
    else this.options.bookmark(selection.span.start);
  };

  /** The keys of the toolbar while it is open; true when `event` was one. */
  onKey(event: KeyboardEvent, key: string): boolean {
    if (!this.selection || (key !== 'h' && key !== 'n')) return false;
    event.preventDefault();
    this.choose(key === 'h' ? { action: 'highlight', color: lastColor() } : { action: 'note' });
    return true;
  }

  /** The toolbar over the selection and the note editor beside a passage, in the reading column. */
  renderFloating() {
    return html`${
      this.selection
        ? html`<jb-selection-toolbar
            ${placeAt(this.selection.place)}
            .color=${lastColor()}
            @jb-choose=${(event: CustomEvent<ToolbarChoice>) => this.choose(event.detail)}
          ></jb-selection-toolbar>`
        : nothing
    }
    ${
      this.noteFor
        ? html`<div class="editor" ${placeAt(this.noteFor.place)}>
            <jb-note-editor
              @jb-save=${this.saveNote}
              @jb-cancel=${() => this.change(() => (this.noteFor = null))}
            ></jb-note-editor>
          </div>`
        : nothing
    }`;
  }

  renderArticleNote() {
    if (!this.articleNote) return nothing;
    return html`<jb-note-editor
      class="article-note"
      .label=${t.panel.articleNote}
      .placeholder=${t.reader.articleNotePlaceholder}
      @jb-save=${this.saveArticleNote}
      @jb-cancel=${() => this.change(() => (this.articleNote = false))}
    ></jb-note-editor>`;
  }

  private saveNote = (event: CustomEvent<string>): void => {
    const target = this.noteFor;
    this.change(() => (this.noteFor = null));
    if (target) this.options.annotate({ ...target.span, color: 'yellow', note: event.detail });
  };

  private saveArticleNote = (event: CustomEvent<string>): void => {
    this.change(() => (this.articleNote = false));
    if (event.detail.trim()) this.options.annotate({ kind: 'note', start: 0, end: 0, note: event.detail });
  };

  /** The toolbar's place was computed for the old layout. */
  private onResize = (): void => {
    this.change(() => (this.selection = null));
  };

  private change(apply: () => unknown): void {
    apply();
    this.host.requestUpdate();
  }

  /** Converts a viewport box into a place inside the article column. */
  private placeFor(rect: DOMRect, below: boolean): Place {
    const column = this.options.column()?.getBoundingClientRect();
    if (!column) return { top: 0, left: 0 };
    const center = rect.left + rect.width / 2 - column.left;
    // The toolbar (up to 380 px, less in a narrow window) stays inside the column.
    const half = Math.min(190, column.width / 2);
    const left = Math.min(Math.max(center, half), column.width - half);
    if (below)
      return {
        top: rect.bottom - column.top + 10,
        left: Math.max(0, Math.min(rect.left - column.left, column.width - 384)),
      };
    const top = rect.top - column.top - 52;
    return { top: top < 0 ? rect.bottom - column.top + 10 : top, left };
  }
}
