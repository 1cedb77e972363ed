import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import type { Annotation, Api, Article, Bookmark, HighlightColor } from '../../../shared/contract/api.js';
import type { ArticleLayout } from '../../../shared/contract/article.js';
import type { HighlightStyle } from '../../../shared/contract/vocabulary.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { lastColor, rememberColor } from '../../lib/colors.js';
import { reportError } from '../../lib/errors.js';
import { ACCEPT, filesToImport } from '../../lib/files.js';
import type { TextSpan } from '../../lib/offsets.js';
import { placeAt, type Place } from '../../lib/place-at.js';
import { typingIn } from '../../lib/keys.js';
import { articleHref, libraryHref } from '../../lib/route.js';
import { UndoHistory, type Command } from '../../lib/undo.js';
import { bookmarkIcon, closeIcon, importIcon, noteIcon, notesIcon, redoIcon, undoIcon } from '../icons.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';
import type { AnnotationChange, BookmarkChange, JbAnnotationPanel } from './jb-annotation-panel.js';
import type { JbArticle, SelectionDetail } from './jb-article.js';
import type { ToolbarChoice } from './jb-selection-toolbar.js';
import { readerStyles } from './jb-reader.styles.js';
import { ReadingPosition } from './reading-position.js';
import { SentenceSelection } from './sentence-selection.js';
import './jb-annotation-panel.js';
import './jb-article.js';
import './jb-note-editor.js';
import './jb-page-view.js';
import './jb-selection-toolbar.js';
import './jb-tag-editor.js';
import './jb-toc.js';
import '../manage/jb-article-actions.js';

type LoadedArticle = Article & { readingPosition?: number | null; layout?: ArticleLayout | null };
type NewAnnotation = Omit<Parameters<Api['annotations.create']>[0], 'articleId'>;

/**
 * One article: its text, the selection toolbar, the note editors, the side panel of annotations and
 * bookmarks, undo/redo of annotation changes, and the remembered reading position.
 */
export class JbReader extends LitElement {
  static override properties = {
    articleId: { type: Number, attribute: 'article-id' },
    annotationId: { type: Number, attribute: 'annotation-id' },
    query: { type: String },
    tags: { state: true },
    suggestions: { state: true },
    searchMatches: { state: true },
    currentMatch: { state: true },
    article: { state: true },
    annotations: { state: true },
    bookmarks: { state: true },
    selection: { state: true },
    noteFor: { state: true },
    articleNote: { state: true },
    status: { state: true },
    failed: { state: true },
    showPage: { state: true },
    drawer: { state: true },
  };
  static override styles = [controls, readerStyles];

  articleId = 0;
  /** An annotation to scroll to and flash once the article is open (from a link). */
  annotationId = 0;
  /** A search query whose matches are marked in the text (from location.hash). */
  query = '';
  tags: string[] = [];
  suggestions: string[] = [];
  searchMatches: TextSpan[] = [];
  currentMatch = -1;
  article: LoadedArticle | null = null;
  annotations: Annotation[] = [];
  bookmarks: Bookmark[] = [];
  /** The current text selection and where its toolbar goes. */
  selection: (SelectionDetail & { place: Place }) | null = null;
  /** The passage a new note is being written for, and where its editor goes. */
  noteFor: { span: TextSpan; place: Place } | null = null;
  /** A note on the whole article is being written. */
  articleNote = false;
  /** The last undo/redo or re-import outcome, announced politely. */
  status = '';
  failed = false;
  /** The PDF page the article was read from is shown instead of its text. */
  showPage = false;
  /** In a narrow window, the side panel is a drawer: open or not. */
  drawer = false;
  private api = new ContextConsumer(this, { context: apiContext });
  private history = new UndoHistory();
  private position = new ReadingPosition(this, {
    view: () => this.articleView,
    open: () => this.article !== null,
    save: (offset) => {
      if (!this.article) return;
      this.client['articles.setReadingPosition']({ articleId: this.article.id, offset }).catch(
        (error: unknown) => reportError(this, error),
      );
    },
  });
  private sentences = new SentenceSelection(this, {
    view: () => this.articleView,
    text: () => (this.showPage ? null : (this.article?.text ?? null)),
    selected: () => this.selection?.span ?? null,
    position: () => this.position.current(),
  });

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

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
    else {
      if (changed.has('query')) void this.loadMatches();
      if (changed.has('annotationId') && this.annotationId && this.article) void this.showAnnotation();
    }
  }

  private async load(): Promise<void> {
    const id = this.articleId;
    this.position.reset(null);
    this.article = null;
    this.annotations = [];
    this.bookmarks = [];
    this.tags = [];
    this.selection = null;
    this.noteFor = null;
    this.articleNote = false;
    this.status = '';
    this.failed = false;
    this.showPage = false;
    this.drawer = false;
    this.history.clear();
    try {
      const [article, annotations, bookmarks] = await Promise.all([
        this.client['articles.get']({ id }),
        this.client['annotations.list']({ articleId: id }),
        this.client['bookmarks.list']({ articleId: id }),
      ]);
      if (id !== this.articleId) return;
      this.article = article;
      this.annotations = annotations;
      this.bookmarks = bookmarks;
      this.position.saved = article.readingPosition ?? null;
      void this.loadMatches();
      void this.loadTags();
      document.title = `${article.title} — ${t.appName}`;
      await this.updateComplete;
      await this.articleView?.updateComplete;
      if (id !== this.articleId) return;
      if (this.annotationId) await this.showAnnotation();
      else if (!this.query.trim() && article.readingPosition) this.position.scrollTo(article.readingPosition);
      this.position.settled();
    } catch (error) {
      this.failed = true;
      reportError(this, error);
    }
  }

  private async loadTags(): Promise<void> {
    const id = this.articleId;
    try {
      const [mine, all] = await Promise.all([
        this.client['tags.list']({ articleId: id }),
        this.client['tags.list']({}),
      ]);
      if (id !== this.articleId) return;
      this.tags = mine.tags.map((tag) => tag.name);
      this.suggestions = all.tags.map((tag) => tag.name);
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
      if (ranges.length > 0) void this.goToMatch(0);
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

  private async showAnnotation(): Promise<void> {
    const annotation = this.annotations.find((a) => a.id === this.annotationId);
    if (!annotation) return;
    if (annotation.kind === 'highlight' && annotation.status !== 'orphaned')
      this.articleView?.reveal(annotation);
    await this.panel?.reveal(annotation.id);
  }

  // —— Tags, search ————————————————————————————————————————————————————

  private async onTags(event: CustomEvent<string[]>): Promise<void> {
    if (!this.article) return;
    try {
      const { tags } = await this.client['articles.setTags']({
        articleId: this.article.id,
        tags: event.detail,
      });
      this.tags = tags;
      this.suggestions = [...new Set([...this.suggestions, ...tags])];
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
          ? html`<button
                title=${t.search.previousTitle}
                @click=${() => this.goToMatch(this.currentMatch - 1)}
              >
                ${t.search.previous}
              </button>
              <button title=${t.search.nextTitle} @click=${() => this.goToMatch(this.currentMatch + 1)}>
                ${t.search.next}
              </button>`
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

  // —— Selection, keyboard —————————————————————————————————————————————

  /** The toolbar's place was computed for the old layout. */
  private onResize = (): void => {
    this.selection = null;
  };

  /** Esc closes what is open, the innermost first; with nothing open it goes back to the library. */
  private onEscape(event: KeyboardEvent): void {
    if (this.selection || this.noteFor || this.articleNote) {
      this.selection = null;
      this.noteFor = null;
      this.articleNote = false;
      document.getSelection()?.removeAllRanges();
    } else if (this.drawer) this.closeDrawer();
    // Not when the key was meant for something outside the reader (a dialog, a popover).
    else if (!typingIn(event) && (event.composedPath().includes(this) || event.target === document.body))
      location.hash = libraryHref(this.query);
  }

  private onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      this.onEscape(event);
      return;
    }
    if (typingIn(event) || event.altKey) return;
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    // Search matches: F3, Ctrl/Cmd+G, or Enter with nothing focused; with Shift, backwards.
    const onPage = event.composedPath()[0] === document.body;
    if (
      this.searchMatches.length > 0 &&
      (key === 'f3' || (mod && key === 'g') || (key === 'enter' && !mod && onPage))
    ) {
      event.preventDefault();
      void this.goToMatch(this.currentMatch + (event.shiftKey ? -1 : 1));
      return;
    }
    if (mod && (key === 'z' || key === 'y')) {
      event.preventDefault();
      void (key === 'y' || event.shiftKey ? this.redo() : this.undo());
      return;
    }
    if (mod || event.shiftKey || !this.selection) return;
    if (key === 'h') {
      event.preventDefault();
      this.onToolbar(new CustomEvent('jb-choose', { detail: { action: 'highlight', color: lastColor() } }));
    } else if (key === 'n') {
      event.preventDefault();
      this.onToolbar(new CustomEvent('jb-choose', { detail: { action: 'note' } }));
    }
  };

  private get articleView(): JbArticle | null {
    return this.renderRoot.querySelector('jb-article');
  }

  private get panel(): JbAnnotationPanel | null {
    return this.renderRoot.querySelector('jb-annotation-panel');
  }

  /** Converts a viewport box into a place inside the article column. */
  private placeFor(rect: DOMRect, below: boolean): Place {
    const column = this.renderRoot.querySelector('.column')?.getBoundingClientRect();
    if (!column) return { top: 0, left: 0 };
    const center = rect.left + rect.width / 2 - column.left;
    // The toolbar (up to 380 px, less in a narrow window) stays inside the column.
    const half = Math.min(190, column.width / 2);
    const left = Math.min(Math.max(center, half), column.width - half);
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

  private onToolbar(event: CustomEvent<ToolbarChoice>): void {
    const selection = this.selection;
    if (!selection) return;
    this.selection = null;
    document.getSelection()?.removeAllRanges();
    const choice = event.detail;
    if (choice.action === 'highlight') {
      rememberColor(choice.color);
      void this.create({ ...selection.span, color: choice.color, style: choice.style ?? 'highlight' });
    } else if (choice.action === 'note')
      this.noteFor = { span: selection.span, place: this.placeFor(selection.rect, true) };
    else void this.addBookmark(selection.span.start);
  }

  private onSaveNote(event: CustomEvent<string>): void {
    const target = this.noteFor;
    this.noteFor = null;
    if (target) void this.create({ ...target.span, color: 'yellow', note: event.detail });
  }

  private onSaveArticleNote(event: CustomEvent<string>): void {
    this.articleNote = false;
    if (event.detail.trim()) void this.create({ kind: 'note', start: 0, end: 0, note: event.detail });
  }

  // —— Annotation changes, undoable ———————————————————————————————————

  private replaceLocal(annotation: Annotation): void {
    const exists = this.annotations.some((a) => a.id === annotation.id);
    this.annotations = exists
      ? this.annotations.map((a) => (a.id === annotation.id ? annotation : a))
      : [...this.annotations, annotation];
  }

  private removeLocal(id: number): void {
    this.annotations = this.annotations.filter((a) => a.id !== id);
  }

  /** Runs a change now and records how to undo it. */
  private async record(command: Command): Promise<void> {
    try {
      await command.redo();
      this.history.push(command);
    } catch (error) {
      reportError(this, error);
    }
  }

  private async create(input: NewAnnotation): Promise<void> {
    const article = this.article;
    if (!article) return;
    let created: Annotation | null = null;
    await this.record({
      label: input.kind === 'note' || input.note ? t.undo.note : t.undo.create,
      redo: async () => {
        created = created
          ? await this.client['annotations.restore']({ annotation: created })
          : await this.client['annotations.create']({ articleId: article.id, ...input });
        this.replaceLocal(created);
      },
      undo: async () => {
        if (!created) return;
        await this.client['annotations.delete']({ id: created.id });
        this.removeLocal(created.id);
      },
    });
  }

  private async onUpdate(event: CustomEvent<AnnotationChange>): Promise<void> {
    const { id, ...change } = event.detail;
    const before = this.annotations.find((a) => a.id === id);
    if (!before) return;
    const previous: Omit<AnnotationChange, 'id'> = {};
    if (change.color !== undefined) previous.color = before.color;
    if (change.style !== undefined) previous.style = before.style;
    if (change.note !== undefined) previous.note = before.note;
    if (change.tags !== undefined) previous.tags = before.tags;
    const label =
      change.color !== undefined
        ? t.undo.color
        : change.style !== undefined
          ? t.undo.style
          : change.note !== undefined
            ? t.undo.editNote
            : t.undo.tags;
    if (change.tags) this.suggestions = [...new Set([...this.suggestions, ...change.tags])];
    await this.record({
      label,
      redo: async () => this.replaceLocal(await this.client['annotations.update']({ id, ...change })),
      undo: async () => this.replaceLocal(await this.client['annotations.update']({ id, ...previous })),
    });
  }

  private async onDelete(event: CustomEvent<Annotation>): Promise<void> {
    const annotation = this.annotations.find((a) => a.id === event.detail.id) ?? event.detail;
    await this.record({
      label: t.undo.delete,
      redo: async () => {
        await this.client['annotations.delete']({ id: annotation.id });
        this.removeLocal(annotation.id);
      },
      undo: async () => this.replaceLocal(await this.client['annotations.restore']({ annotation })),
    });
  }

  async undo(): Promise<void> {
    try {
      const label = await this.history.undo();
      this.status = label ? t.undo.undone(label) : t.undo.nothing;
    } catch (error) {
      reportError(this, error);
    }
  }

  async redo(): Promise<void> {
    try {
      const label = await this.history.redo();
      this.status = label ? t.undo.redone(label) : t.undo.nothingToRedo;
    } catch (error) {
      reportError(this, error);
    }
  }

  // —— Bookmarks ——————————————————————————————————————————————————————

  private async addBookmark(offset = this.position.current() ?? 0): Promise<void> {
    const article = this.article;
    if (!article) return;
    try {
      const bookmark = await this.client['bookmarks.create']({ articleId: article.id, offset, label: '' });
      this.bookmarks = [...this.bookmarks, bookmark];
      await this.updateComplete;
      await this.panel?.reveal(bookmark.id, 'bookmark');
    } catch (error) {
      reportError(this, error);
    }
  }

  private async onBookmarkUpdate(event: CustomEvent<BookmarkChange>): Promise<void> {
    try {
      const updated = await this.client['bookmarks.update'](event.detail);
      this.bookmarks = this.bookmarks.map((b) => (b.id === updated.id ? updated : b));
    } catch (error) {
      reportError(this, error);
    }
  }

  private async onBookmarkDelete(event: CustomEvent<Bookmark>): Promise<void> {
    try {
      await this.client['bookmarks.delete']({ id: event.detail.id });
      this.bookmarks = this.bookmarks.filter((b) => b.id !== event.detail.id);
    } catch (error) {
      reportError(this, error);
    }
  }

  private goToBookmark(bookmark: Bookmark): void {
    const view = this.articleView;
    if (!view) return;
    this.position.scrollTo(bookmark.offset);
    view.reveal({ start: bookmark.offset, end: bookmark.offset + 1 }, true, false);
  }

  // —— Re-import ———————————————————————————————————————————————————————

  private async onReimport(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const article = this.article;
    if (!file || !article) return;
    try {
      const { files } = await filesToImport([file]);
      const result = await this.client['library.reimport']({ sourceId: article.sourceId, file: files[0]! });
      const message = t.reader.reimported(result.anchored, result.moved, result.orphaned);
      if (!result.articleIds.includes(article.id) && result.articleIds[0]) {
        location.hash = articleHref(result.articleIds[0]);
        return;
      }
      await this.load();
      this.status = message;
    } catch (error) {
      reportError(this, error);
    }
  }

  private togglePage = (): void => {
    if (!this.showPage) this.showPage = true;
    else this.renderRoot.querySelector('jb-page-view')?.flashCurrent();
  };

  // —— Narrow windows: the side panel as a drawer —————————————————————————

  private closeDrawer(): void {
    this.drawer = false;
    this.renderRoot.querySelector<HTMLElement>('.drawer-toggle')?.focus();
  }

  /** A choice in the drawer shows its place in the text: the drawer makes way. */
  private madeWay(): void {
    if (this.drawer) this.drawer = false;
  }

  private async openDrawer(): Promise<void> {
    this.drawer = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('aside .drawer-close')?.focus();
  }

  private jumpTo(offset: number): void {
    this.madeWay();
    this.position.scrollTo(offset);
  }

  // —— Rendering ———————————————————————————————————————————————————————

  private pageView() {
    return html`<button class="quiet back-to-text" @click=${() => (this.showPage = false)}>
        ${t.page.back}
      </button>
      <jb-page-view
        .article=${this.article}
        .layout=${this.article?.layout ?? null}
        .annotations=${this.annotations}
      ></jb-page-view>`;
  }

  private tools() {
    return html`<div class="tools">
      <button
        title=${t.panel.addArticleNoteTitle}
        aria-pressed=${this.articleNote ? 'true' : 'false'}
        @click=${() => (this.articleNote = !this.articleNote)}
      >
        ${noteIcon}${t.panel.addArticleNote}
      </button>
      <button title=${t.panel.addBookmarkTitle} @click=${() => void this.addBookmark()}>
        ${bookmarkIcon}${t.panel.addBookmark}
      </button>
      ${
        this.article?.layout
          ? html`<button
              class="show-page"
              title=${t.page.showTitle}
              aria-pressed=${this.showPage ? 'true' : 'false'}
              @click=${this.togglePage}
            >
              ${t.page.show}
            </button>`
          : nothing
      }
      <span class="spacer"></span>
      <button
        class="quiet"
        aria-label=${t.actions.undo}
        title=${t.actions.undoTitle}
        @click=${() => void this.undo()}
      >
        ${undoIcon}
      </button>
      <button
        class="quiet"
        aria-label=${t.actions.redo}
        title=${t.actions.redoTitle}
        @click=${() => void this.redo()}
      >
        ${redoIcon}
      </button>
    </div>`;
  }

  override render() {
    if (this.failed) return html`<p class="status">${t.errors.title}</p>`;
    if (!this.article) return html`<p class="status" role="status">${t.reader.loading}</p>`;
    return html`<div class="layout">
      <div class="column">
        <jb-article-actions
          .article=${this.article}
          .position=${this.position.saved}
          @jb-article-changed=${() => void this.load()}
        ></jb-article-actions>
        ${this.showPage ? this.pageView() : nothing} ${this.matchBar()}
        <jb-article
          ?hidden=${this.showPage}
          .article=${this.article}
          .annotations=${this.annotations}
          .pending=${this.noteFor?.span ?? null}
          .searchMatches=${this.searchMatches}
          .currentMatch=${this.currentMatch}
          @jb-select=${this.onSelect}
          @jb-activate=${(event: CustomEvent<Annotation>) => void this.panel?.reveal(event.detail.id)}
        ></jb-article>
        ${
          this.selection
            ? html`<jb-selection-toolbar
                ${placeAt(this.selection.place)}
                .color=${lastColor()}
                @jb-choose=${this.onToolbar}
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
      <button
        class="drawer-toggle"
        aria-expanded=${this.drawer ? 'true' : 'false'}
        aria-controls="side-panel"
        @click=${() => (this.drawer ? this.closeDrawer() : void this.openDrawer())}
      >
        ${notesIcon}${t.reader.panelToggle}
      </button>
      <aside id="side-panel" class=${this.drawer ? 'open' : ''} aria-label=${t.reader.panelLabel}>
        <button class="quiet drawer-close" aria-label=${t.actions.close} @click=${this.closeDrawer}>
          ${closeIcon}
        </button>
        <jb-toc
          .article=${this.article}
          .locate=${() => this.position.current()}
          @jb-jump=${(event: CustomEvent<number>) => this.jumpTo(event.detail)}
        ></jb-toc>
        <jb-tag-editor .tags=${this.tags} @jb-tags=${this.onTags}></jb-tag-editor>
        ${this.tools()}
        <p class="status-line" role="status">${this.status}</p>
        ${
          this.articleNote
            ? html`<jb-note-editor
                class="article-note"
                .label=${t.panel.articleNote}
                .placeholder=${t.reader.articleNotePlaceholder}
                @jb-save=${this.onSaveArticleNote}
                @jb-cancel=${() => (this.articleNote = false)}
              ></jb-note-editor>`
            : nothing
        }
        <jb-annotation-panel
          .annotations=${this.annotations}
          .bookmarks=${this.bookmarks}
          .text=${this.article.text}
          .suggestions=${this.suggestions}
          @jb-goto=${(event: CustomEvent<Annotation>) => {
            this.madeWay();
            this.articleView?.reveal(event.detail);
          }}
          @jb-update=${this.onUpdate}
          @jb-delete=${this.onDelete}
          @jb-goto-bookmark=${(event: CustomEvent<Bookmark>) => {
            this.madeWay();
            this.goToBookmark(event.detail);
          }}
          @jb-bookmark-update=${this.onBookmarkUpdate}
          @jb-bookmark-delete=${this.onBookmarkDelete}
        ></jb-annotation-panel>
        <div class="source">
          <button
            class="quiet"
            title=${t.actions.reimportTitle}
            @click=${() => this.renderRoot.querySelector<HTMLInputElement>('input.reimport')?.click()}
          >
            ${importIcon}${t.actions.reimport}
          </button>
          <input
            class="reimport"
            type="file"
            accept=${ACCEPT}
            aria-label=${t.reader.reimportPick}
            tabindex="-1"
            hidden
            @change=${this.onReimport}
          />
        </div>
      </aside>
    </div>`;
  }
}
customElements.define('jb-reader', JbReader);

export type { HighlightColor, HighlightStyle };

declare global {
  interface HTMLElementTagNameMap {
    'jb-reader': JbReader;
  }
}
