import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import type { Annotation, Api, Article, HighlightColor } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { reportError } from '../../lib/errors.js';
import type { TextSpan } from '../../lib/offsets.js';
import { placeAt, type Place } from '../../lib/place-at.js';
import { articleHref } from '../../lib/route.js';
import { closeIcon } from '../icons.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';
import type { AnnotationChange } from './jb-annotation-panel.js';
import type { JbArticle, SelectionDetail } from './jb-article.js';
import { readerStyles } from './jb-reader.styles.js';
import './jb-annotation-panel.js';
import './jb-article.js';
import './jb-note-editor.js';
import './jb-selection-toolbar.js';
import './jb-tag-editor.js';

/** One article: its text, the selection toolbar, the note editor and the side panel of annotations. */
export class JbReader extends LitElement {
  static override properties = {
    articleId: { type: Number, attribute: 'article-id' },
    query: { type: String },
    tags: { state: true },
    searchMatches: { state: true },
    currentMatch: { state: true },
    article: { state: true },
    annotations: { state: true },
    selection: { state: true },
    noteFor: { state: true },
    failed: { state: true },
  };
  static override styles = [controls, readerStyles];

  articleId = 0;
  /** A search query whose matches are marked in the text (from location.hash). */
  query = '';
  tags: string[] = [];
  searchMatches: TextSpan[] = [];
  currentMatch = -1;
  article: Article | null = null;
  annotations: Annotation[] = [];
  /** The current text selection and where its toolbar goes. */
  selection: (SelectionDetail & { place: Place }) | null = null;
  /** The passage a new note is being written for, and where its editor goes. */
  noteFor: { span: TextSpan; place: Place } | null = null;
  failed = false;
  private api = new ContextConsumer(this, { context: apiContext });

  private get client(): Api {
    const api = this.api.value;
    if (!api) throw new Error('No API');
    return api;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('resize', this.onResize);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('resize', this.onResize);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('articleId')) void this.load();
    else if (changed.has('query')) void this.loadMatches();
  }

  private async load(): Promise<void> {
    const id = this.articleId;
    this.article = null;
    this.annotations = [];
    this.tags = [];
    this.selection = null;
    this.noteFor = null;
    this.failed = false;
    try {
      const [article, annotations] = await Promise.all([
        this.client['articles.get']({ id }),
        this.client['annotations.list']({ articleId: id }),
      ]);
      if (id !== this.articleId) return;
      this.article = article;
      this.annotations = annotations;
      void this.loadMatches();
      void this.loadTags();
      document.title = `${article.title} — ${t.appName}`;
    } catch (error) {
      this.failed = true;
      reportError(this, error);
    }
  }

  private async loadTags(): Promise<void> {
    const id = this.articleId;
    try {
      const { tags } = await this.client['tags.list']({ articleId: id });
      if (id === this.articleId) this.tags = tags.map((tag) => tag.name);
    } catch (error) {
      reportError(this, error);
    }
  }

  private async loadMatches(): Promise<void> {
    const { articleId: id, query } = this;
    this.searchMatches = [];
    this.currentMatch = -1;
    if (!query.trim() || !this.article) return;
    try {
      const { ranges } = await this.client['search.matches']({ articleId: id, query });
      if (id !== this.articleId || query !== this.query) return;
      this.searchMatches = ranges;
      if (ranges.length > 0) this.goToMatch(0);
    } catch (error) {
      reportError(this, error);
    }
  }

  private async goToMatch(index: number): Promise<void> {
    const count = this.searchMatches.length;
    if (count === 0) return;
    this.currentMatch = ((index % count) + count) % count;
    await this.updateComplete;
    const view = this.articleView;
    await view?.updateComplete;
    view?.reveal(this.searchMatches[this.currentMatch]!, false);
  }

  private async onTags(event: CustomEvent<string[]>): Promise<void> {
    if (!this.article) return;
    try {
      const { tags } = await this.client['articles.setTags']({
        articleId: this.article.id,
        tags: event.detail,
      });
      this.tags = tags;
    } catch (error) {
      reportError(this, error);
    }
  }

  private matchBar() {
    if (!this.query.trim() || !this.article) return nothing;
    return html`<div class="matches">
      <span role="status"
        >${t.search.inArticle(this.currentMatch + 1, this.searchMatches.length, this.query)}</span
      >
      ${
        this.searchMatches.length > 1
          ? html`<button @click=${() => this.goToMatch(this.currentMatch - 1)}>${t.search.previous}</button>
              <button @click=${() => this.goToMatch(this.currentMatch + 1)}>${t.search.next}</button>`
          : nothing
      }
      <button
        class="quiet"
        aria-label=${t.search.clear}
        title=${t.search.clear}
        @click=${() => (location.hash = articleHref(this.articleId))}
      >
        ${closeIcon}
      </button>
    </div>`;
  }

  /** The toolbar's place was computed for the old layout. */
  private onResize = (): void => {
    this.selection = null;
  };

  private onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && (this.selection || this.noteFor)) {
      this.selection = null;
      this.noteFor = null;
    }
  };

  private get articleView(): JbArticle | null {
    return this.renderRoot.querySelector('jb-article');
  }

  /** Converts a viewport box into a place inside the article column. */
  private placeFor(rect: DOMRect, below: boolean): Place {
    const column = this.renderRoot.querySelector('.column')?.getBoundingClientRect();
    if (!column) return { top: 0, left: 0 };
    const center = rect.left + rect.width / 2 - column.left;
    const left = Math.min(Math.max(center, 150), column.width - 150);
    if (below)
      return {
        top: rect.bottom - column.top + 10,
        left: Math.max(0, Math.min(rect.left - column.left, column.width - 384)),
      };
    const top = rect.top - column.top - 52;
    return { top: top < 0 ? rect.bottom - column.top + 10 : top, left };
  }

  private onSelect(event: CustomEvent<SelectionDetail | null>): void {
    const detail = event.detail;
    if (!detail) {
      this.selection = null;
      return;
    }
    this.selection = { ...detail, place: this.placeFor(detail.rect, false) };
  }

  private async createAnnotation(span: TextSpan, color: HighlightColor, note = ''): Promise<void> {
    const article = this.article;
    if (!article) return;
    try {
      const created = await this.client['annotations.create']({
        articleId: article.id,
        ...span,
        color,
        note,
      });
      this.annotations = [...this.annotations, created];
    } catch (error) {
      reportError(this, error);
    }
  }

  private onHighlight(event: CustomEvent<HighlightColor>): void {
    const selection = this.selection;
    if (!selection) return;
    this.selection = null;
    document.getSelection()?.removeAllRanges();
    void this.createAnnotation(selection.span, event.detail);
  }

  private onNote(): void {
    const selection = this.selection;
    if (!selection) return;
    this.selection = null;
    document.getSelection()?.removeAllRanges();
    this.noteFor = { span: selection.span, place: this.placeFor(selection.rect, true) };
  }

  private onSaveNote(event: CustomEvent<string>): void {
    const target = this.noteFor;
    this.noteFor = null;
    if (target) void this.createAnnotation(target.span, 'yellow', event.detail);
  }

  private async onUpdate(event: CustomEvent<AnnotationChange>): Promise<void> {
    const { id, ...change } = event.detail;
    try {
      const updated = await this.client['annotations.update']({ id, ...change });
      this.annotations = this.annotations.map((a) => (a.id === id ? updated : a));
    } catch (error) {
      reportError(this, error);
    }
  }

  private async onDelete(event: CustomEvent<Annotation>): Promise<void> {
    const { id } = event.detail;
    try {
      await this.client['annotations.delete']({ id });
      this.annotations = this.annotations.filter((a) => a.id !== id);
    } catch (error) {
      reportError(this, error);
    }
  }

  override render() {
    if (this.failed) return html`<p class="status">${t.errors.title}</p>`;
    if (!this.article) return html`<p class="status" role="status">${t.reader.loading}</p>`;
    return html`<div class="layout">
      <div class="column">
        ${this.matchBar()}
        <jb-article
          .article=${this.article}
          .annotations=${this.annotations}
          .pending=${this.noteFor?.span ?? null}
          .searchMatches=${this.searchMatches}
          .currentMatch=${this.currentMatch}
          @jb-select=${this.onSelect}
          @jb-activate=${(event: CustomEvent<Annotation>) =>
            this.renderRoot.querySelector('jb-annotation-panel')?.reveal(event.detail.id)}
        ></jb-article>
        ${
          this.selection
            ? html`<jb-selection-toolbar
                ${placeAt(this.selection.place)}
                @jb-highlight=${this.onHighlight}
                @jb-note=${this.onNote}
              ></jb-selection-toolbar>`
            : nothing
        }
        ${
          this.noteFor
            ? html`<div class="editor" ${placeAt(this.noteFor.place)}>
                <jb-note-editor
                  @jb-save=${this.onSaveNote}
                  @jb-cancel=${() => (this.noteFor = null)}
                ></jb-note-editor>
              </div>`
            : nothing
        }
      </div>
      <aside>
        <jb-tag-editor .tags=${this.tags} @jb-tags=${this.onTags}></jb-tag-editor>
        <jb-annotation-panel
          .annotations=${this.annotations}
          @jb-goto=${(event: CustomEvent<Annotation>) => this.articleView?.reveal(event.detail)}
          @jb-update=${this.onUpdate}
          @jb-delete=${this.onDelete}
        ></jb-annotation-panel>
      </aside>
    </div>`;
  }
}
customElements.define('jb-reader', JbReader);

declare global {
  interface HTMLElementTagNameMap {
    'jb-reader': JbReader;
  }
}
