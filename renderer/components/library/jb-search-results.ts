import { html, LitElement, nothing } from 'lit';
import type { SearchHit } from '../../../shared/contract/search-entries.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { formatDate } from '../../lib/format.js';
import { guessLang } from '../../lib/lang.js';
import { articleHref } from '../../lib/route.js';
import { formatCount } from '../../lib/virtual-list.js';
import { controls } from '../shared.styles.js';
import { searchResultsStyles } from './jb-search-results.styles.js';

/** How many articles match: `total` is exact, or a lower bound when `exact` is false. */
export interface HitCount {
  total: number;
  exact: boolean;
}

/**
 * Search hits with their snippets (plain-text parts; matched parts in <mark>), the number of hits,
 * and more hits as the end of the list scrolls into view.
 * @fires jb-more - the next page of hits is wanted
 */
export class JbSearchResults extends LitElement {
  static override properties = {
    hits: { attribute: false },
    count: { attribute: false },
    more: { type: Boolean },
    loading: { type: Boolean },
    query: { type: String },
  };
  static override styles = [controls, searchResultsStyles];

  hits: SearchHit[] = [];
  /** null while counting. */
  count: HitCount | null = null;
  /** Further hits follow. */
  more = false;
  /** A page of hits is on its way. */
  loading = false;
  query = '';
  private observer: IntersectionObserver | null = null;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
  }

  override updated(): void {
    // Ask for more a screen before the end is reached.
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && this.more && !this.loading) this.askMore();
      },
      { rootMargin: '0px 0px 100% 0px' },
    );
    this.observer.disconnect();
    const sentinel = this.renderRoot.querySelector('.more');
    if (sentinel && this.more) this.observer.observe(sentinel);
  }

  private askMore(): void {
    this.dispatchEvent(new CustomEvent('jb-more'));
  }

  private summary() {
    if (this.count === null) return t.search.searching;
    const { total, exact } = this.count;
    if (total === 0 && this.hits.length === 0) return t.search.none(this.query);
    const number = formatCount(total, t.dates.locale) + (exact ? '' : '+');
    return t.search.results(total, number, this.query);
  }

  override render() {
    return html`<p class="summary" role="status">${this.summary()}</p>
      <ol aria-label=${t.search.label}>
        ${this.hits.map(
          (hit, index) =>
            html`<li aria-setsize=${this.count?.exact ? this.count.total : -1} aria-posinset=${index + 1}>
              <a href=${articleHref(hit.articleId, this.query)} data-article-id=${hit.articleId}>
                <div class="title" lang=${guessLang(hit.title)}>${hit.title}</div>
                <div class="meta">
                  <span>${hit.sourceName}</span><span>${formatDate(hit.importedAt)}</span>
                </div>
                <p class="snippet" lang=${guessLang(hit.snippet.map((part) => part.text).join(''))}>
                  ${hit.snippet.map((part) => (part.hit ? html`<mark>${part.text}</mark>` : part.text))}
                </p>
              </a>
            </li>`,
        )}
      </ol>
      ${
        this.more
          ? html`<div class="more">
              <button ?disabled=${this.loading} @click=${this.askMore}>
                ${this.loading ? t.search.searching : t.search.moreResults}
              </button>
            </div>`
          : nothing
      }`;
  }
}
customElements.define('jb-search-results', JbSearchResults);

declare global {
  interface HTMLElementTagNameMap {
    'jb-search-results': JbSearchResults;
  }
}
