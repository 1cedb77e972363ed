import { html, type LitElement } from 'lit';
import type { Api, Article } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { reportError } from '../../lib/errors.js';
import { ACCEPT, filesToImport } from '../../lib/files.js';
import { articleHref } from '../../lib/route.js';
import { importIcon } from '../icons.js';

export interface SourceReimportOptions {
  client(): Api;
  article(): Article | null;
  /** Loads the article again, after its file was read anew. */
  reload(): Promise<void>;
  /** Says how many annotations kept their passage, moved, or lost it. */
  announce(message: string): void;
}

/**
 * Re-importing the file an article came from (the same one parsed again, or a newer version picked):
 * the article is opened again with its annotations moved to their passages, or, when the new file no
 * longer holds it, the file's first article is opened.
 */
export class SourceReimport {
  constructor(
    private readonly host: LitElement,
    private readonly options: SourceReimportOptions,
  ) {}

  private onPicked = async (event: Event): Promise<void> => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    const article = this.options.article();
    if (!file || !article) return;
    try {
      const { files } = await filesToImport([file]);
      const result = await this.options
        .client()
        ['library.reimport']({ sourceId: article.sourceId, file: files[0]! });
      const message = t.reader.reimported(result.anchored, result.moved, result.orphaned);
      if (!result.articleIds.includes(article.id) && result.articleIds[0]) {
        location.hash = articleHref(result.articleIds[0]);
        return;
      }
      await this.options.reload();
      this.options.announce(message);
    } catch (error) {
      reportError(this.host, error);
    }
  };

  render() {
    return html`<div class="source">
      <button
        class="quiet"
        title=${t.actions.reimportTitle}
        @click=${() => this.host.renderRoot.querySelector<HTMLInputElement>('input.reimport')?.click()}
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
        @change=${this.onPicked}
      />
    </div>`;
  }
}
