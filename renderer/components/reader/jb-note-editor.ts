import { html, LitElement } from 'lit';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { controls } from '../shared.styles.js';
import { noteEditorStyles } from './jb-note-editor.styles.js';

/**
 * A note textarea with Save and Cancel (Ctrl/Cmd+Enter saves, Escape cancels).
 * @fires jb-save - detail: the note text
 * @fires jb-cancel
 */
export class JbNoteEditor extends LitElement {
  static override properties = {
    value: { type: String },
    label: { type: String },
    placeholder: { type: String },
  };
  static override styles = [controls, noteEditorStyles];

  value = '';
  /** Unset: the current language's words for a note on a passage. */
  label?: string;
  placeholder?: string;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('textarea')?.focus({ preventScroll: true });
  }

  private get text(): string {
    return this.renderRoot.querySelector('textarea')?.value ?? this.value;
  }

  private save(event: Event): void {
    event.preventDefault();
    this.dispatchEvent(new CustomEvent('jb-save', { detail: this.text }));
  }

  private cancel(): void {
    this.dispatchEvent(new CustomEvent('jb-cancel'));
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.cancel();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) this.save(event);
  }

  override render() {
    return html`<form @submit=${this.save} @keydown=${this.onKey}>
      <textarea
        aria-label=${this.label ?? t.reader.noteEditorLabel}
        placeholder=${this.placeholder ?? t.reader.notePlaceholder}
        .value=${this.value}
      ></textarea>
      <div class="actions">
        <button type="button" @click=${this.cancel}>${t.actions.cancel}</button>
        <button type="submit" class="primary">${t.actions.save}</button>
      </div>
    </form>`;
  }
}
customElements.define('jb-note-editor', JbNoteEditor);

declare global {
  interface HTMLElementTagNameMap {
    'jb-note-editor': JbNoteEditor;
  }
}
