import { html, LitElement } from 'lit';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { closeIcon } from '../icons.js';
import { controls } from '../shared.styles.js';
import { tagEditorStyles } from './jb-tag-editor.styles.js';

/**
 * An article's tags as removable chips, with a field to add one (Enter or comma).
 * @fires jb-tags - detail: the new list of tag names
 */
export class JbTagEditor extends LitElement {
  static override properties = { tags: { attribute: false } };
  static override styles = [controls, tagEditorStyles];

  tags: string[] = [];

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  private emit(tags: string[]): void {
    this.dispatchEvent(new CustomEvent<string[]>('jb-tags', { detail: tags }));
  }

  private onKey(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    if (event.key !== 'Enter' && event.key !== ',' && event.key !== '，') return;
    event.preventDefault();
    const name = input.value.trim();
    input.value = '';
    if (name && !this.tags.some((tag) => tag.toLowerCase() === name.toLowerCase()))
      this.emit([...this.tags, name]);
  }

  override render() {
    return html`<section aria-label=${t.tags.label}>
      <h2>${t.tags.label}</h2>
      <ul>
        ${this.tags.map(
          (tag) =>
            html`<li class="tag">
              <span>${tag}</span>
              <button
                aria-label=${t.tags.remove(tag)}
                title=${t.tags.remove(tag)}
                @click=${() => this.emit(this.tags.filter((other) => other !== tag))}
              >
                ${closeIcon}
              </button>
            </li>`,
        )}
        <li>
          <input
            aria-label=${t.tags.add}
            placeholder=${t.tags.placeholder}
            maxlength="100"
            @keydown=${this.onKey}
          />
        </li>
      </ul>
    </section>`;
  }
}
customElements.define('jb-tag-editor', JbTagEditor);

declare global {
  interface HTMLElementTagNameMap {
    'jb-tag-editor': JbTagEditor;
  }
}
