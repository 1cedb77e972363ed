import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import { UI_LANGUAGES, type UiLanguage } from '../../../shared/contract/vocabulary.js';
import { language, setLanguage, t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { reportError } from '../../lib/errors.js';
import { apiContext } from '../../state/context.js';
import { onReadingSettingsChange, setReadingSettings } from '../../state/reading-settings.js';
import { settingsIcon } from '../icons.js';
import { controls, fields } from '../shared.styles.js';
import './jb-reading-settings.js';
import './jb-snapshots.js';

/** Each language by its own name, as language pickers show them, whatever the interface's language. */
const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', 'zh-CN': '中文（简体）' };

/**
 * The header's Settings button and its popover. It owns the settings kept in the library: the saved
 * language and reading settings replace the system's and the defaults once they have loaded, and a
 * choice applies at once (a re-render, no reload) and is saved.
 */
export class JbSettings extends LitElement {
  static override properties = { open: { state: true } };
  static override styles = [
    controls,
    fields,
    css`
      :host {
        position: relative;
      }
      .popover {
        position: absolute;
        right: 0;
        top: calc(100% + 0.4rem);
        z-index: 40;
        display: flex;
        flex-direction: column;
        gap: 0.75rem;
        width: 22rem;
        /* A narrow window scrolls the popover, not the page. */
        max-width: calc(100vw - 1.5rem);
        max-height: calc(100vh - 5rem);
        overflow-y: auto;
        box-sizing: border-box;
        padding: 0.9rem 1rem;
        background: var(--jb-surface);
        border: 1px solid var(--jb-border);
        border-radius: 8px;
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
      }
      h2 {
        margin: 0;
        font-size: 0.95rem;
      }
      label {
        display: flex;
        flex-direction: column;
        gap: 0.3rem;
        font-size: 0.85rem;
      }
    `,
  ];

  open = false;
  private api = new ContextConsumer(this, { context: apiContext });
  /** A choice made before the saved one arrived wins over it. */
  private chosen = false;
  private readingChosen = false;
  private stopReading?: () => void;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onOutside);
    this.stopReading = onReadingSettingsChange(() => (this.readingChosen = true));
    void this.api.value?.['settings.get']({}).then(
      (settings) => {
        if (settings.language && !this.chosen) setLanguage(settings.language);
        if (!this.readingChosen) setReadingSettings(settings.reader);
      },
      (error: unknown) => reportError(this, error),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onOutside);
    this.stopReading?.();
  }

  private onOutside = (event: PointerEvent): void => {
    if (this.open && !event.composedPath().includes(this)) this.open = false;
  };

  private onKey(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.open = false;
    this.renderRoot.querySelector('button')?.focus();
  }

  private async choose(event: Event): Promise<void> {
    const lang = (event.target as HTMLSelectElement).value as UiLanguage;
    this.chosen = true;
    setLanguage(lang);
    try {
      await this.api.value?.['settings.update']({ language: lang });
    } catch (error) {
      reportError(this, error);
    }
  }

  override render() {
    const current = language();
    return html`<button
        class="quiet"
        title=${t.settings.open}
        aria-label=${t.settings.open}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="settings"
        @click=${() => (this.open = !this.open)}
      >
        ${settingsIcon}
      </button>
      ${
        this.open
          ? html`<div
              id="settings"
              class="popover"
              role="dialog"
              aria-label=${t.settings.label}
              @keydown=${this.onKey}
            >
              <h2>${t.settings.label}</h2>
              <label
                >${t.settings.language}
                <select @change=${this.choose}>
                  ${UI_LANGUAGES.map(
                    (lang) =>
                      html`<option value=${lang} lang=${lang} ?selected=${lang === current}>
                        ${LANGUAGE_NAMES[lang]}
                      </option>`,
                  )}
                </select>
              </label>
              <jb-reading-settings></jb-reading-settings>
              <jb-snapshots></jb-snapshots>
            </div>`
          : nothing
      }`;
  }
}
customElements.define('jb-settings', JbSettings);

declare global {
  interface HTMLElementTagNameMap {
    'jb-settings': JbSettings;
  }
}
