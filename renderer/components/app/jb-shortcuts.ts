import { css, html, LitElement } from 'lit';
import { t } from '../../i18n/index.js';
import type { Strings } from '../../i18n/en.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { closeIcon } from '../icons.js';
import { controls } from '../shared.styles.js';
import { dialogStyles } from './jb-export-dialog.styles.js';

type Shortcut = Exclude<keyof Strings['shortcuts'], 'title'>;

/** Each shortcut's keys, as printed on keyboards (the same in every language). */
const KEYS: [Shortcut, string[]][] = [
  ['import', ['Ctrl+O']],
  ['search', ['Ctrl+K', '/']],
  ['sentence', ['s']],
  ['move', ['←', '→']],
  ['highlight', ['h']],
  ['note', ['n']],
  ['undo', ['Ctrl+Z']],
  ['redo', ['Shift+Ctrl+Z']],
  ['match', ['F3', 'Ctrl+G']],
  ['escape', ['Esc']],
  ['help', ['?']],
];

/**
 * The list of keyboard shortcuts (`?`), as a modal dialog: Esc or Close closes it.
 * @fires jb-close
 */
export class JbShortcuts extends LitElement {
  static override styles = [
    controls,
    dialogStyles,
    css`
      dl {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        gap: 0.45rem 1rem;
        margin: 0.75rem 0 0;
        font-size: 0.9rem;
      }
      dt {
        white-space: nowrap;
      }
      dd {
        margin: 0;
      }
      kbd {
        font-family: var(--jb-font-mono);
        font-size: 0.85em;
        padding: 0.1em 0.4em;
        border: 1px solid var(--jb-border);
        border-bottom-width: 2px;
        border-radius: 4px;
        background: var(--jb-bg);
      }
    `,
  ];

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('jb-close'));
  }

  override render() {
    return html`<dialog aria-labelledby="shortcuts-title" @close=${this.close} @cancel=${this.close}>
      <div class="title-bar">
        <h2 id="shortcuts-title">${t.shortcuts.title}</h2>
        <button class="quiet" aria-label=${t.actions.close} @click=${this.close}>${closeIcon}</button>
      </div>
      <dl>
        ${KEYS.map(
          ([name, keys]) =>
            html`<dt>${keys.map((key, i) => html`${i > 0 ? ' ' : ''}<kbd>${key}</kbd>`)}</dt>
              <dd>${t.shortcuts[name]}</dd>`,
        )}
      </dl>
    </dialog>`;
  }
}
customElements.define('jb-shortcuts', JbShortcuts);

declare global {
  interface HTMLElementTagNameMap {
    'jb-shortcuts': JbShortcuts;
  }
}
