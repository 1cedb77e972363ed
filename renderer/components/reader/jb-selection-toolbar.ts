import { html, LitElement } from 'lit';
import type { HighlightColor } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { COLORS } from '../../lib/colors.js';
import { noteIcon } from '../icons.js';
import { controls } from '../shared.styles.js';
import { toolbarStyles } from './jb-selection-toolbar.styles.js';

/**
 * The floating toolbar over a text selection: six highlight colours and Note.
 * @fires jb-highlight - detail: HighlightColor
 * @fires jb-note
 */
export class JbSelectionToolbar extends LitElement {
  static override styles = [controls, toolbarStyles];

  override connectedCallback(): void {
    super.connectedCallback();
    // Keep the text selection alive while a button is pressed.
    this.addEventListener('pointerdown', (event) => event.preventDefault());
    this.addEventListener('mousedown', (event) => event.preventDefault());
  }

  private emit(name: string, detail?: HighlightColor): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  override render() {
    return html`<div class="bar" role="toolbar" aria-label=${t.reader.toolbarLabel}>
      ${COLORS.map(
        (color) =>
          html`<button
            class="swatch ${color}"
            data-color=${color}
            aria-label=${t.reader.colorLabel(t.colors[color])}
            title=${t.reader.colorLabel(t.colors[color])}
            @click=${() => this.emit('jb-highlight', color)}
          ></button>`,
      )}
      <span class="sep" aria-hidden="true"></span>
      <button class="note" @click=${() => this.emit('jb-note')}>${noteIcon}${t.actions.note}</button>
    </div>`;
  }
}
customElements.define('jb-selection-toolbar', JbSelectionToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'jb-selection-toolbar': JbSelectionToolbar;
  }
}
