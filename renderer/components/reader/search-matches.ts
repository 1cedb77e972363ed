import { html, nothing, type LitElement } from 'lit';
import type { Api } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { reportError } from '../../lib/errors.js';
import type { TextSpan } from '../../lib/offsets.js';
import { articleHref } from '../../lib/route.js';
import { closeIcon } from '../icons.js';
import type { JbArticle } from './jb-article.js';

export interface SearchMatchesOptions {
  client(): Api;
  articleId(): number;
  /** The library search the article was opened from (empty: none). */
  query(): string;
  /** Whether the article is loaded (its matches are asked for once it is). */
  open(): boolean;
  view(): JbArticle | null;
}

/**
 * The places in the open article that the library search matched: marked in the text, counted in a bar
 * above it, and stepped through with its buttons or F3, Ctrl/Cmd+G and Enter (Shift: backwards).
 */
export class SearchMatches {
  matches: TextSpan[] = [];
  /** The match shown last, or -1 before the first is. */
  current = -1;

  constructor(
    private readonly host: LitElement,
    private readonly options: SearchMatchesOptions,
  ) {}

  async load(): Promise<void> {
    const { options } = this;
    const id = options.articleId();
    const query = options.query();
    this.matches = [];
    this.current = -1;
    this.host.requestUpdate();
    if (!query.trim() || !options.open()) return;
    try {
      const { ranges } = await options.client()['search.matches']({ articleId: id, query });
      if (id !== options.articleId() || query !== options.query()) return;
      this.matches = ranges;
      this.host.requestUpdate();
      if (ranges.length > 0) void this.goTo(0);
    } catch (error) {
      reportError(this.host, error);
    }
  }

  /** Shows the match `step` after the current one (before it when negative), wrapping around. */
  step(step: number): Promise<void> {
    return this.goTo(this.current + step);
  }

  private async goTo(index: number): Promise<void> {
    const count = this.matches.length;
    if (count === 0) return;
    this.current = ((index % count) + count) % count;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const view = this.options.view();
    await view?.updateComplete;
    view?.reveal(this.matches[this.current]!, false);
  }

  render() {
    const query = this.options.query();
    if (!query.trim() || !this.options.open()) return nothing;
    return html`<div class="matches">
      <span role="status">${t.search.inArticle(this.current + 1, this.matches.length, query)}</span>
      ${
        this.matches.length > 1
          ? html`<button title=${t.search.previousTitle} @click=${() => this.step(-1)}>
                ${t.search.previous}
              </button>
              <button title=${t.search.nextTitle} @click=${() => this.step(1)}>${t.search.next}</button>`
          : nothing
      }
      <button
        class="quiet"
        aria-label=${t.search.clear}
        title=${t.search.clear}
        @click=${() => (location.hash = articleHref(this.options.articleId()))}
      >
        ${closeIcon}
      </button>
    </div>`;
  }
}
