import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import type { ArticleSummary } from '../../../shared/contract/api.js';
import type { SearchHit } from '../../../shared/contract/search-entries.js';
import { t } from '../../i18n/index.js';
import { describeError, reportError } from '../../lib/errors.js';
import { formatDate } from '../../lib/format.js';
import { articleHref, libraryHref } from '../../lib/route.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';
import type { Filters, TagCount } from './jb-library-filters.js';
import { libraryStyles } from './jb-library.styles.js';
import './jb-library-filters.js';
import './jb-search-results.js';

const quoteTag = (name: string) => `tag:"${name.replace(/"/g, '')}"`;

/**
 * The imported articles (sortable, filterable by tag) or, while a query is typed, the search hits.
 * Each opens in the reader. Reloads when `version` changes.
 */
export class JbLibrary extends LitElement {
  static override properties = {
    version: { type: Number },
    query: { type: String },
    items: { state: true },
    total: { state: true },
    hits: { state: true },
    tags: { state: true },
    filters: { state: true },
    queryError: { state: true },
  };
  static override styles = [controls, libraryStyles];

  version = 0;
  /** The search query the page opened with (from location.hash). */
  query = '';
  items: ArticleSummary[] | null = null;
  total = 0;
  hits: SearchHit[] | null = null;
  tags: TagCount[] = [];
  filters: Filters = { query: '', sort: 'newest', searchSort: 'relevance', tag: null };
  queryError = '';
  private api = new ContextConsumer(this, { context: apiContext });
  private loads = 0;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('query')) this.filters = { ...this.filters, query: this.query };
    if (changed.has('version') || changed.has('query')) void this.load();
  }

  private get searchText(): string {
    const { query, tag } = this.filters;
    return [query.trim(), tag ? quoteTag(tag) : ''].filter(Boolean).join(' ');
  }

  private async load(): Promise<void> {
    const api = this.api.value;
    if (!api) return;
    const load = ++this.loads;
    const { query, sort, tag } = this.filters;
    try {
      void this.loadTags();
      const listing = await (query.trim()
        ? Promise.all([
            api['search.query']({ query: this.searchText, sort: this.filters.searchSort, limit: 100 }),
            api['search.count']({ query: this.searchText }),
          ]).then(([page, count]) => ({ hits: page.hits, total: count.total }))
        : api['articles.list']({ limit: 1000, offset: 0, sort, ...(tag ? { tag } : {}) }).then((r) => ({
            items: r.items,
            total: r.total,
          })));
      if (load !== this.loads) return;
      this.queryError = '';
      this.total = listing.total;
      if ('hits' in listing) this.hits = listing.hits;
      else {
        this.hits = null;
        this.items = listing.items;
      }
    } catch (error) {
      if (load !== this.loads) return;
      this.items = this.items ?? [];
      // A query the server cannot search is explained under the box; anything else is an error.
      if (query.trim() && describeError(error).code === 'invalid_input')
        this.queryError = describeError(error).message;
      else reportError(this, error);
    }
  }

  private async loadTags(): Promise<void> {
    try {
      this.tags = (await this.api.value!['tags.list']({})).tags;
    } catch (error) {
      reportError(this, error);
    }
  }

  private onFilters(event: CustomEvent<Filters>): void {
    this.filters = event.detail;
    history.replaceState(null, '', libraryHref(this.filters.query.trim()));
    void this.load();
  }

  private list(items: ArticleSummary[]) {
    if (items.length === 0 && !this.filters.tag)
      return html`<div class="empty">
        <p>${t.library.empty}</p>
        <p>${t.library.emptyHint}</p>
      </div>`;
    return html`<ol aria-label=${t.library.heading}>
      ${items.map(
        (item) =>
          html`<li>
            <a href=${articleHref(item.id)} data-article-id=${item.id}>
              <span class="title">${item.title}</span>
              <span class="section ${item.section ? '' : 'none'}" title=${t.library.columns.section}
                >${item.section ?? t.library.noSection}</span
              >
              <span class="meta">
                <span title=${t.library.columns.source}>${item.sourceName}</span>
                <span title=${t.library.columns.imported}>${formatDate(item.importedAt)}</span>
              </span>
              ${
                item.annotationCount > 0
                  ? html`<span class="badge">${t.library.annotations(item.annotationCount)}</span>`
                  : nothing
              }
            </a>
          </li>`,
      )}
    </ol>`;
  }

  override render() {
    if (this.items === null && this.hits === null)
      return html`<p class="empty" role="status">${t.library.loading}</p>`;
    return html`
      <div class="heading">
        <h1>${t.library.heading}</h1>
        ${this.hits === null ? html`<span class="count">${t.library.count(this.total)}</span>` : nothing}
      </div>
      <jb-library-filters
        .query=${this.filters.query}
        .sort=${this.filters.sort}
        .searchSort=${this.filters.searchSort}
        .tag=${this.filters.tag}
        .tags=${this.tags}
        @jb-filters=${this.onFilters}
      ></jb-library-filters>
      ${this.queryError ? html`<p class="query-error" role="status">${this.queryError}</p>` : nothing}
      ${
        this.hits !== null
          ? html`<jb-search-results
              .hits=${this.hits}
              .total=${this.total}
              .query=${this.searchText}
            ></jb-search-results>`
          : this.list(this.items ?? [])
      }
    `;
  }
}
customElements.define('jb-library', JbLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'jb-library': JbLibrary;
  }
}
