import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { reportError } from '../../lib/errors.js';
import type { Deleted } from '../../lib/library-actions.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';

/** How long a deletion can be undone from the page (the library keeps it for an hour). */
const UNDO_MS = 8000;

/**
 * The last deletion, with an Undo button, for a few seconds. It stays while the pointer or the focus
 * is on it, so it cannot vanish under a click.
 * @fires jb-undone - detail: the article ids brought back
 */
export class JbUndoToast extends LitElement {
  static override properties = { deleted: { state: true }, message: { state: true } };
  static override styles = [
    controls,
    css`
      :host {
        position: fixed;
        left: 50%;
        bottom: 1.5rem;
        transform: translateX(-50%);
        z-index: 30;
      }
      .toast {
        display: flex;
        align-items: center;
        gap: 1rem;
        padding: 0.6rem 0.75rem 0.6rem 1rem;
        border-radius: 8px;
        background: var(--jb-toolbar-bg);
        color: var(--jb-toolbar-fg);
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
      }
      button {
        color: var(--jb-fg);
      }
    `,
  ];

  deleted: Deleted | null = null;
  /** A short confirmation after an undo. */
  message = '';
  private api = new ContextConsumer(this, { context: apiContext });
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  show(deleted: Deleted): void {
    this.deleted = deleted;
    this.message = '';
    this.later();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private later(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.deleted = null;
      this.message = '';
    }, UNDO_MS);
  }

  private async undo(): Promise<void> {
    const deleted = this.deleted;
    if (!deleted) return;
    this.deleted = null;
    try {
      const { articleIds } = await this.api.value!['library.undoDelete']({ token: deleted.token });
      this.message = t.manage.undone(articleIds.length);
      this.later();
      this.dispatchEvent(new CustomEvent('jb-undone', { detail: articleIds }));
    } catch (error) {
      reportError(this, error);
    }
  }

  override render() {
    const text = this.deleted?.message ?? this.message;
    return html`<div role="status" aria-live="polite">
      ${
        text
          ? html`<div
              class="toast"
              @pointerenter=${() => clearTimeout(this.timer)}
              @pointerleave=${() => this.later()}
              @focusin=${() => clearTimeout(this.timer)}
              @focusout=${() => this.later()}
            >
              <span>${text}</span>
              ${this.deleted ? html`<button @click=${() => void this.undo()}>${t.manage.undo}</button>` : nothing}
            </div>`
          : nothing
      }
    </div>`;
  }
}
customElements.define('jb-undo-toast', JbUndoToast);

declare global {
  interface HTMLElementTagNameMap {
    'jb-undo-toast': JbUndoToast;
  }
}
