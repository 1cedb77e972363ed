import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Annotation, HighlightColor } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { COLORS } from '../../lib/colors.js';
import { shorten } from '../../lib/format.js';
import { noteIcon, trashIcon } from '../icons.js';
import { controls } from '../shared.styles.js';
import { panelStyles } from './jb-annotation-panel.styles.js';
import './jb-note-editor.js';

export interface AnnotationChange {
  id: number;
  note?: string;
  color?: HighlightColor;
}

/**
 * The article's highlights and notes in text order.
 * @fires jb-goto - detail: the annotation
 * @fires jb-update - detail: AnnotationChange
 * @fires jb-delete - detail: the annotation
 */
export class JbAnnotationPanel extends LitElement {
  static override properties = { annotations: { attribute: false }, editing: { state: true } };
  static override styles = [controls, panelStyles];

  annotations: readonly Annotation[] = [];
  editing: number | null = null;

  /** Scrolls an annotation's entry into view, marks it for a moment and focuses it. */
  reveal(id: number): void {
    const item = this.renderRoot.querySelector<HTMLElement>(`li[data-annotation-id="${id}"]`);
    if (!item) return;
    item.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    item.classList.add('active');
    item.querySelector<HTMLElement>('.quote')?.focus({ preventScroll: true });
    setTimeout(() => item.classList.remove('active'), 1600);
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  private item(annotation: Annotation) {
    const short = shorten(annotation.quote, 40);
    return html`<li class=${annotation.color} data-annotation-id=${annotation.id}>
      <button
        class="quote"
        aria-label=${t.panel.goTo(short)}
        @click=${() => this.emit('jb-goto', annotation)}
      >
        ${annotation.quote}
      </button>
      ${
        this.editing === annotation.id
          ? html`<jb-note-editor
              .value=${annotation.note}
              .label=${t.panel.noteLabel}
              @jb-save=${(event: CustomEvent<string>) => {
                this.editing = null;
                this.emit('jb-update', { id: annotation.id, note: event.detail } satisfies AnnotationChange);
              }}
              @jb-cancel=${() => (this.editing = null)}
            ></jb-note-editor>`
          : annotation.note
            ? html`<p class="note">${annotation.note}</p>`
            : nothing
      }
      <div class="row">
        <div class="dots">
          ${COLORS.map(
            (color) =>
              html`<button
                class="dot ${color}"
                aria-label=${t.panel.changeColor(t.colors[color])}
                title=${t.panel.changeColor(t.colors[color])}
                aria-pressed=${annotation.color === color ? 'true' : 'false'}
                @click=${() =>
                  annotation.color !== color &&
                  this.emit('jb-update', { id: annotation.id, color } satisfies AnnotationChange)}
              ></button>`,
          )}
        </div>
        <button
          class="quiet"
          aria-label=${t.panel.editLabel(short)}
          title=${annotation.note ? t.actions.edit : t.actions.addNote}
          @click=${() => (this.editing = annotation.id)}
        >
          ${noteIcon}
        </button>
        <button
          class="quiet"
          aria-label=${t.panel.deleteLabel(short)}
          title=${t.actions.delete}
          @click=${() => this.emit('jb-delete', annotation)}
        >
          ${trashIcon}
        </button>
      </div>
    </li>`;
  }

  override render() {
    const sorted = [...this.annotations].sort((a, b) => a.start - b.start || a.end - b.end);
    return html`<section aria-label=${t.panel.label}>
      <h2><span>${t.panel.heading}</span><span>${sorted.length || ''}</span></h2>
      ${
        sorted.length === 0
          ? html`<p class="empty">${t.panel.empty}</p>`
          : html`<ol>
              ${repeat(
                sorted,
                (a) => a.id,
                (a) => this.item(a),
              )}
            </ol>`
      }
    </section>`;
  }
}
customElements.define('jb-annotation-panel', JbAnnotationPanel);

declare global {
  interface HTMLElementTagNameMap {
    'jb-annotation-panel': JbAnnotationPanel;
  }
}
