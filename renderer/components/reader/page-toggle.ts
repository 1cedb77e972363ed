import { html, nothing, type LitElement } from 'lit';
import type { Annotation, Article } from '../../../shared/contract/api.js';
import type { ArticleLayout } from '../../../shared/contract/article.js';
import { t } from '../../i18n/index.js';

/**
 * Whether the PDF page an article was read from is shown in place of its text. Pressing *Show on page*
 * again while the page is shown flashes the article's outline on it instead.
 */
export class PageToggle {
  shown = false;

  constructor(private readonly host: LitElement) {}

  set(shown: boolean): void {
    this.shown = shown;
    this.host.requestUpdate();
  }

  private toggle = (): void => {
    if (!this.shown) this.set(true);
    else this.host.renderRoot.querySelector('jb-page-view')?.flashCurrent();
  };

  /** The *Show on page* button, for an article with a page layout. */
  renderButton(layout: ArticleLayout | null | undefined) {
    if (!layout) return nothing;
    return html`<button
      class="show-page"
      title=${t.page.showTitle}
      aria-pressed=${this.shown ? 'true' : 'false'}
      @click=${this.toggle}
    >
      ${t.page.show}
    </button>`;
  }

  renderPage(article: Article, layout: ArticleLayout | null, annotations: Annotation[]) {
    if (!this.shown) return nothing;
    return html`<button class="quiet back-to-text" @click=${() => this.set(false)}>${t.page.back}</button>
      <jb-page-view .article=${article} .layout=${layout} .annotations=${annotations}></jb-page-view>`;
  }
}
