import { html, LitElement } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { closeIcon } from '../icons.js';
import { controls } from '../shared.styles.js';
import { alertsStyles } from './jb-alerts.styles.js';

export interface AlertItem {
  id: number;
  code: string;
  message: string;
}

/**
 * Error messages, each in a role=alert box that can be dismissed.
 * @fires jb-dismiss - detail: the alert's id
 */
export class JbAlerts extends LitElement {
  static override properties = { alerts: { attribute: false } };
  static override styles = [controls, alertsStyles];

  alerts: AlertItem[] = [];

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A landmark of its own (named by jb-app): the messages are reached by landmark, and are not
    // content outside every landmark, beside the header and main.
    this.setAttribute('role', 'region');
  }

  override render() {
    return html`${repeat(
      this.alerts,
      (alert) => alert.id,
      (alert) =>
        html`<div class="alert" role="alert">
          <div class="text">
            <strong>${t.errors.title}</strong>
            <span class="message">${alert.message}</span>
            <div class="code">${t.errors.code(alert.code)}</div>
          </div>
          <button
            class="quiet"
            aria-label=${t.actions.dismiss}
            title=${t.actions.dismiss}
            @click=${() => this.dispatchEvent(new CustomEvent('jb-dismiss', { detail: alert.id }))}
          >
            ${closeIcon}
          </button>
        </div>`,
    )}`;
  }
}
customElements.define('jb-alerts', JbAlerts);

declare global {
  interface HTMLElementTagNameMap {
    'jb-alerts': JbAlerts;
  }
}
