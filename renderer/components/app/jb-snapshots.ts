import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import type { Snapshot } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { reportError } from '../../lib/errors.js';
import { formatDate } from '../../lib/format.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';

/**
 * The whole-library snapshots in the backups folder beside the library, newest first: take one now,
 * or put one in the library's place. Listed only when opened, since reading the folder is the only
 * cost. After a restore every view holds stale data, so the page loads again.
 */
export class JbSnapshots extends LitElement {
  static override properties = { items: { state: true }, folder: { state: true }, busy: { state: true } };
  static override styles = [
    controls,
    css`
      summary {
        cursor: pointer;
        font-size: 0.9rem;
        color: var(--jb-muted-strong);
      }
      p,
      li {
        font-size: 0.85rem;
      }
      ol {
        list-style: none;
        padding: 0;
        margin: 0.5rem 0;
      }
      li {
        display: flex;
        gap: 0.75rem;
        align-items: center;
        padding: 0.25rem 0;
      }
      .meta {
        color: var(--jb-muted);
        margin-right: auto;
      }
    `,
  ];

  items: Snapshot[] | null = null;
  folder = '';
  busy = false;
  private api = new ContextConsumer(this, { context: apiContext });

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  private async load(): Promise<void> {
    try {
      const { folder, items } = await this.api.value!['snapshots.list']({});
      [this.folder, this.items] = [folder, items];
    } catch (error) {
      reportError(this, error);
    }
  }

  private async take(): Promise<void> {
    this.busy = true;
    try {
      await this.api.value!['snapshots.create']({});
      await this.load();
    } catch (error) {
      reportError(this, error);
    } finally {
      this.busy = false;
    }
  }

  private async restore(snapshot: Snapshot): Promise<void> {
    if (!confirm(t.snapshots.confirm(formatDate(snapshot.takenAt)))) return;
    this.busy = true;
    try {
      await this.api.value!['snapshots.restore']({ name: snapshot.name });
      location.reload();
    } catch (error) {
      reportError(this, error);
      this.busy = false;
    }
  }

  override render() {
    return html`<details
      @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && void this.load()}
    >
      <summary>${t.snapshots.heading}</summary>
      <p>${t.snapshots.explain(this.folder)}</p>
      <button ?disabled=${this.busy} @click=${() => void this.take()}>${t.snapshots.take}</button>
      ${
        this.items === null
          ? nothing
          : this.items.length === 0
            ? html`<p>${t.snapshots.none}</p>`
            : html`<ol>
                ${this.items.map(
                  (snapshot) =>
                    html`<li>
                      <span>${formatDate(snapshot.takenAt)}</span>
                      <span class="meta"
                        >${t.snapshots.kind[snapshot.kind]} · ${t.snapshots.size(snapshot.bytes)}</span
                      >
                      <button
                        ?disabled=${this.busy}
                        aria-label=${t.snapshots.restoreLabel(formatDate(snapshot.takenAt))}
                        @click=${() => void this.restore(snapshot)}
                      >
                        ${t.snapshots.restore}
                      </button>
                    </li>`,
                )}
              </ol>`
      }
    </details>`;
  }
}
customElements.define('jb-snapshots', JbSnapshots);

declare global {
  interface HTMLElementTagNameMap {
    'jb-snapshots': JbSnapshots;
  }
}
