import { html, LitElement } from 'lit';
import type { SearchHit } from '../../../shared/contract/search-entries.js';
import { t } from '../../i18n/index.js';
import { formatDate } from '../../lib/format.js';
import { articleHref } from '../../lib/route.js';
import { searchResultsStyles } from './jb-search-results.styles.js';

/** Search hits with their snippets (plain-text parts; matched parts in <mark>). */
export class JbSearchResults extends LitElement {
  static override properties = {
    hits: { attribute: false },
    total: { type: Number },
    query: { type: String },
  };
  static override styles = searchResultsStyles;

  hits: SearchHit[] = [];
  total = 0;
  query = '';

  override render() {
    return html`<p class="summary" role="status">
        ${this.total === 0 ? t.search.none(this.query) : t.search.results(this.total, this.query)}
      </p>
      <ol aria-label=${t.search.label}>
        ${this.hits.map(
          (hit) =>
            html`<li>
              <a href=${articleHref(hit.articleId, this.query)} data-article-id=${hit.articleId}>
                <div class="title">${hit.title}</div>
                <div class="meta">
                  <span>${hit.sourceName}</span><span>${formatDate(hit.importedAt)}</span>
                </div>
                <p class="snippet">
                  ${hit.snippet.map((part) => (part.hit ? html`<mark>${part.text}</mark>` : part.text))}
                </p>
              </a>
            </li>`,
        )}
      </ol>`;
  }
}
customElements.define('jb-search-results', JbSearchResults);

declare global {
  interface HTMLElementTagNameMap {
    'jb-search-results': JbSearchResults;
  }
}
