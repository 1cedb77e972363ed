import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import type { Collection } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { reportError } from '../../lib/errors.js';
import { apiContext } from '../../state/context.js';
import { controls, fields } from '../shared.styles.js';

/**
 * The library's collections: choose one to list only its articles, make a new one, rename or delete
 * the chosen one. Reloads when `version` changes.
 * @fires jb-collection - detail: the chosen collection's id, or null for all articles
 */
export class JbCollectionsBar extends LitElement {
  static override properties = {
    version: { type: Number },
    selected: { attribute: false },
    collections: { state: true },
    naming: { state: true },
  };
  static override styles = [
    controls,
    fields,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
        margin: 0 0 0.75rem;
        font-size: 0.85rem;
      }
      select,
      input {
        font-size: 0.85rem;
        padding: 0.25rem 0.5rem;
      }
      button {
        font-size: 0.82rem;
        padding: 0.3em 0.6em;
      }
      label,
      form {
        display: inline-flex;
        align-items: center;
        gap: 0.4rem;
      }
    `,
  ];

  version = 0;
  selected: number | null = null;
  collections: Collection[] = [];
  /** A name is being typed: for a new collection, or the chosen one's new name. */
  naming: 'new' | 'rename' | null = null;
  private api = new ContextConsumer(this, { context: apiContext });

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('version')) void this.load();
  }

  override updated(changed: Map<string, unknown>): void {
    // The button that opened the name field is gone: the keyboard goes on in the field.
    if (changed.has('naming') && this.naming) this.renderRoot.querySelector('input')?.focus();
  }

  private async load(): Promise<void> {
    try {
      this.collections = (await this.api.value!['collections.list']({})).collections;
      // The chosen one was deleted (here or elsewhere): list every article again.
      if (this.selected !== null && !this.collections.some((c) => c.id === this.selected)) this.choose(null);
    } catch (error) {
      reportError(this, error);
    }
  }

  private choose(id: number | null): void {
    this.dispatchEvent(new CustomEvent('jb-collection', { detail: id }));
  }

  private get chosen(): Collection | undefined {
    return this.collections.find((c) => c.id === this.selected);
  }

  private async saveName(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('name') as HTMLInputElement;
    const name = input.value.trim();
    if (!name) return;
    const api = this.api.value!;
    try {
      const chosen = this.chosen;
      const saved =
        this.naming === 'rename' && chosen
          ? await api['collections.rename']({ id: chosen.id, name })
          : await api['collections.create']({ name });
      this.naming = null;
      await this.load();
      this.choose(saved.id);
    } catch (error) {
      reportError(this, error);
    }
  }

  private async deleteChosen(): Promise<void> {
    const chosen = this.chosen;
    if (!chosen || !confirm(t.manage.confirmDeleteCollection(chosen.name))) return;
    try {
      await this.api.value!['collections.delete']({ id: chosen.id });
      await this.load();
    } catch (error) {
      reportError(this, error);
    }
  }

  private nameForm() {
    const renaming = this.naming === 'rename' && this.chosen;
    const label = renaming ? t.manage.renameCollectionName(this.chosen!.name) : t.manage.newCollectionName;
    return html`<form
      @submit=${this.saveName}
      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.naming = null)}
    >
      <input
        name="name"
        required
        maxlength="100"
        aria-label=${label}
        placeholder=${label}
        .value=${renaming ? this.chosen!.name : ''}
      />
      <button class="primary" type="submit">${t.actions.save}</button>
      <button type="button" @click=${() => (this.naming = null)}>${t.actions.cancel}</button>
    </form>`;
  }

  override render() {
    const chosen = this.chosen;
    return html`<label
        >${t.manage.collection}
        <select @change=${(e: Event) => this.choose(Number((e.target as HTMLSelectElement).value) || null)}>
          <option value="" ?selected=${!chosen}>${t.manage.allCollections}</option>
          ${this.collections.map(
            (c) =>
              html`<option value=${c.id} ?selected=${c.id === this.selected}>
                ${t.manage.collectionCount(c.name, c.articleCount)}
              </option>`,
          )}
        </select></label
      >
      ${
        this.naming
          ? this.nameForm()
          : html`<button class="quiet" @click=${() => (this.naming = 'new')}>
                ${t.manage.newCollection}
              </button>
              ${
                chosen
                  ? html`<button class="quiet" @click=${() => (this.naming = 'rename')}>
                        ${t.manage.renameCollection}
                      </button>
                      <button class="quiet" @click=${() => void this.deleteChosen()}>
                        ${t.manage.deleteCollection}
                      </button>`
                  : nothing
              }`
      }`;
  }
}
customElements.define('jb-collections-bar', JbCollectionsBar);

declare global {
  interface HTMLElementTagNameMap {
    'jb-collections-bar': JbCollectionsBar;
  }
}
