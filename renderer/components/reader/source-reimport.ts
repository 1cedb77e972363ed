import { html, nothing, type LitElement } from 'lit';
import type { Api, Article } from '../../../shared/contract/api.js';
import { TEXT_ENCODINGS, type TextEncoding } from '../../../shared/contract/vocabulary.js';
import { t } from '../../i18n/index.js';
import { reportError } from '../../lib/errors.js';
import { ACCEPT, filesToImport } from '../../lib/files.js';
import { importIcon } from '../icons.js';

export interface SourceReimportOptions {
  client(): Api;
  article(): Article | null;
  /** The encoding the article's text file was read in, when it can be read in another; else null. */
  encoding(): string | null;
  /** Loads the article again, after its file was read anew. */
  reload(): Promise<void>;
  /** Opens the file's first article, when the new file no longer holds this one, and then says `message`. */
  open(articleId: number, message: string): void;
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
    if (!file) return;
    const { files } = await filesToImport([file]);
    await this.reimport({ file: files[0]! });
  };

  /** The same file read again in the encoding chosen (a text file whose characters came out wrong). */
  private onEncoding = async (event: Event): Promise<void> => {
    const select = event.target as HTMLSelectElement;
    const encoding = select.value as TextEncoding;
    // Until the file is read again (or if it cannot be), the picker shows the encoding the text is in.
    select.value = this.options.encoding() ?? encoding;
    await this.reimport({ encoding });
  };

  private async reimport(change: Pick<Parameters<Api['library.reimport']>[0], 'file' | 'encoding'>) {
    const article = this.options.article();
    if (!article) return;
    try {
      const result = await this.options
        .client()
        ['library.reimport']({ sourceId: article.sourceId, ...change });
      const message = t.reader.reimported(result.anchored, result.moved, result.orphaned);
      if (!result.articleIds.includes(article.id) && result.articleIds[0]) {
        this.options.open(result.articleIds[0], message);
        return;
      }
      await this.options.reload();
      this.options.announce(message);
    } catch (error) {
      reportError(this.host, error);
    }
  }

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
      ${this.renderEncoding()}
    </div>`;
  }

  private renderEncoding() {
    const current = this.options.encoding();
    if (current === null) return nothing;
    return html`<label class="encoding" title=${t.reader.readAsTitle}
      >${t.reader.readAs}
      <select @change=${this.onEncoding}>
        ${TEXT_ENCODINGS.map(
          (encoding) =>
            html`<option value=${encoding} ?selected=${encoding === current}>
              ${t.reader.encodings[encoding]}
            </option>`,
        )}
      </select></label
    >`;
  }
}
