import { html, LitElement, nothing } from 'lit';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import {
  ARCHIVE_FILTERS,
  LIBRARY_SORTS as SORTS,
  SEARCH_SORTS,
  type ArchiveFilter,
  type LibrarySort as Sort,
  type SearchSort,
} from '../../../shared/contract/vocabulary.js';
import { controls, fields } from '../shared.styles.js';
import { filtersStyles } from './jb-library-filters.styles.js';

export interface Filters {
  query: string;
  sort: Sort;
  searchSort: SearchSort;
  tag: string | null;
  /** Only articles whose source file name contains this text ('' for all). */
  source: string;
  /** YYYY-MM-DD or '': imported on or after / before that day. */
  after: string;
  before: string;
  /** Archived articles are listed only when asked for. */
  archived: ArchiveFilter;
  /** Only the articles of this collection (chosen in jb-collections-bar, not here). */
  collection: number | null;
}

export const NO_FILTERS: Filters = {
  query: '',
  sort: 'newest',
  searchSort: 'relevance',
  tag: null,
  source: '',
  after: '',
  before: '',
  archived: 'exclude',
  collection: null,
};

/** How long typing must pause before the query is searched. */
export const TYPING_DELAY_MS = 150;

export interface TagCount {
  name: string;
  articleCount: number;
}

/**
 * The search box, the sort order, the source, date and archived filters and the tag chips above the
 * library.
 * @fires jb-filters - detail: Filters but the collection (the query and the source are debounced while typing)
 */
export class JbLibraryFilters extends LitElement {
  static override properties = {
    query: { type: String },
    sort: { type: String },
    searchSort: { type: String },
    tag: { type: String },
    source: { type: String },
    fromDate: { type: String },
    beforeDate: { type: String },
    archived: { type: String },
    tags: { attribute: false },
  };
  static override styles = [controls, fields, filtersStyles];

  query = '';
  sort: Sort = 'newest';
  searchSort: SearchSort = 'relevance';
  tag: string | null = null;
  source = '';
  /** The date filters (`after`, `before` of Filters): Element has methods of those names. */
  fromDate = '';
  beforeDate = '';
  archived: ArchiveFilter = 'exclude';
  tags: TagCount[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private emit(): void {
    clearTimeout(this.timer);
    this.dispatchEvent(
      new CustomEvent<Omit<Filters, 'collection'>>('jb-filters', {
        detail: {
          query: this.query,
          sort: this.sort,
          searchSort: this.searchSort,
          tag: this.tag,
          source: this.source,
          after: this.fromDate,
          before: this.beforeDate,
          archived: this.archived,
        },
      }),
    );
  }

  /** Focuses the search box and selects its text (Ctrl/Cmd+K, /). */
  focusSearch(): void {
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type=search]');
    input?.focus();
    input?.select();
  }

  private later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.emit(), TYPING_DELAY_MS);
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.later();
  }

  private onSource(event: Event): void {
    this.source = (event.target as HTMLInputElement).value;
    this.later();
  }

  private onDate(which: 'fromDate' | 'beforeDate', event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this[which] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
    this.emit();
  }

  /** "From" (on or after) or "Before" a day; neither can cross the other. */
  private dateField(which: 'fromDate' | 'beforeDate') {
    const from = which === 'fromDate';
    return html`<label
      >${from ? t.search.after : t.search.before}
      <input
        type="date"
        .value=${this[which]}
        min=${(!from && this.fromDate) || nothing}
        max=${(from && this.beforeDate) || nothing}
        @change=${(e: Event) => this.onDate(which, e)}
    /></label>`;
  }

  private clearFilters(): void {
    this.source = '';
    this.fromDate = '';
    this.beforeDate = '';
    this.tag = null;
    this.archived = 'exclude';
    this.emit();
  }

  private onSort(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    if (this.searching) this.searchSort = value as SearchSort;
    else this.sort = value as Sort;
    this.emit();
  }

  /** Search hits are listed (rather than the library): words are typed, or a date is set. */
  private get searching(): boolean {
    return this.query.trim() !== '' || this.fromDate !== '' || this.beforeDate !== '';
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
          title=${t.search.shortcut}
          placeholder=${t.search.placeholder}
          .value=${this.query}
          @input=${this.onInput}
        />
        <select aria-label=${t.search.sortLabel} @change=${this.onSort}>
          ${
            this.searching
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
      <div class="filters" role="group" aria-label=${t.search.filtersLabel}>
        <label
          >${t.search.source}
          <input
            type="text"
            class="source"
            placeholder=${t.search.sourcePlaceholder}
            .value=${this.source}
            @input=${this.onSource}
        /></label>
        ${this.dateField('fromDate')} ${this.dateField('beforeDate')}
        <label
          >${t.manage.show}
          <select
            @change=${(e: Event) => {
              this.archived = (e.target as HTMLSelectElement).value as ArchiveFilter;
              this.emit();
            }}
          >
            ${ARCHIVE_FILTERS.map(
              (value) =>
                html`<option value=${value} ?selected=${value === this.archived}>
                  ${t.manage.shows[value]}
                </option>`,
            )}
          </select></label
        >
        ${
          this.source || this.fromDate || this.beforeDate || this.tag || this.archived !== 'exclude'
            ? html`<button class="quiet" @click=${this.clearFilters}>${t.search.clearFilters}</button>`
            : nothing
        }
      </div>
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
