import { ContextConsumer } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import type { ExportScope } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { downloadText } from '../../lib/download.js';
import { describeError } from '../../lib/errors.js';
import { apiContext } from '../../state/context.js';
import { closeIcon } from '../icons.js';
import { controls } from '../shared.styles.js';
import { dialogStyles } from './jb-export-dialog.styles.js';

type ScopeKind = ExportScope['kind'];
type Templates = { article: string; highlight: string; collection: string; custom: boolean };

const FOLDER_KEY = 'jianbao.exportFolder';

/**
 * The export dialog: which notes (this article, a tag, the whole library) and where (one Markdown
 * file downloaded, or a folder with one file per article), and an editor for the export templates.
 * @fires jb-close
 */
export class JbExportDialog extends LitElement {
  static override properties = {
    articleId: { type: Number },
    tags: { attribute: false },
    scope: { state: true },
    tag: { state: true },
    destination: { state: true },
    folder: { state: true },
    busy: { state: true },
    message: { state: true },
    error: { state: true },
    templates: { state: true },
  };
  static override styles = [controls, dialogStyles];

  /** The open article (0: none, then "This article" is not offered). */
  articleId = 0;
  tags: string[] = [];
  scope: ScopeKind = 'library';
  tag = '';
  destination: 'single' | 'folder' = 'single';
  folder = localStorage.getItem(FOLDER_KEY) ?? '';
  busy = false;
  message = '';
  error = '';
  /** The templates being edited, or null while the export form shows. */
  templates: Templates | null = null;
  private api = new ContextConsumer(this, { context: apiContext });

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.articleId) this.scope = 'article';
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('jb-close'));
  }

  private get exportScope(): ExportScope | null {
    if (this.scope === 'article')
      return this.articleId ? { kind: 'article', articleId: this.articleId } : null;
    if (this.scope === 'tag') return this.tag.trim() ? { kind: 'tag', tag: this.tag.trim() } : null;
    return { kind: 'library' };
  }

  private async run(event: Event): Promise<void> {
    event.preventDefault();
    const api = this.api.value;
    const scope = this.exportScope;
    if (!api || !scope) return;
    this.busy = true;
    this.message = '';
    this.error = '';
    try {
      if (this.destination === 'single') {
        const { files } = await api['export.notes']({ scope, layout: 'single' });
        for (const file of files) downloadText(file.fileName, file.markdown);
        this.message = files.length === 0 ? t.exportDialog.empty : t.exportDialog.downloaded(files.length);
      } else {
        localStorage.setItem(FOLDER_KEY, this.folder.trim());
        const result = await api['export.toFolder']({ folder: this.folder.trim(), scope });
        this.message =
          result.files.length === 0
            ? t.exportDialog.empty
            : t.exportDialog.written(result.files.length, result.folder);
      }
    } catch (error) {
      this.error = describeError(error).message;
    } finally {
      this.busy = false;
    }
  }

  private async openTemplates(): Promise<void> {
    try {
      this.templates = await this.api.value!['export.templates.get']({});
      this.message = '';
      this.error = '';
    } catch (error) {
      this.error = describeError(error).message;
    }
  }

  private field(name: 'article' | 'highlight' | 'collection'): string {
    return this.renderRoot.querySelector<HTMLTextAreaElement>(`textarea[name=${name}]`)?.value ?? '';
  }

  private async saveTemplates(reset: boolean): Promise<void> {
    try {
      this.templates = await this.api.value!['export.templates.set'](
        reset
          ? { reset: true }
          : {
              article: this.field('article'),
              highlight: this.field('highlight'),
              collection: this.field('collection'),
            },
      );
      this.error = '';
      this.message = t.templates.saved;
    } catch (error) {
      this.error = describeError(error).message;
    }
  }

  private templateForm(templates: Templates) {
    const area = (name: 'article' | 'highlight' | 'collection', label: string) =>
      html`<label class="block"
        >${label}<textarea name=${name} spellcheck="false" .value=${templates[name]}></textarea>
      </label>`;
    return html`<form
      @submit=${(event: Event) => {
        event.preventDefault();
        void this.saveTemplates(false);
      }}
    >
      <p class="hint">${t.templates.hint}</p>
      ${templates.custom ? html`<p class="hint">${t.templates.custom}</p>` : nothing}
      ${area('article', t.templates.article)} ${area('highlight', t.templates.highlight)}
      ${area('collection', t.templates.collection)} ${this.feedback()}
      <div class="actions">
        <button type="button" @click=${() => void this.saveTemplates(true)}>${t.templates.reset}</button>
        <span class="spacer"></span>
        <button type="button" @click=${() => (this.templates = null)}>${t.templates.back}</button>
        <button type="submit" class="primary">${t.templates.save}</button>
      </div>
    </form>`;
  }

  private feedback() {
    return html`<p class="message ${this.error ? 'error' : ''}" role="status">
      ${this.error || this.message}
    </p>`;
  }

  private exportForm() {
    const radio = (value: ScopeKind, label: string) =>
      html`<label
        ><input
          type="radio"
          name="scope"
          value=${value}
          .checked=${this.scope === value}
          @change=${() => (this.scope = value)}
        />${label}</label
      >`;
    return html`<form @submit=${this.run}>
      <fieldset>
        <legend>${t.exportDialog.scope}</legend>
        ${this.articleId ? radio('article', t.exportDialog.article) : nothing}
        <div class="row">
          ${radio('tag', t.exportDialog.tag)}
          <input
            aria-label=${t.exportDialog.tagLabel}
            list="export-tags"
            .value=${this.tag}
            @focus=${() => (this.scope = 'tag')}
            @input=${(event: Event) => (this.tag = (event.target as HTMLInputElement).value)}
          />
          <datalist id="export-tags">
            ${this.tags.map((tag) => html`<option value=${tag}></option>`)}
          </datalist>
        </div>
        ${radio('library', t.exportDialog.library)}
      </fieldset>
      <fieldset>
        <legend>${t.exportDialog.destination}</legend>
        <label
          ><input
            type="radio"
            name="destination"
            .checked=${this.destination === 'single'}
            @change=${() => (this.destination = 'single')}
          />${t.exportDialog.single}</label
        >
        <label
          ><input
            type="radio"
            name="destination"
            .checked=${this.destination === 'folder'}
            @change=${() => (this.destination = 'folder')}
          />${t.exportDialog.folder}</label
        >
        ${
          this.destination === 'folder'
            ? html`<label class="block"
                >${t.exportDialog.folderLabel}
                <input
                  class="path"
                  required
                  placeholder=${t.exportDialog.folderPlaceholder}
                  .value=${this.folder}
                  @input=${(event: Event) => (this.folder = (event.target as HTMLInputElement).value)}
              /></label>`
            : nothing
        }
      </fieldset>
      ${this.feedback()}
      <div class="actions">
        <button
          type="button"
          title=${t.exportDialog.templatesTitle}
          @click=${() => void this.openTemplates()}
        >
          ${t.exportDialog.templates}
        </button>
        <span class="spacer"></span>
        <button type="button" @click=${this.close}>${t.actions.close}</button>
        <button type="submit" class="primary" ?disabled=${this.busy || !this.exportScope}>
          ${this.busy ? t.exportDialog.exporting : t.exportDialog.export}
        </button>
      </div>
    </form>`;
  }

  override render() {
    const title = this.templates ? t.templates.title : t.exportDialog.title;
    return html`<dialog aria-label=${title} @close=${this.close} @cancel=${this.close}>
      <div class="title-bar">
        <h2>${title}</h2>
        <button class="quiet" aria-label=${t.actions.close} title=${t.actions.close} @click=${this.close}>
          ${closeIcon}
        </button>
      </div>
      ${this.templates ? this.templateForm(this.templates) : this.exportForm()}
    </dialog>`;
  }
}
customElements.define('jb-export-dialog', JbExportDialog);

declare global {
  interface HTMLElementTagNameMap {
    'jb-export-dialog': JbExportDialog;
  }
}
