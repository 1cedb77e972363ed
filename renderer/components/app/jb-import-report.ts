import { html, LitElement, nothing } from 'lit';
import type { Output } from '../../../shared/contract/api.js';
import { language, t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { closeIcon } from '../icons.js';
import { controls } from '../shared.styles.js';
import { importReportStyles } from './jb-import-report.styles.js';

export type ImportState =
  { busy: number; progress?: Output<'library.importProgress'> } | { result: Output<'library.import'> };

/**
 * What an import did: each imported file with its articles, each rejected file with its reason; while it runs,
 * how far it is.
 * @fires jb-dismiss
 * @fires jb-cancel-import
 */
export class JbImportReport extends LitElement {
  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  /** The file being read, with its pages or chapters when it has some, and a way to stop the import. */
  private progress(p: Output<'library.importProgress'> | undefined) {
    if (!p?.running || !p.fileName) return nothing;
    const done = (p.unit === 'chapter' ? t.importReport.chapters : t.importReport.pages)(p.page, p.pages);
    return html`<li class="progress">
      <span>${t.importReport.file(p.file, p.files, p.fileName)}</span>
      ${
        p.pages > 0
          ? html`<progress max=${p.pages} value=${p.page} aria-label=${done}></progress> <span>${done}</span>`
          : nothing
      }
      <button @click=${() => this.dispatchEvent(new CustomEvent('jb-cancel-import'))}>
        ${t.importReport.cancel}
      </button>
    </li>`;
  }

  static override properties = { state: { attribute: false } };
  static override styles = [controls, importReportStyles];

  state: ImportState | null = null;

  override render() {
    const state = this.state;
    if (!state) return nothing;
    return html`<div class="report" role="status" aria-label=${t.importReport.label}>
      ${
        'busy' in state
          ? html`<ul>
              <li>${t.importReport.reading(state.busy)}</li>
              ${this.progress(state.progress)}
            </ul>`
          : html`<ul>
              ${state.result.imported.map(
                (file) =>
                  html`<li class="ok">
                    ${t.importReport.imported(file.fileName, file.articleIds.length)}
                    ${file.duplicate ? html`<span class="dup">(${t.importReport.duplicate})</span>` : nothing}
                    ${file.notices.map((notice) => html`<span class="dup">(${notice[language()]})</span>`)}
                    ${
                      file.articleIds[0] !== undefined
                        ? html`<a href="#article=${file.articleIds[0]}">${t.importReport.open}</a>`
                        : nothing
                    }
                  </li>`,
              )}
              ${state.result.rejected.map(
                (file) =>
                  html`<li class="bad">${t.importReport.rejected(file.fileName, file.said[language()])}</li>`,
              )}
            </ul>`
      }
      <button
        class="quiet"
        aria-label=${t.actions.dismiss}
        title=${t.actions.dismiss}
        @click=${() => this.dispatchEvent(new CustomEvent('jb-dismiss'))}
      >
        ${closeIcon}
      </button>
    </div>`;
  }
}
customElements.define('jb-import-report', JbImportReport);

declare global {
  interface HTMLElementTagNameMap {
    'jb-import-report': JbImportReport;
  }
}
