import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ArticleSummary } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { reportError } from '../../lib/errors.js';
import { formatDate } from '../../lib/format.js';
import { guessLang } from '../../lib/lang.js';
import { articleHref } from '../../lib/route.js';
import type { ArchiveFilter, LibrarySort as Sort } from '../../../shared/contract/vocabulary.js';
import { deleteArticle, setStates } from '../../lib/library-actions.js';
import { PageCache, visibleRows } from '../../lib/virtual-list.js';
import { followWindowScroll } from '../../lib/window-scroll.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';
import { articleListStyles } from './jb-article-list.styles.js';

/** Rows per `articles.list` request. */
export const PAGE_SIZE = 200;
/** Row height in rem (fixed: the list only lays out what is on screen). */
const ROW_REM = 5;
/** Where controls are a finger's size (shared.styles), a row's actions sit under its title: a taller row. */
const TOUCH = '(pointer: coarse), (max-width: 600px)';
const TOUCH_ROW_REM = 7.5;
const rowHeight = () => (matchMedia(TOUCH).matches ? TOUCH_ROW_REM : ROW_REM) * rem();
/** Rows rendered above and below the viewport. */
const OVERSCAN = 8;
/** The sticky header's height in rem: rows under it are not visible. */
const HEADER_REM = 3.5;

const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

/**
 * The library as a virtualised list: the page scrolls over a box as tall as every row, and only the
 * rows in view (and a few more) exist in the DOM. Rows come in pages of 200 from `articles.list`,
 * fetched as they scroll into view and kept. Arrow keys, Page Up/Down, Home and End move between
 * rows; Enter opens one, Tab reaches its buttons (read, archive, delete). Reloads when `version`,
 * `sort`, `tag`, `source`, `archived` or `collection` change.
 * @fires jb-total - detail: number of articles (on each reply that changes it)
 * @fires jb-source - detail: a source file name to filter by
 */
export class JbArticleList extends LitElement {
  static override properties = {
    version: { type: Number },
    sort: { type: String },
    tag: { attribute: false },
    source: { attribute: false },
    archived: { attribute: false },
    collection: { attribute: false },
    range: { state: true },
    active: { state: true },
  };
  static override styles = [controls, articleListStyles];

  version = 0;
  sort: Sort = 'newest';
  tag: string | null = null;
  source: string | null = null;
  archived: ArchiveFilter = 'exclude';
  collection: number | null = null;
  range = { start: 0, end: 0 };
  /** The row that holds the keyboard focus (the one Tab reaches). */
  active = 0;
  private api = new ContextConsumer(this, { context: apiContext });
  private rowHeight = ROW_REM * 16;
  private lastTotal: number | null = null;
  private cache = new PageCache<ArticleSummary>(
    PAGE_SIZE,
    (offset, limit) => {
      const { sort, tag, source, archived, collection } = this;
      return this.api.value!['articles.list']({
        limit,
        offset,
        sort,
        archived,
        ...(tag ? { tag } : {}),
        ...(source ? { source } : {}),
        ...(collection === null ? {} : { collection }),
      });
    },
    (error) => {
      if (error) reportError(this, error);
      this.requestUpdate();
    },
  );

  constructor() {
    super();
    updateWhenLanguageChanges(this);
    followWindowScroll(this, { events: ['scroll', 'resize'], update: () => this.followViewport() });
  }

  /** Rows in the list; null until the first page arrived. */
  get total(): number | null {
    return this.cache.total;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    const filtersChanged = ['sort', 'tag', 'source', 'archived', 'collection'].some((name) =>
      changed.has(name),
    );
    if (filtersChanged || changed.has('version')) {
      // A changed library keeps showing its rows until the new ones arrive; new filters start over.
      this.cache.reset(!filtersChanged || !this.hasUpdated);
      if (filtersChanged && this.hasUpdated) {
        this.active = 0;
        const top = this.getBoundingClientRect().top;
        if (top < 0) window.scrollBy(0, top - HEADER_REM * rem());
      }
    }
    this.rowHeight = rowHeight();
    this.range = this.computeRange();
  }

  override updated(): void {
    this.place();
    const { start, end } = this.range;
    this.cache.ensure(start, Math.max(end, start + 1));
    const total = this.cache.total;
    if (total !== this.lastTotal && total !== null) {
      this.lastTotal = total;
      this.dispatchEvent(new CustomEvent('jb-total', { detail: total }));
      // The first reply tells how tall the list is: what is in view may be more than one row.
      this.range = this.computeRange();
    }
  }

  /**
   * Sizes the list and puts each row in its place, through the CSSOM: the page's Content Security
   * Policy refuses style attributes.
   */
  private place(): void {
    const list = this.renderRoot.querySelector('ol');
    if (!list) return;
    const height = `${this.rowHeight}px`;
    list.style.height = `${(this.cache.total ?? 1) * this.rowHeight}px`;
    for (const row of list.children as HTMLCollectionOf<HTMLElement>) {
      const top = `${Number(row.dataset.row) * this.rowHeight}px`;
      if (row.style.top !== top) row.style.top = top;
      if (row.style.height !== height) row.style.height = height;
    }
  }

  private computeRange(): { start: number; end: number } {
    const count = this.cache.total ?? 1;
    const top = this.isConnected ? this.getBoundingClientRect().top : 0;
    const next = visibleRows(top, window.innerHeight, this.rowHeight, count, OVERSCAN);
    const { start, end } = this.range;
    return next.start === start && next.end === end ? this.range : next;
  }

  private followViewport(): void {
    const height = rowHeight();
    if (height !== this.rowHeight) {
      // A window that turned narrow (or wide) lays its rows out anew.
      this.rowHeight = height;
      this.requestUpdate();
    }
    this.range = this.computeRange();
  }

  // —— Keyboard ——————————————————————————————————————————————————————————

  private onKeyDown(event: KeyboardEvent): void {
    const total = this.cache.total ?? 0;
    if (total === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((window.innerHeight - HEADER_REM * rem()) / this.rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: this.active + 1,
      ArrowUp: this.active - 1,
      PageDown: this.active + page,
      PageUp: this.active - page,
      Home: 0,
      End: total - 1,
    };
    const to = moves[event.key];
    if (to === undefined) return;
    event.preventDefault();
    void this.focusRow(Math.min(total - 1, Math.max(0, to)));
  }

  /** Scrolls row `index` into view (below the sticky header) and focuses it. */
  async focusRow(index: number): Promise<void> {
    this.active = index;
    const top = this.getBoundingClientRect().top + index * this.rowHeight;
    const header = HEADER_REM * rem();
    if (top < header) window.scrollBy(0, top - header);
    else if (top + this.rowHeight > window.innerHeight)
      window.scrollBy(0, top + this.rowHeight - window.innerHeight);
    this.range = this.computeRange();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`)?.focus({ preventScroll: true });
  }

  private onFocusIn(event: FocusEvent): void {
    const index = Number((event.target as HTMLElement).dataset?.index);
    if (Number.isInteger(index)) this.active = index;
  }

  // —— Rendering ————————————————————————————————————————————————————————

  /**
   * One row: a link to the article. A row whose page has not arrived has the same link, empty, so
   * it keeps its focus when the row fills in. Clicking the source name filters by it (the source
   * field does the same from the keyboard).
   */
  private row(index: number, total: number) {
    const item = this.cache.at(index);
    return html`<li
      data-row=${index}
      class=${item ? '' : 'placeholder'}
      aria-setsize=${total}
      aria-posinset=${index + 1}
      aria-busy=${item ? 'false' : 'true'}
    >
      <a
        href=${item ? articleHref(item.id) : nothing}
        data-article-id=${item?.id ?? nothing}
        data-index=${index}
        tabindex=${index === this.active ? '0' : '-1'}
      >
        ${
          item
            ? this.details(item)
            : html`<span class="bar"></span><span class="bar short"></span
                ><span class="visually-hidden">${t.library.loadingRow}</span>`
        }
      </a>
      ${item ? this.actions(item, index === this.active) : nothing}
    </li>`;
  }

  private details(item: ArticleSummary) {
    const bySource = (event: Event) => {
      event.preventDefault();
      this.dispatchEvent(new CustomEvent('jb-source', { detail: item.sourceName }));
    };
    return html`<span class="title" lang=${guessLang(item.title)}>${item.title}</span>
      <span class="section ${item.section ? '' : 'none'}" title=${t.library.columns.section}
        >${item.section ?? t.library.noSection}</span
      >
      <span class="meta">
        <span class="source" title=${t.library.filterBySource(item.sourceName)} @click=${bySource}
          >${item.sourceName}</span
        >
        <span title=${t.library.columns.imported}>${formatDate(item.importedAt)}</span>
      </span>
      <span class="badge">
        ${item.annotationCount > 0 ? t.library.annotations(item.annotationCount) : nothing}
        ${
          item.read
            ? html`<span class="state">${t.manage.read}</span>`
            : item.progress !== null
              ? html`<span class="state" title=${t.manage.progressLabel}
                  >${t.manage.progress(item.progress)}</span
                >`
              : nothing
        }
        ${item.archived ? html`<span class="state">${t.manage.archived}</span>` : nothing}
      </span>`;
  }

  /** The row's buttons: reachable with Tab from its link only while it is the active row. */
  private actions(item: ArticleSummary, active: boolean) {
    const api = this.api.value!;
    const tabindex = active ? '0' : '-1';
    return html`<div class="actions">
      <button
        class="quiet"
        tabindex=${tabindex}
        aria-label=${item.read ? t.manage.markUnreadLabel(item.title) : t.manage.markReadLabel(item.title)}
        @click=${() => void setStates(api, this, item.id, { read: !item.read })}
      >
        ${item.read ? t.manage.markUnread : t.manage.markRead}
      </button>
      <button
        class="quiet"
        tabindex=${tabindex}
        aria-label=${item.archived ? t.manage.unarchiveLabel(item.title) : t.manage.archiveLabel(item.title)}
        @click=${() => void setStates(api, this, item.id, { archived: !item.archived })}
      >
        ${item.archived ? t.manage.unarchive : t.manage.archive}
      </button>
      <button
        class="quiet danger"
        tabindex=${tabindex}
        aria-label=${t.manage.deleteLabel(item.title)}
        @click=${() => void deleteArticle(api, this, item)}
      >
        ${t.manage.delete}
      </button>
    </div>`;
  }

  override render() {
    const total = this.cache.total;
    if (total === 0) return nothing;
    const count = total ?? 1;
    const { start, end } = this.range;
    const indices: number[] = [];
    for (let index = start; index < end; index++) indices.push(index);
    // The focused row stays in the DOM while it is scrolled away, so focus is not lost.
    const active = Math.min(this.active, count - 1);
    if (active < start) indices.unshift(active);
    else if (active >= end) indices.push(active);
    return html`<ol aria-label=${t.library.heading} @keydown=${this.onKeyDown} @focusin=${this.onFocusIn}>
      ${repeat(
        indices,
        (index) => index,
        (index) => this.row(index, count),
      )}
    </ol>`;
  }
}
customElements.define('jb-article-list', JbArticleList);

declare global {
  interface HTMLElementTagNameMap {
    'jb-article-list': JbArticleList;
  }
}
