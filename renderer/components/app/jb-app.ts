import { ContextProvider } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { ERROR_EVENT, describeError, reportError, type ShownError } from '../../lib/errors.js';
import { ACCEPT, filesToImport } from '../../lib/files.js';
import { DELETED, LIBRARY_CHANGED, type Deleted } from '../../lib/library-actions.js';
import { isSearchShortcut, typingIn } from '../../lib/keys.js';
import { articleHref, libraryHref, notesHref, parseRoute, type Route } from '../../lib/route.js';
import { apiContext } from '../../state/context.js';
import type { Output } from '../../../shared/contract/api.js';
import type { Connection } from '../../transport/index.js';
import type { AlertItem } from '../alerts/jb-alerts.js';
import { backIcon, exportIcon, importIcon, notesIcon } from '../icons.js';
import { controls } from '../shared.styles.js';
import { appStyles } from './jb-app.styles.js';
import type { ImportState } from './jb-import-report.js';
import '../alerts/jb-alerts.js';
import '../library/jb-library.js';
import '../notes/jb-notes.js';
import './jb-export-dialog.js';
import '../reader/jb-reader.js';
import './jb-import-report.js';
import './jb-settings.js';
import './jb-shortcuts.js';
import '../manage/jb-undo-toast.js';

/** How often a running import is asked how far it is. */
const PROGRESS_POLL_MS = 300;

/** The application shell: header, routing by location.hash, import (picker, drop, Ctrl+O), errors. */
export class JbApp extends LitElement {
  static override properties = {
    route: { state: true },
    libraryVersion: { state: true },
    importState: { state: true },
    alerts: { state: true },
    dragging: { state: true },
    exporting: { state: true },
    exportTags: { state: true },
    shortcuts: { state: true },
  };
  static override styles = [controls, appStyles];

  connection!: Connection;
  route: Route = parseRoute(location.hash);
  libraryVersion = 1;
  importState: ImportState | null = null;
  alerts: AlertItem[] = [];
  dragging = false;
  /** A menu asked for the picker when the page had no user activation to open it with. */
  /** The export dialog is open. */
  exporting = false;
  exportTags: string[] = [];
  /** The list of keyboard shortcuts is open. */
  shortcuts = false;
  private nextAlert = 1;
  /** Ctrl/Cmd+K was pressed outside the library: focus its search box once it is shown. */
  private focusSearchOnShow = false;
  private provider = new ContextProvider(this, { context: apiContext });
  private unsubscribe: (() => void)[] = [];

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.provider.setValue(this.connection.api);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('keydown', this.onKey);
    window.addEventListener('dragenter', this.onDragOver);
    window.addEventListener('dragover', this.onDragOver);
    window.addEventListener('dragleave', this.onDragLeave);
    window.addEventListener('drop', this.onDrop);
    window.addEventListener('unhandledrejection', this.onUnhandled);
    this.addEventListener(ERROR_EVENT, this.onError as EventListener);
    this.addEventListener(LIBRARY_CHANGED, this.onLibraryChanged);
    this.addEventListener(DELETED, this.onDeleted as EventListener);
    this.unsubscribe = [
      this.connection.subscribe('menu:export', () => void this.exportNotes()),
      this.connection.subscribe('library:changed', () => this.libraryVersion++),
      this.connection.subscribe('open:link', (link) => this.openLink(link.articleId, link.annotationId ?? 0)),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('keydown', this.onKey);
    window.removeEventListener('dragenter', this.onDragOver);
    window.removeEventListener('dragover', this.onDragOver);
    window.removeEventListener('dragleave', this.onDragLeave);
    window.removeEventListener('drop', this.onDrop);
    window.removeEventListener('unhandledrejection', this.onUnhandled);
    this.removeEventListener(ERROR_EVENT, this.onError as EventListener);
    this.removeEventListener(LIBRARY_CHANGED, this.onLibraryChanged);
    this.removeEventListener(DELETED, this.onDeleted as EventListener);
    for (const stop of this.unsubscribe) stop();
  }

  showError(error: ShownError): void {
    // The same failure from several requests at once is shown once.
    if (this.alerts.some((alert) => alert.code === error.code && alert.message === error.message)) return;
    this.alerts = [...this.alerts, { id: this.nextAlert++, ...error }];
  }

  private onError = (event: CustomEvent<ShownError>): void => this.showError(event.detail);
  private onUnhandled = (event: PromiseRejectionEvent): void => this.showError(describeError(event.reason));
  private onLibraryChanged = (): void => void this.libraryVersion++;
  /** A deletion anywhere: the lists reload, and its undo is offered for a few seconds. */
  private onDeleted = (event: CustomEvent<Deleted>): void => {
    this.libraryVersion++;
    this.renderRoot.querySelector('jb-undo-toast')?.show(event.detail);
  };

  /** Opens an article at an annotation (a jianbao:// link from the desktop). */
  openLink(articleId: number, annotationId: number): void {
    const href = articleHref(articleId, '', annotationId);
    if (location.hash === href)
      this.route = { view: 'reader', id: articleId, query: '', annotation: annotationId };
    else location.hash = href;
  }

  private onHashChange = (): void => {
    this.route = parseRoute(location.hash);
    if (this.importState && 'result' in this.importState) this.importState = null;
    if (this.route.view === 'library') {
      document.title = `${t.appNameNative} ${t.appName}`;
      this.libraryVersion++;
    }
    window.scrollTo(0, 0);
    if (this.focusSearchOnShow) {
      this.focusSearchOnShow = false;
      void this.focusSearch();
    }
  };

  /** Shows the library (with the reader's query, if any) and focuses its search box. */
  async focusSearch(): Promise<void> {
    const route = this.route;
    if (route.view !== 'library') {
      this.focusSearchOnShow = true;
      location.hash = libraryHref(route.view === 'reader' ? route.query : '');
      return;
    }
    await this.updateComplete;
    await this.renderRoot.querySelector('jb-library')?.focusSearch();
  }

  private onKey = (event: KeyboardEvent): void => {
    if (isSearchShortcut(event)) {
      event.preventDefault();
      void this.focusSearch();
      return;
    }
    if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'o') {
      event.preventDefault();
      this.openPicker();
    } else if (event.key === '?' && !event.ctrlKey && !event.metaKey && !typingIn(event)) {
      event.preventDefault();
      this.shortcuts = true;
    }
  };

  private hasFiles(event: DragEvent): boolean {
    return event.dataTransfer?.types.includes('Files') ?? false;
  }

  private onDragOver = (event: DragEvent): void => {
    if (!this.hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  };

  private onDragLeave = (event: DragEvent): void => {
    if (event.relatedTarget === null) this.dragging = false;
  };

  private onDrop = (event: DragEvent): void => {
    this.dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    event.preventDefault();
    void this.importFiles(files);
  };

  openPicker(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.click();
  }

  private onPicked(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length > 0) void this.importFiles(files);
  }

  /**
   * Imports the files one request each (a request stays within the server's body limit however many files
   * are dropped), asking for the running one's progress meanwhile. Cancel stops the running file and the rest.
   */
  async importFiles(files: File[]): Promise<void> {
    const busy = files.length;
    this.importState = { busy };
    this.importCancelled = false;
    const api = this.connection.api;
    const poll = setInterval(() => {
      void api['library.importProgress']({}).then(
        (progress) => {
          if (this.importState && 'busy' in this.importState)
            this.importState = { busy, progress: { ...progress, file: done + 1, files: busy } };
        },
        () => undefined,
      );
    }, PROGRESS_POLL_MS);
    const result: Output<'library.import'> = { imported: [], rejected: [] };
    let done = 0;
    try {
      for (const file of files) {
        if (this.importCancelled)
          result.rejected.push({
            fileName: file.name,
            reason: t.importReport.cancelled,
            // Said in the page, in its language already.
            said: { en: t.importReport.cancelled, 'zh-CN': t.importReport.cancelled },
          });
        else {
          const one = await api['library.import'](await filesToImport([file]));
          result.imported.push(...one.imported);
          result.rejected.push(...one.rejected);
        }
        done++;
      }
      this.importState = { result };
    } catch (error) {
      this.importState = null;
      reportError(this, error);
    } finally {
      clearInterval(poll);
    }
    this.libraryVersion++;
  }

  /** Set by Cancel: the files not yet sent are not imported. */
  private importCancelled = false;

  private cancelImport = (): void => {
    this.importCancelled = true;
    void this.connection.api['library.cancelImport']({}).catch((error: unknown) => reportError(this, error));
  };

  /** Opens the export dialog (for the open article, if any). */
  async exportNotes(): Promise<void> {
    this.exporting = true;
    try {
      const { tags } = await this.connection.api['tags.list']({});
      this.exportTags = tags.map((tag) => tag.name);
    } catch (error) {
      reportError(this, error);
    }
  }

  override render() {
    const route = this.route;
    const reading = route.view === 'reader';
    return html`
      <header>
        ${
          route.view !== 'library'
            ? html`<button
                class="quiet"
                title=${t.actions.backTitle}
                @click=${() => (location.hash = libraryHref(route.view === 'reader' ? route.query : ''))}
              >
                ${backIcon}<span class="label">${t.actions.back}</span>
              </button>`
            : nothing
        }
        <a class="brand target" href="#" aria-label="${t.appNameNative} ${t.appName}">
          <span class="zh" aria-hidden="true">${t.appNameNative}</span>
          <span class="en" aria-hidden="true">${t.appName}</span>
        </a>
        <a
          class="nav target"
          href=${notesHref()}
          title=${t.actions.notesTitle}
          aria-current=${route.view === 'notes' ? 'page' : 'false'}
          >${notesIcon}<span class="label">${t.actions.notes}</span></a
        >
        <button title=${t.actions.exportTitle} @click=${() => void this.exportNotes()}>
          ${exportIcon}<span class="label">${t.actions.exportNotes}</span>
        </button>
        <button class="primary" title=${t.actions.importTitle} @click=${() => this.openPicker()}>
          ${importIcon}<span class="label">${t.actions.import}</span>
        </button>
        <jb-settings></jb-settings>
        <input
          type="file"
          multiple
          accept=${ACCEPT}
          aria-label=${t.actions.importTitle}
          tabindex="-1"
          @change=${this.onPicked}
        />
      </header>
      <jb-import-report
        .state=${this.importState}
        @jb-dismiss=${() => (this.importState = null)}
        @jb-cancel-import=${this.cancelImport}
      ></jb-import-report>
      <main>
        ${
          route.view === 'reader'
            ? html`<jb-reader
                article-id=${route.id}
                .annotationId=${route.annotation}
                .query=${route.query}
              ></jb-reader>`
            : route.view === 'notes'
              ? html`<jb-notes
                  .version=${this.libraryVersion}
                  @jb-export=${() => void this.exportNotes()}
                ></jb-notes>`
              : html`<jb-library .version=${this.libraryVersion} .query=${route.query}></jb-library>`
        }
      </main>
      ${
        this.exporting
          ? html`<jb-export-dialog
              .articleId=${reading ? route.id : 0}
              .tags=${this.exportTags}
              @jb-close=${() => (this.exporting = false)}
            ></jb-export-dialog>`
          : nothing
      }
      ${this.shortcuts ? html`<jb-shortcuts @jb-close=${() => (this.shortcuts = false)}></jb-shortcuts>` : nothing}
      ${this.dragging ? html`<div class="drop" aria-hidden="true">${t.drop.overlay}</div>` : nothing}
      <jb-undo-toast @jb-undone=${() => this.libraryVersion++}></jb-undo-toast>
      <jb-alerts
        .alerts=${this.alerts}
        aria-label=${t.errors.alertsLabel}
        @jb-dismiss=${(event: CustomEvent<number>) => (this.alerts = this.alerts.filter((a) => a.id !== event.detail))}
      ></jb-alerts>
    `;
  }
}
customElements.define('jb-app', JbApp);

declare global {
  interface HTMLElementTagNameMap {
    'jb-app': JbApp;
  }
}
