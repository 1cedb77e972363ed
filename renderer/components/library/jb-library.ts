import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import type { ArticleSummary } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { reportError } from '../../lib/errors.js';
import { formatDate } from '../../lib/format.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';
import { libraryStyles } from './jb-library.styles.js';

/** The list of imported articles; each opens in the reader (#article=ID). Reloads when `version` changes. */
export class JbLibrary extends LitElement {
  static override properties = {
    version: { type: Number },
    items: { state: true },
    total: { state: true },
  };
  static override styles = [controls, libraryStyles];

  version = 0;
  items: ArticleSummary[] | null = null;
  total = 0;
  private api = new ContextConsumer(this, { context: apiContext });

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('version')) void this.load();
  }

  private async load(): Promise<void> {
    const api = this.api.value;
    if (!api) return;
    try {
      const page = await api['articles.list']({ limit: 1000, offset: 0 });
      this.items = page.items;
      this.total = page.total;
    } catch (error) {
      this.items = this.items ?? [];
      reportError(this, error);
    }
  }

  override render() {
    if (this.items === null) return html`<p class="empty" role="status">${t.library.loading}</p>`;
    return html`
      <div class="heading">
        <h1>${t.library.heading}</h1>
        <span class="count">${t.library.count(this.total)}</span>
      </div>
      ${
        this.items.length === 0
          ? html`<div class="empty">
              <p>${t.library.empty}</p>
              <p>${t.library.emptyHint}</p>
            </div>`
          : html`<ol aria-label=${t.library.heading}>
              ${this.items.map(
                (item) =>
                  html`<li>
                    <a href="#article=${item.id}" data-article-id=${item.id}>
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
            </ol>`
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
