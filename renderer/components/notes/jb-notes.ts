import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Output } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { downloadText } from '../../lib/download.js';
import { reportError } from '../../lib/errors.js';
import { shorten } from '../../lib/format.js';
import { guessLang } from '../../lib/lang.js';
import { openLinkOutside } from '../../lib/links.js';
import { renderNoteMarkdown } from '../../lib/markdown.js';
import { articleHref } from '../../lib/route.js';
import { apiContext } from '../../state/context.js';
import { exportIcon, importIcon } from '../icons.js';
import { annotationCards, controls, fields, noteMarkdown, swatches } from '../shared.styles.js';
import { notesStyles } from './jb-notes.styles.js';

type Item = Output<'annotations.all'>['items'][number];
type Grouping = 'article' | 'tag';

const PAGE = 200;
const FILTER_DELAY_MS = 200;

/**
 * Every highlight and note in the library, grouped by article or by tag, filterable by text; each
 * opens its article at the passage. Also backup and restore of the whole library (JSON, snapshots).
 * @fires jb-export - the user asked for the export dialog
 */
export class JbNotes extends LitElement {
  static override properties = {
    version: { type: Number },
    items: { state: true },
    total: { state: true },
    text: { state: true },
    grouping: { state: true },
    status: { state: true },
  };
  static override styles = [controls, fields, annotationCards, swatches, notesStyles, noteMarkdown];

  /** Reloads when this changes (library changes, a restore). */
  version = 0;
  items: Item[] | null = null;
  total = 0;
  text = '';
  grouping: Grouping = 'article';
  status = '';
  private api = new ContextConsumer(this, { context: apiContext });
  private loads = 0;
  private filterTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('version')) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.filterTimer);
  }

  private async load(more = false): Promise<void> {
    const api = this.api.value;
    if (!api) return;
    const load = ++this.loads;
    const text = this.text.trim();
    try {
      const page = await api['annotations.all']({
        ...(text ? { text } : {}),
        limit: PAGE,
        offset: more ? (this.items?.length ?? 0) : 0,
      });
      if (load !== this.loads) return;
      this.items = more ? [...(this.items ?? []), ...page.items] : page.items;
      this.total = page.total;
    } catch (error) {
      this.items ??= [];
      reportError(this, error);
    }
  }

  private onFilter(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    clearTimeout(this.filterTimer);
    this.filterTimer = setTimeout(() => void this.load(), FILTER_DELAY_MS);
  }

  private async backup(): Promise<void> {
    try {
      const { fileName, json } = await this.api.value!['backup.create']({});
      downloadText(fileName, json, 'application/json;charset=utf-8');
    } catch (error) {
      reportError(this, error);
    }
  }

  private async restore(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    try {
      const counts = await this.api.value!['backup.restore']({ json: await file.text() });
      this.status = t.notes.restored(counts);
      await this.load();
    } catch (error) {
      reportError(this, error);
    }
  }

  private groups(items: Item[]): { key: string; title: string; meta: string; items: Item[] }[] {
    const groups = new Map<string, { key: string; title: string; meta: string; items: Item[] }>();
    const add = (key: string, title: string, meta: string, item: Item) => {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { key, title, meta, items: [] }));
      group.items.push(item);
    };
    for (const item of items) {
      if (this.grouping === 'article') add(`a${item.articleId}`, item.articleTitle, item.sourceName, item);
      else if (item.tags.length === 0) add('untagged', t.notes.untagged, '', item);
      else for (const tag of item.tags) add(`t${tag}`, tag, '', item);
    }
    const list = [...groups.values()];
    if (this.grouping === 'tag')
      list.sort((a, b) =>
        a.key === 'untagged' ? 1 : b.key === 'untagged' ? -1 : a.title.localeCompare(b.title),
      );
    for (const group of list) group.items.sort((a, b) => a.articleId - b.articleId || a.start - b.start);
    return list;
  }

  private item(item: Item) {
    const articleNote = item.kind === 'note';
    const quote = articleNote ? t.notes.articleNote : item.quote;
    return html`<li class=${articleNote ? 'article-note' : item.color}>
      <a
        href=${articleHref(item.articleId, '', item.id)}
        aria-label=${t.notes.open(shorten(quote, 40))}
        class="quote ${articleNote ? 'kind' : ''}"
        lang=${articleNote ? nothing : guessLang(quote)}
        >${quote}</a
      >
      ${item.status === 'orphaned' ? html`<span class="orphan">${t.notes.orphaned}</span>` : nothing}
      ${item.note ? html`<div class="note" lang=${guessLang(item.note)} @click=${openLinkOutside}>${unsafeHTML(renderNoteMarkdown(item.note))}</div>` : nothing}
      ${
        this.grouping === 'tag' || item.tags.length > 0
          ? html`<div class="meta">
              ${this.grouping === 'tag' ? html`<span class="source">${item.articleTitle}</span>` : nothing}
              ${item.tags.map((tag) => html`<span class="tag">${tag}</span>`)}
            </div>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const items = this.items;
    return html`<section aria-label=${t.notes.label}>
      <div class="heading">
        <h1>${t.notes.heading}</h1>
        ${items ? html`<span class="count">${t.notes.count(this.total)}</span>` : nothing}
        <span class="spacer"></span>
        <button
          title=${t.exportDialog.title}
          @click=${() => this.dispatchEvent(new CustomEvent('jb-export'))}
        >
          ${exportIcon}${t.actions.exportNotes}
        </button>
        <button title=${t.notes.backupTitle} @click=${() => void this.backup()}>
          ${exportIcon}${t.notes.backup}
        </button>
        <button
          title=${t.notes.restoreTitle}
          @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input.restore')?.click()}
        >
          ${importIcon}${t.notes.restore}
        </button>
        <input
          class="restore"
          type="file"
          accept=".json,application/json"
          aria-label=${t.notes.restorePick}
          tabindex="-1"
          hidden
          @change=${this.restore}
        />
      </div>
      <p class="status" role="status">${this.status}</p>
      <div class="filters">
        <input
          type="search"
          aria-label=${t.notes.filter}
          placeholder=${t.notes.filterPlaceholder}
          .value=${this.text}
          @input=${this.onFilter}
        />
        <label
          >${t.notes.groupBy}
          <select
            @change=${(event: Event) =>
              (this.grouping = (event.target as HTMLSelectElement).value as Grouping)}
          >
            <option value="article" ?selected=${this.grouping === 'article'}>${t.notes.byArticle}</option>
            <option value="tag" ?selected=${this.grouping === 'tag'}>${t.notes.byTag}</option>
          </select></label
        >
      </div>
      ${
        items === null
          ? html`<p class="empty" role="status">${t.library.loading}</p>`
          : items.length === 0
            ? html`<p class="empty">${this.text.trim() ? t.notes.none : t.notes.empty}</p>`
            : this.groups(items).map(
                (group) =>
                  html`<section class="group" aria-label=${group.title}>
                    <h2>
                      ${
                        this.grouping === 'article'
                          ? html`<a href=${articleHref(group.items[0]!.articleId)}>${group.title}</a>`
                          : group.title
                      }
                      ${group.meta ? html`<span class="meta">${group.meta}</span>` : nothing}
                    </h2>
                    <ol>
                      ${group.items.map((item) => this.item(item))}
                    </ol>
                  </section>`,
              )
      }
      ${
        items && items.length < this.total
          ? html`<button class="more" @click=${() => void this.load(true)}>${t.notes.more}</button>`
          : nothing
      }
    </section>`;
  }
}
customElements.define('jb-notes', JbNotes);

declare global {
  interface HTMLElementTagNameMap {
    'jb-notes': JbNotes;
  }
}
