import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import type { SearchHit } from '../../../shared/contract/search-entries.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { describeError, reportError } from '../../lib/errors.js';
import { libraryHref } from '../../lib/route.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';
import { NO_FILTERS, type Filters, type JbLibraryFilters, type TagCount } from './jb-library-filters.js';
import type { HitCount } from './jb-search-results.js';
import { libraryStyles } from './jb-library.styles.js';
import './jb-article-list.js';
import './jb-library-filters.js';
import './jb-search-results.js';
import '../manage/jb-collections-bar.js';

/** Hits per `search.query` request. */
const HITS_PER_PAGE = 50;

const quoted = (name: string, value: string) => `${name}:"${value.replace(/["\u201c\u201d]/g, '')}"`;

/**
 * The imported articles (a virtualised list: sortable, filterable by tag and source) or, while a
 * query or a date is set, the search hits, paged as they scroll in. Each opens in the reader.
 * Reloads when `version` changes.
 */
export class JbLibrary extends LitElement {
  static override properties = {
    version: { type: Number },
    query: { type: String },
    total: { state: true },
    hits: { state: true },
    hitCount: { state: true },
    more: { state: true },
    loadingMore: { state: true },
    tags: { state: true },
    filters: { state: true },
    queryError: { state: true },
  };
  static override styles = [controls, libraryStyles];

  version = 0;
  /** The search query the page opened with (from location.hash). */
  query = '';
  /** Articles in the (filtered) library; null until the list's first reply. */
  total: number | null = null;
  /** Search hits; null when the library is listed instead. */
  hits: SearchHit[] | null = null;
  hitCount: HitCount | null = null;
  more = false;
  loadingMore = false;
  tags: TagCount[] = [];
  filters: Filters = NO_FILTERS;
  queryError = '';
  private api = new ContextConsumer(this, { context: apiContext });
  /** Counts searches: a reply to an older one is dropped. */
  private searches = 0;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('query')) this.filters = { ...this.filters, query: this.query };
    if (changed.has('version') || changed.has('query')) {
      void this.loadTags();
      void this.search();
    }
  }

  /** Focuses the search box (Ctrl/Cmd+K, /). */
  async focusSearch(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<JbLibraryFilters>('jb-library-filters')?.focusSearch();
  }

  /** Search hits are listed rather than the library: words are typed, or a date is set. */
  private get searching(): boolean {
    const { query, after, before } = this.filters;
    return query.trim() !== '' || after !== '' || before !== '';
  }

  /** The query with the filters as the query language writes them. */
  private get searchText(): string {
    const { query, tag, source, after, before } = this.filters;
    return [
      query.trim(),
      tag ? quoted('tag', tag) : '',
      source.trim() ? quoted('source', source.trim()) : '',
      after ? `after:${after}` : '',
      before ? `before:${before}` : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** The first page of hits and their number, for the current filters (nothing when listing). */
  private async search(): Promise<void> {
    const api = this.api.value;
    if (!api) return;
    const search = ++this.searches;
    this.more = false;
    this.loadingMore = false;
    if (!this.searching) {
      this.hits = null;
      this.hitCount = null;
      this.queryError = '';
      return;
    }
    const query = this.searchText;
    const sort = this.filters.query.trim() ? this.filters.searchSort : 'newest';
    // The number may take longer than the first page: the page is shown as soon as it is here.
    this.hitCount = null;
    const counted = api['search.count']({ query }).then(
      ({ total, totalExact }) => {
        if (search === this.searches) this.hitCount = { total, exact: totalExact };
      },
      () => undefined,
    );
    try {
      const page = await api['search.query']({ query, sort, limit: HITS_PER_PAGE, offset: 0 });
      if (search !== this.searches) return;
      this.queryError = '';
      this.hits = page.hits;
      this.more = page.more;
    } catch (error) {
      if (search !== this.searches) return;
      // A query the server cannot search is explained under the box; anything else is an error.
      if (describeError(error).code === 'invalid_input') {
        this.queryError = describeError(error).message;
        this.hits = [];
        this.hitCount = { total: 0, exact: true };
      } else reportError(this, error);
    }
    await counted;
  }

  private async loadMore(): Promise<void> {
    const api = this.api.value;
    if (!api || !this.hits || !this.more || this.loadingMore) return;
    const search = this.searches;
    const query = this.searchText;
    const sort = this.filters.query.trim() ? this.filters.searchSort : 'newest';
    this.loadingMore = true;
    try {
      const page = await api['search.query']({ query, sort, limit: HITS_PER_PAGE, offset: this.hits.length });
      if (search !== this.searches) return;
      const seen = new Set(this.hits.map((hit) => hit.articleId));
      this.hits = [...this.hits, ...page.hits.filter((hit) => !seen.has(hit.articleId))];
      this.more = page.more;
    } catch (error) {
      if (search === this.searches) reportError(this, error);
    } finally {
      if (search === this.searches) this.loadingMore = false;
    }
  }

  private async loadTags(): Promise<void> {
    const api = this.api.value;
    if (!api) return;
    try {
      this.tags = (await api['tags.list']({})).tags;
    } catch (error) {
      reportError(this, error);
    }
  }

  private setFilters(filters: Filters): void {
    const queryChanged = filters.query !== this.filters.query;
    this.filters = filters;
    if (queryChanged) history.replaceState(null, '', libraryHref(filters.query.trim()));
    void this.search();
  }

  private get filtered(): boolean {
    const { tag, source, archived, collection } = this.filters;
    return tag !== null || source.trim() !== '' || archived !== 'exclude' || collection !== null;
  }

  private list() {
    const { sort, tag, source, archived, collection } = this.filters;
    const empty = this.total === 0;
    return html`<jb-collections-bar
        .version=${this.version}
        .selected=${collection}
        @jb-collection=${(event: CustomEvent<number | null>) =>
          this.setFilters({ ...this.filters, collection: event.detail })}
      ></jb-collections-bar>
      ${
        empty
          ? this.filtered
            ? html`<p class="empty-filtered" role="status">${t.library.noneFiltered}</p>`
            : html`<div class="empty">
                <p>${t.library.empty}</p>
                <p>${t.library.emptyHint}</p>
              </div>`
          : nothing
      }
      <jb-article-list
        .version=${this.version}
        .sort=${sort}
        .tag=${tag}
        .source=${source.trim() || null}
        .archived=${archived}
        .collection=${collection}
        @jb-total=${(event: CustomEvent<number>) => (this.total = event.detail)}
        @jb-source=${(event: CustomEvent<string>) => this.setFilters({ ...this.filters, source: event.detail })}
      ></jb-article-list>`;
  }

  override render() {
    const searching = this.hits !== null;
    return html`
      <div class="heading">
        <h1>${t.library.heading}</h1>
        ${
          !searching && this.total !== null
            ? html`<span class="count" role="status">${t.library.count(this.total)}</span>`
            : nothing
        }
      </div>
      <jb-library-filters
        .query=${this.filters.query}
        .sort=${this.filters.sort}
        .searchSort=${this.filters.searchSort}
        .tag=${this.filters.tag}
        .source=${this.filters.source}
        .fromDate=${this.filters.after}
        .beforeDate=${this.filters.before}
        .archived=${this.filters.archived}
        .tags=${this.tags}
        @jb-filters=${(event: CustomEvent<Omit<Filters, 'collection'>>) =>
          this.setFilters({ ...event.detail, collection: this.filters.collection })}
      ></jb-library-filters>
      ${this.queryError ? html`<p class="query-error" role="status">${this.queryError}</p>` : nothing}
      ${
        searching
          ? html`<jb-search-results
              .hits=${this.hits}
              .count=${this.hitCount}
              .more=${this.more}
              .loading=${this.loadingMore}
              .query=${this.searchText}
              @jb-more=${() => void this.loadMore()}
            ></jb-search-results>`
          : this.list()
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
