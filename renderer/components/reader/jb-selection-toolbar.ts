import { html, LitElement } from 'lit';
import type { HighlightColor } from '../../../shared/contract/api.js';
import type { HighlightStyle } from '../../../shared/contract/vocabulary.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { HIGHLIGHT_COLORS as COLORS } from '../../../shared/contract/vocabulary.js';
import { bookmarkIcon, noteIcon, underlineIcon } from '../icons.js';
import { controls } from '../shared.styles.js';
import { toolbarStyles } from './jb-selection-toolbar.styles.js';

export type ToolbarChoice =
  | { action: 'highlight'; color: HighlightColor; style?: HighlightStyle }
  | { action: 'note' }
  | { action: 'bookmark' };

/**
 * The floating toolbar over a text selection: six highlight colours, underline (in the last colour),
 * Note and Bookmark.
 * @fires jb-choose - detail: ToolbarChoice
 */
export class JbSelectionToolbar extends LitElement {
  static override properties = { color: { type: String } };
  static override styles = [controls, toolbarStyles];

  /** The colour last used, which Underline (and the `h` key) use. */
  color: HighlightColor = 'yellow';

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Keep the text selection alive while a button is pressed.
    this.addEventListener('pointerdown', (event) => event.preventDefault());
    this.addEventListener('mousedown', (event) => event.preventDefault());
  }

  private emit(detail: ToolbarChoice): void {
    this.dispatchEvent(new CustomEvent<ToolbarChoice>('jb-choose', { detail }));
  }

  override render() {
    return html`<div class="bar" role="toolbar" aria-label=${t.reader.toolbarLabel} title=${t.reader.keys}>
      ${COLORS.map(
        (color) =>
          html`<button
            class="swatch ${color}"
            data-color=${color}
            aria-label=${t.reader.colorLabel(t.colors[color])}
            title=${t.reader.colorLabel(t.colors[color])}
            @click=${() => this.emit({ action: 'highlight', color })}
          ></button>`,
      )}
      <span class="sep" aria-hidden="true"></span>
      <button
        class="tool underline"
        data-color=${this.color}
        aria-label=${t.reader.underlineLabel(t.colors[this.color])}
        title=${t.reader.underlineLabel(t.colors[this.color])}
        @click=${() => this.emit({ action: 'highlight', color: this.color, style: 'underline' })}
      >
        ${underlineIcon}
      </button>
      <button
        class="tool"
        aria-label=${t.reader.bookmarkHere}
        title=${t.reader.bookmarkHere}
        @click=${() => this.emit({ action: 'bookmark' })}
      >
        ${bookmarkIcon}
      </button>
      <button class="note" @click=${() => this.emit({ action: 'note' })}>${noteIcon}${t.actions.note}</button>
    </div>`;
  }
}
customElements.define('jb-selection-toolbar', JbSelectionToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'jb-selection-toolbar': JbSelectionToolbar;
  }
}
