import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import type { Article, Collection } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { reportError } from '../../lib/errors.js';
import { deleteArticle, deleteSource, setStates } from '../../lib/library-actions.js';
import { libraryHref } from '../../lib/route.js';
import { apiContext } from '../../state/context.js';
import { controls, fields } from '../shared.styles.js';
import { articleActionsStyles } from './jb-article-actions.styles.js';

/** Reading progress in whole percent: the reading position over the text's length. */
const progressOf = (position: number | null, length: number): number | null =>
  position === null ? null : length === 0 ? 100 : Math.min(100, Math.round((100 * position) / length));

const fieldValue = (form: HTMLFormElement, name: string) =>
  (form.elements.namedItem(name) as HTMLInputElement).value.trim();

/**
 * The reader's article header: how far it was read, read and archived states, its details (title,
 * authors, date, source name), its collections, and deleting it or its whole file.
 * @fires jb-article-changed - the article's details or states changed: show it again
 */
export class JbArticleActions extends LitElement {
  static override properties = {
    article: { attribute: false },
    position: { attribute: false },
    editing: { state: true },
    collections: { state: true },
    mine: { state: true },
  };
  static override styles = [controls, fields, articleActionsStyles];

  article: Article | null = null;
  /** The saved reading position (an offset in the text), null if never read. */
  position: number | null = null;
  editing = false;
  /** Every collection, and the ids of those holding the article; null until the list is opened. */
  collections: Collection[] | null = null;
  mine = new Set<number>();
  private api = new ContextConsumer(this, { context: apiContext });

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    const before = changed.get('article') as Article | null | undefined;
    if (changed.has('article') && before?.id !== this.article?.id) {
      this.editing = false;
      this.collections = null;
    }
  }

  private changed(): void {
    this.dispatchEvent(new CustomEvent('jb-article-changed'));
  }

  private async toggle(states: { read?: boolean; archived?: boolean }): Promise<void> {
    if (this.article && (await setStates(this.api.value!, this, this.article.id, states))) this.changed();
  }

  private async save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const article = this.article;
    if (!article) return;
    const form = event.target as HTMLFormElement;
    const authors = fieldValue(form, 'authors')
      .split(/[,，、]/u)
      .map((name) => name.trim())
      .filter(Boolean);
    const sourceName = fieldValue(form, 'sourceName');
    try {
      await this.api.value!['articles.update']({
        id: article.id,
        title: fieldValue(form, 'title') || article.title,
        authors,
        date: fieldValue(form, 'date') || null,
        ...(sourceName === article.sourceName ? {} : { sourceName: sourceName || null }),
      });
      this.editing = false;
      this.dispatchEvent(new CustomEvent('jb-library-changed', { bubbles: true, composed: true }));
      this.changed();
    } catch (error) {
      reportError(this, error);
    }
  }

  private async loadCollections(): Promise<void> {
    const article = this.article;
    if (!article) return;
    try {
      const api = this.api.value!;
      const [all, mine] = await Promise.all([
        api['collections.list']({}),
        api['collections.list']({ articleId: article.id }),
      ]);
      this.collections = all.collections;
      this.mine = new Set(mine.collections.map((c) => c.id));
    } catch (error) {
      reportError(this, error);
    }
  }

  private async setMember(collection: Collection, member: boolean): Promise<void> {
    const article = this.article;
    if (!article) return;
    try {
      const input = { id: collection.id, articleIds: [article.id] };
      const api = this.api.value!;
      await (member ? api['collections.addArticles'](input) : api['collections.removeArticles'](input));
      const mine = new Set(this.mine);
      if (member) mine.add(collection.id);
      else mine.delete(collection.id);
      this.mine = mine;
    } catch (error) {
      reportError(this, error);
    }
  }

  private async discard(whole: boolean): Promise<void> {
    const article = this.article;
    if (!article) return;
    const api = this.api.value!;
    const done = whole
      ? await deleteSource(api, this, { id: article.sourceId, name: article.sourceName })
      : await deleteArticle(api, this, article);
    if (done) location.hash = libraryHref();
  }

  private details(article: Article) {
    return html`<form class="details" aria-label=${t.manage.detailsLabel} @submit=${this.save}>
      <label>${t.manage.title} <input name="title" required .value=${article.title} /></label>
      <label
        >${t.manage.authors}
        <input name="authors" placeholder=${t.manage.authorsHint} .value=${article.authors.join(', ')}
      /></label>
      <label>${t.manage.date} <input name="date" type="date" .value=${article.date ?? ''} /></label>
      <label>${t.manage.sourceName} <input name="sourceName" .value=${article.sourceName} /></label>
      <div class="buttons">
        <button class="primary" type="submit">${t.actions.save}</button>
        <button type="button" @click=${() => (this.editing = false)}>${t.actions.cancel}</button>
      </div>
    </form>`;
  }

  private collectionList(article: Article) {
    const collections = this.collections;
    if (collections === null) return nothing;
    if (collections.length === 0) return html`<p class="hint">${t.manage.noCollections}</p>`;
    return html`<fieldset>
      <legend class="visually-hidden">${t.manage.collectionsOf(article.title)}</legend>
      ${collections.map(
        (c) =>
          html`<label class="check"
            ><input
              type="checkbox"
              .checked=${this.mine.has(c.id)}
              @change=${(e: Event) => void this.setMember(c, (e.target as HTMLInputElement).checked)}
            />${c.name}</label
          >`,
      )}
    </fieldset>`;
  }

  override render() {
    const article = this.article;
    if (!article) return nothing;
    const progress = progressOf(this.position, article.text.length);
    return html`<div class="bar" role="group" aria-label=${t.manage.actionsLabel(article.title)}>
        ${
          progress === null
            ? nothing
            : html`<span class="progress" title=${t.manage.progressLabel}>
                <progress max="100" .value=${progress} aria-label=${t.manage.progressLabel}></progress>
                ${t.manage.progress(progress)}
              </span>`
        }
        <button
          class="quiet"
          aria-pressed=${article.read ? 'true' : 'false'}
          @click=${() => void this.toggle({ read: !article.read })}
        >
          ${t.manage.read}
        </button>
        <button
          class="quiet"
          aria-pressed=${article.archived ? 'true' : 'false'}
          @click=${() => void this.toggle({ archived: !article.archived })}
        >
          ${t.manage.archived}
        </button>
        <button
          class="quiet"
          title=${t.manage.detailsTitle}
          aria-expanded=${this.editing ? 'true' : 'false'}
          @click=${() => (this.editing = !this.editing)}
        >
          ${t.manage.details}
        </button>
        <details
          @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && void this.loadCollections()}
        >
          <summary>${t.manage.collections}</summary>
          ${this.collectionList(article)}
        </details>
        <span class="spacer"></span>
        <button class="quiet danger" @click=${() => void this.discard(false)}>
          ${t.manage.deleteArticle}
        </button>
        <button
          class="quiet danger"
          title=${t.manage.deleteSourceTitle(article.sourceName)}
          @click=${() => void this.discard(true)}
        >
          ${t.manage.deleteSource}
        </button>
      </div>
      ${this.editing ? this.details(article) : nothing}`;
  }
}
customElements.define('jb-article-actions', JbArticleActions);

declare global {
  interface HTMLElementTagNameMap {
    'jb-article-actions': JbArticleActions;
  }
}
