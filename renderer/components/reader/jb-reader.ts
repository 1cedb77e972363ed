import { ContextConsumer } from '@lit/context';
import { html, LitElement } from 'lit';
import type { Annotation, Api, Article, Bookmark, HighlightColor } from '../../../shared/contract/api.js';
import type { ArticleLayout } from '../../../shared/contract/article.js';
import type { HighlightStyle } from '../../../shared/contract/vocabulary.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { reportError } from '../../lib/errors.js';
import { typingIn } from '../../lib/keys.js';
import { articleHref, libraryHref } from '../../lib/route.js';
import { bookmarkIcon, closeIcon, noteIcon, notesIcon, redoIcon, undoIcon } from '../icons.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';
import { AnnotationCommands } from './annotation-commands.js';
import { ArticleTags } from './article-tags.js';
import type { AnnotationChange } from './annotation-entry.js';
import type { BookmarkChange } from './bookmark-entry.js';
import type { JbAnnotationPanel } from './jb-annotation-panel.js';
import type { JbArticle } from './jb-article.js';
import { readerStyles } from './jb-reader.styles.js';
import { PageToggle } from './page-toggle.js';
import { PassageEditing } from './passage-editing.js';
import { ReaderBookmarks } from './reader-bookmarks.js';
import { ReadingPosition } from './reading-position.js';
import { SearchMatches } from './search-matches.js';
import { SentenceSelection } from './sentence-selection.js';
import { SideDrawer } from './side-drawer.js';
import { SourceReimport } from './source-reimport.js';
import './jb-annotation-panel.js';
import './jb-article.js';
import './jb-note-editor.js';
import './jb-page-view.js';
import './jb-selection-toolbar.js';
import './jb-tag-editor.js';
import './jb-toc.js';
import '../manage/jb-article-actions.js';

type LoadedArticle = Article & {
  readingPosition?: number | null;
  layout?: ArticleLayout | null;
  pageMeta?: Record<string, string[]>;
  encoding?: string | null;
};

/**
 * One article: its text and the side panel beside it. Each concern is a controller of its own: the
 * annotations and their undo, the selected passage and its editors, bookmarks, tags, search matches,
 * the reading position, the page view, the drawer and re-import; this element loads the article, routes
 * the keys and lays them out.
 */
export class JbReader extends LitElement {
  static override properties = {
    articleId: { type: Number, attribute: 'article-id' },
    annotationId: { type: Number, attribute: 'annotation-id' },
    query: { type: String },
    article: { state: true },
    status: { state: true },
    failed: { state: true },
  };
  static override styles = [controls, readerStyles];

  articleId = 0;
  /** An annotation to scroll to and flash once the article is open (from a link). */
  annotationId = 0;
  /** A search query whose matches are marked in the text (from location.hash). */
  query = '';
  article: LoadedArticle | null = null;
  /** The last undo/redo or re-import outcome, announced politely. */
  status = '';
  /** An outcome to announce once the article opened next has loaded (a re-import that replaced this one). */
  private statusOnOpen = '';
  failed = false;
  private api = new ContextConsumer(this, { context: apiContext });
  private openId = (): number | null => this.article?.id ?? null;
  private announce = (message: string): void => {
    this.status = message;
  };
  private annotations = new AnnotationCommands(this, {
    client: () => this.client,
    articleId: this.openId,
    announce: this.announce,
  });
  private bookmarks = new ReaderBookmarks(this, {
    client: () => this.client,
    articleId: this.openId,
    reveal: async (id) => this.panel?.reveal(id, 'bookmark'),
  });
  private tags = new ArticleTags(this, { client: () => this.client, articleId: () => this.articleId });
  private search = new SearchMatches(this, {
    client: () => this.client,
    articleId: () => this.articleId,
    query: () => this.query,
    open: () => this.article !== null,
    view: () => this.articleView,
  });
  private editing = new PassageEditing(this, {
    column: () => this.renderRoot.querySelector('.column'),
    annotate: (input) => void this.annotations.create(input),
    bookmark: (offset) => void this.bookmarks.add(offset),
  });
  private page = new PageToggle(this);
  private drawer = new SideDrawer(this);
  private reimport = new SourceReimport(this, {
    client: () => this.client,
    article: () => this.article,
    encoding: () => this.article?.encoding ?? null,
    reload: () => this.load(),
    open: (id, message) => {
      this.statusOnOpen = message;
      location.hash = articleHref(id);
    },
    announce: this.announce,
  });
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
    text: () => (this.page.shown ? null : (this.article?.text ?? null)),
    selected: () => this.editing.selection?.span ?? null,
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
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('articleId')) void this.load();
    else {
      if (changed.has('query')) void this.search.load();
      if (changed.has('annotationId') && this.annotationId && this.article) void this.showAnnotation();
    }
  }

  private async load(): Promise<void> {
    const id = this.articleId;
    this.position.reset(null);
    this.article = null;
    this.annotations.open([]);
    this.bookmarks.set([]);
    this.tags.clear();
    this.editing.reset();
    this.status = this.statusOnOpen;
    this.statusOnOpen = '';
    this.failed = false;
    this.page.set(false);
    this.drawer.set(false);
    try {
      const [article, annotations, bookmarks] = await Promise.all([
        this.client['articles.get']({ id }),
        this.client['annotations.list']({ articleId: id }),
        this.client['bookmarks.list']({ articleId: id }),
      ]);
      if (id !== this.articleId) return;
      this.article = article;
      this.annotations.open(annotations);
      this.bookmarks.set(bookmarks);
      this.position.saved = article.readingPosition ?? null;
      void this.search.load();
      void this.tags.load();
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

  private async showAnnotation(): Promise<void> {
    const annotation = this.annotations.find(this.annotationId);
    if (!annotation) return;
    if (annotation.kind === 'highlight' && annotation.status !== 'orphaned')
      this.articleView?.reveal(annotation);
    await this.panel?.reveal(annotation.id);
  }

  // —— Keyboard ————————————————————————————————————————————————————————

  /** Esc closes what is open, the innermost first; with nothing open it goes back to the library. */
  private onEscape(event: KeyboardEvent): void {
    if (this.editing.open) this.editing.close();
    else if (this.drawer.opened) this.drawer.close();
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
      this.search.matches.length > 0 &&
      (key === 'f3' || (mod && key === 'g') || (key === 'enter' && !mod && onPage))
    ) {
      event.preventDefault();
      void this.search.step(event.shiftKey ? -1 : 1);
      return;
    }
    if (mod && (key === 'z' || key === 'y')) {
      event.preventDefault();
      void (key === 'y' || event.shiftKey ? this.annotations.redo() : this.annotations.undo());
      return;
    }
    if (!mod && !event.shiftKey) this.editing.onKey(event, key);
  };

  private get articleView(): JbArticle | null {
    return this.renderRoot.querySelector('jb-article');
  }

  private get panel(): JbAnnotationPanel | null {
    return this.renderRoot.querySelector('jb-annotation-panel');
  }

  /** Shows a place chosen in the side panel: in a narrow window the drawer makes way for it. */
  private jumpTo(offset: number): void {
    this.drawer.makeWay();
    this.position.scrollTo(offset);
  }

  private showBookmark(bookmark: Bookmark): void {
    this.drawer.makeWay();
    const view = this.articleView;
    if (!view) return;
    this.position.scrollTo(bookmark.offset);
    view.reveal({ start: bookmark.offset, end: bookmark.offset + 1 }, true, false);
  }

  // —— Rendering ———————————————————————————————————————————————————————

  private tools() {
    return html`<div class="tools">
      <button
        title=${t.panel.addArticleNoteTitle}
        aria-pressed=${this.editing.articleNote ? 'true' : 'false'}
        @click=${() => this.editing.toggleArticleNote()}
      >
        ${noteIcon}${t.panel.addArticleNote}
      </button>
      <button
        title=${t.panel.addBookmarkTitle}
        @click=${() => void this.bookmarks.add(this.position.current() ?? 0)}
      >
        ${bookmarkIcon}${t.panel.addBookmark}
      </button>
      ${this.page.renderButton(this.article?.layout)}
      <span class="spacer"></span>
      <button
        class="quiet"
        aria-label=${t.actions.undo}
        title=${t.actions.undoTitle}
        @click=${() => void this.annotations.undo()}
      >
        ${undoIcon}
      </button>
      <button
        class="quiet"
        aria-label=${t.actions.redo}
        title=${t.actions.redoTitle}
        @click=${() => void this.annotations.redo()}
      >
        ${redoIcon}
      </button>
    </div>`;
  }

  override render() {
    if (this.failed) return html`<p class="status">${t.errors.title}</p>`;
    if (!this.article) return html`<p class="status" role="status">${t.reader.loading}</p>`;
    const { annotations } = this.annotations;
    return html`<div class="layout">
      <div class="column">
        <jb-article-actions
          .article=${this.article}
          .position=${this.position.saved}
          @jb-article-changed=${() => void this.load()}
        ></jb-article-actions>
        ${this.page.renderPage(this.article, this.article.layout ?? null, annotations)}
        ${this.search.render()}
        <jb-article
          ?hidden=${this.page.shown}
          .article=${this.article}
          .pageMeta=${this.article.pageMeta ?? {}}
          .annotations=${annotations}
          .pending=${this.editing.noteFor?.span ?? null}
          .searchMatches=${this.search.matches}
          .currentMatch=${this.search.current}
          @jb-select=${this.editing.onSelect}
          @jb-activate=${(event: CustomEvent<Annotation>) => void this.panel?.reveal(event.detail.id)}
        ></jb-article>
        ${this.editing.renderFloating()}
      </div>
      <button
        class="drawer-toggle"
        aria-expanded=${this.drawer.opened ? 'true' : 'false'}
        aria-controls="side-panel"
        @click=${this.drawer.toggle}
      >
        ${notesIcon}${t.reader.panelToggle}
      </button>
      <aside id="side-panel" class=${this.drawer.opened ? 'open' : ''} aria-label=${t.reader.panelLabel}>
        <button class="quiet drawer-close" aria-label=${t.actions.close} @click=${this.drawer.close}>
          ${closeIcon}
        </button>
        <jb-toc
          .article=${this.article}
          .locate=${() => this.position.current()}
          @jb-jump=${(event: CustomEvent<number>) => this.jumpTo(event.detail)}
        ></jb-toc>
        <jb-tag-editor
          .tags=${this.tags.tags}
          @jb-tags=${(event: CustomEvent<string[]>) => void this.tags.set(event.detail)}
        ></jb-tag-editor>
        ${this.tools()}
        <p class="status-line" role="status">${this.status}</p>
        ${this.editing.renderArticleNote()}
        <jb-annotation-panel
          .annotations=${annotations}
          .bookmarks=${this.bookmarks.bookmarks}
          .text=${this.article.text}
          .suggestions=${this.tags.suggestions}
          @jb-goto=${(event: CustomEvent<Annotation>) => {
            this.drawer.makeWay();
            this.articleView?.reveal(event.detail);
          }}
          @jb-update=${(event: CustomEvent<AnnotationChange>) => {
            if (event.detail.tags) this.tags.offer(event.detail.tags);
            void this.annotations.update(event.detail);
          }}
          @jb-delete=${(event: CustomEvent<Annotation>) => void this.annotations.delete(event.detail)}
          @jb-goto-bookmark=${(event: CustomEvent<Bookmark>) => this.showBookmark(event.detail)}
          @jb-bookmark-update=${(event: CustomEvent<BookmarkChange>) => void this.bookmarks.update(event.detail)}
          @jb-bookmark-delete=${(event: CustomEvent<Bookmark>) => void this.bookmarks.delete(event.detail)}
        ></jb-annotation-panel>
        ${this.reimport.render()}
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
