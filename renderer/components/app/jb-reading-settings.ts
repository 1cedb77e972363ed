import { ContextConsumer } from '@lit/context';
import { css, html, LitElement } from 'lit';
import {
  PUNCTUATION_SPACINGS,
  READER_DEFAULTS,
  READER_FONTS,
  READER_RANGES,
  READER_THEMES,
  type ReaderNumber,
  type ReaderSettings,
} from '../../../shared/contract/reader-settings.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { reportError } from '../../lib/errors.js';
import { apiContext } from '../../state/context.js';
import {
  onReadingSettingsChange,
  readingSettings,
  setReadingSettings,
} from '../../state/reading-settings.js';
import { controls, fields } from '../shared.styles.js';

/** How long a slider must rest before its value is saved (it applies at once while it moves). */
const SAVE_MS = 300;

const UNITS: Record<ReaderNumber, string> = {
  fontSize: ' px',
  lineHeight: '',
  columnWidth: ' em',
  paragraphSpacing: ' em',
};

/**
 * The reading settings in the Settings popover: each change applies to the page at once and is saved
 * in the library (a slider once it rests).
 */
export class JbReadingSettings extends LitElement {
  static override styles = [
    controls,
    fields,
    css`
      fieldset {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        align-items: center;
        gap: 0.5rem 0.75rem;
        margin: 0;
        padding: 0;
        border: 0;
        font-size: 0.85rem;
      }
      legend {
        padding: 0 0 0.5rem;
        font-size: 0.95rem;
        font-weight: 600;
      }
      .range {
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      .range input {
        flex: 1;
        min-width: 0;
        padding: 0;
      }
      output {
        min-width: 3.5em;
        text-align: right;
        font-variant-numeric: tabular-nums;
        color: var(--jb-muted-strong);
      }
      .check {
        grid-column: 1 / -1;
        display: flex;
        align-items: center;
        gap: 0.4rem;
      }
      .reset {
        grid-column: 1 / -1;
        justify-self: start;
        font-size: 0.8rem;
      }
    `,
  ];

  private api = new ContextConsumer(this, { context: apiContext });
  private pending: Partial<ReaderSettings> = {};
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private stop?: () => void;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Settings arriving from the library while the panel is open show in it (rendered after they apply).
    this.stop = onReadingSettingsChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
    this.flush();
  }

  private change<K extends keyof ReaderSettings>(name: K, value: ReaderSettings[K], soon = false): void {
    setReadingSettings({ ...readingSettings(), [name]: value });
    this.pending = { ...this.pending, [name]: value };
    clearTimeout(this.saveTimer);
    if (soon) this.saveTimer = setTimeout(() => this.flush(), SAVE_MS);
    else this.flush();
  }

  private flush(): void {
    clearTimeout(this.saveTimer);
    const reader = this.pending;
    this.pending = {};
    if (Object.keys(reader).length === 0) return;
    this.api.value?.['settings.update']({ reader }).catch((error: unknown) => reportError(this, error));
  }

  private reset(): void {
    clearTimeout(this.saveTimer);
    this.pending = {};
    setReadingSettings({ ...READER_DEFAULTS });
    this.api.value?.['settings.update']({ reader: null }).catch((error: unknown) => reportError(this, error));
  }

  private choice<K extends 'theme' | 'cjkFont' | 'latinFont' | 'punctuation'>(
    name: K,
    values: readonly ReaderSettings[K][],
    names: Record<ReaderSettings[K], string>,
  ) {
    const current = readingSettings()[name];
    return html`<label for=${name}>${t.reading[name]}</label>
      <select
        id=${name}
        @change=${(event: Event) =>
          this.change(name, (event.target as HTMLSelectElement).value as ReaderSettings[K])}
      >
        ${values.map((value) => html`<option value=${value} ?selected=${value === current}>${names[value]}</option>`)}
      </select>`;
  }

  private slider(name: ReaderNumber) {
    const { min, max, step } = READER_RANGES[name];
    const value = readingSettings()[name];
    const shown = `${step < 1 ? value.toFixed(1) : value}${UNITS[name]}`;
    return html`<label for=${name}>${t.reading[name]}</label>
      <span class="range">
        <input
          id=${name}
          type="range"
          min=${min}
          max=${max}
          step=${step}
          .value=${String(value)}
          @input=${(event: Event) =>
            this.change(name, Number((event.target as HTMLInputElement).value), true)}
        />
        <output for=${name}>${shown}</output>
      </span>`;
  }

  override render() {
    const settings = readingSettings();
    return html`<fieldset>
      <legend>${t.reading.heading}</legend>
      ${this.choice('theme', READER_THEMES, t.reading.themes)}
      ${this.choice('cjkFont', READER_FONTS, t.reading.fonts)}
      ${this.choice('latinFont', READER_FONTS, t.reading.fonts)} ${this.slider('fontSize')}
      ${this.slider('lineHeight')} ${this.slider('columnWidth')} ${this.slider('paragraphSpacing')}
      <label class="check">
        <input
          type="checkbox"
          .checked=${settings.indent}
          @change=${(event: Event) => this.change('indent', (event.target as HTMLInputElement).checked)}
        />
        ${t.reading.indent}
      </label>
      ${this.choice('punctuation', PUNCTUATION_SPACINGS, t.reading.punctuations)}
      <button class="quiet reset" @click=${this.reset}>${t.reading.reset}</button>
    </fieldset>`;
  }
}
customElements.define('jb-reading-settings', JbReadingSettings);

declare global {
  interface HTMLElementTagNameMap {
    'jb-reading-settings': JbReadingSettings;
  }
}
