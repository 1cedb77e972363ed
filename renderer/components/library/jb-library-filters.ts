import { html, LitElement, nothing } from 'lit';
import { t } from '../../i18n/index.js';
import { SEARCH_SORTS, SORTS, type SearchSort, type Sort } from '../../lib/sorts.js';
import { controls } from '../shared.styles.js';
import { filtersStyles } from './jb-library-filters.styles.js';

export interface Filters {
  query: string;
  sort: Sort;
  searchSort: SearchSort;
  tag: string | null;
}

export interface TagCount {
  name: string;
  articleCount: number;
}

/**
 * The search box, the sort order and the tag chips above the library.
 * @fires jb-filters - detail: Filters (the query is debounced while typing)
 */
export class JbLibraryFilters extends LitElement {
  static override properties = {
    query: { type: String },
    sort: { type: String },
    searchSort: { type: String },
    tag: { type: String },
    tags: { attribute: false },
  };
  static override styles = [controls, filtersStyles];

  query = '';
  sort: Sort = 'newest';
  searchSort: SearchSort = 'relevance';
  tag: string | null = null;
  tags: TagCount[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private emit(): void {
    clearTimeout(this.timer);
    this.dispatchEvent(
      new CustomEvent<Filters>('jb-filters', {
        detail: { query: this.query, sort: this.sort, searchSort: this.searchSort, tag: this.tag },
      }),
    );
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emit(), 250);
  }

  private onSort(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (this.query.trim()) this.searchSort = value as SearchSort;
    else this.sort = value as Sort;
    this.emit();
  }

  private toggleTag(name: string | null): void {
    this.tag = this.tag === name ? null : name;
    this.emit();
  }

  override render() {
    return html`<form
        role="search"
        aria-label=${t.search.label}
        @submit=${(e: Event) => (e.preventDefault(), this.emit())}
      >
        <input
          type="search"
          aria-label=${t.search.label}
          placeholder=${t.search.placeholder}
          .value=${this.query}
          @input=${this.onInput}
        />
        <select aria-label=${t.search.sortLabel} @change=${this.onSort}>
          ${
            this.query.trim()
              ? SEARCH_SORTS.map(
                  (sort) =>
                    html`<option value=${sort} ?selected=${sort === this.searchSort}>
                      ${t.search.searchSorts[sort]}
                    </option>`,
                )
              : SORTS.map(
                  (sort) =>
                    html`<option value=${sort} ?selected=${sort === this.sort}>
                      ${t.search.sorts[sort]}
                    </option>`,
                )
          }
        </select>
      </form>
      ${
        this.tags.length > 0
          ? html`<div class="tags" role="group" aria-label=${t.search.tagsLabel}>
              <button
                aria-pressed=${this.tag === null ? 'true' : 'false'}
                @click=${() => this.toggleTag(null)}
              >
                ${t.search.allTags}
              </button>
              ${this.tags.map(
                (tag) =>
                  html`<button
                    aria-pressed=${this.tag === tag.name ? 'true' : 'false'}
                    @click=${() => this.toggleTag(tag.name)}
                  >
                    ${t.search.tagCount(tag.name, tag.articleCount)}
                  </button>`,
              )}
            </div>`
          : nothing
      }`;
  }
}
customElements.define('jb-library-filters', JbLibraryFilters);

declare global {
  interface HTMLElementTagNameMap {
    'jb-library-filters': JbLibraryFilters;
  }
}
