import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Annotation, Bookmark, HighlightColor } from '../../../shared/contract/api.js';
import { HIGHLIGHT_COLORS as COLORS } from '../../../shared/contract/vocabulary.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { annotationCards, controls, fields, noteMarkdown, swatches } from '../shared.styles.js';
import { annotationEntry, type AnnotationActions, type Editing } from './annotation-entry.js';
import { bookmarkEntry, type BookmarkActions } from './bookmark-entry.js';
import { GrowingList } from './growing-list.js';
import { panelStyles } from './jb-annotation-panel.styles.js';
import {
  entryId,
  orphanedAnnotations,
  panelEntries,
  type PanelEntry,
  type PanelFilter,
} from './panel-entries.js';

/**
 * The article's highlights, notes and bookmarks in text order (notes on the whole article first,
 * passages that a re-import could not find last), filterable by colour and tag. Long lists render in
 * pages, more as the list is scrolled.
 * @fires jb-goto - detail: the annotation
 * @fires jb-update - detail: AnnotationChange
 * @fires jb-delete - detail: the annotation
 * @fires jb-goto-bookmark - detail: the bookmark
 * @fires jb-bookmark-update - detail: BookmarkChange
 * @fires jb-bookmark-delete - detail: the bookmark
 */
export class JbAnnotationPanel extends LitElement {
  static override properties = {
    annotations: { attribute: false },
    bookmarks: { attribute: false },
    text: { attribute: false },
    suggestions: { attribute: false },
    editing: { state: true },
    editingTags: { state: true },
    renaming: { state: true },
    colorFilter: { state: true },
    tagFilter: { state: true },
  };
  static override styles = [controls, fields, annotationCards, swatches, panelStyles, noteMarkdown];

  annotations: readonly Annotation[] = [];
  bookmarks: readonly Bookmark[] = [];
  /** The article's text (for bookmark excerpts). */
  text = '';
  /** Existing tag names offered while typing a tag. */
  suggestions: readonly string[] = [];
  editing: number | null = null;
  editingTags: number | null = null;
  renaming: number | null = null;
  colorFilter: HighlightColor | null = null;
  tagFilter = '';
  private list = new GrowingList(this);
  private emit = (name: string, detail: unknown): void => {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  };
  private annotationActions: AnnotationActions = {
    editNote: (id) => (this.editing = id),
    editTags: (id) => (this.editingTags = id),
    change: (change) => this.emit('jb-update', change),
    goTo: (annotation) => this.emit('jb-goto', annotation),
    delete: (annotation) => this.emit('jb-delete', annotation),
  };
  private bookmarkActions: BookmarkActions = {
    rename: (id) => (this.renaming = id),
    change: (change) => this.emit('jb-bookmark-update', change),
    goTo: (bookmark) => this.emit('jb-goto-bookmark', bookmark),
    delete: (bookmark) => this.emit('jb-bookmark-delete', bookmark),
  };

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  private get editingNow(): Editing {
    return { note: this.editing, tags: this.editingTags };
  }

  private get filter(): PanelFilter {
    return { color: this.colorFilter, tag: this.tagFilter };
  }

  private get entries(): PanelEntry[] {
    return panelEntries(this.annotations, this.bookmarks, this.filter);
  }

  /** Scrolls an annotation's (or a bookmark's) entry into view, marks it for a moment and focuses it. */
  async reveal(id: number, kind: 'annotation' | 'bookmark' = 'annotation'): Promise<void> {
    await this.list.reach(this.entries.findIndex((entry) => entry.kind === kind && entryId(entry) === id));
    const item = this.renderRoot.querySelector<HTMLElement>(
      kind === 'annotation' ? `li[data-annotation-id="${id}"]` : `li[data-bookmark-id="${id}"]`,
    );
    if (!item) return;
    item.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    item.classList.add('active');
    item.querySelector<HTMLElement>('.quote')?.focus({ preventScroll: true });
    setTimeout(() => item.classList.remove('active'), 1600);
  }

  private filters() {
    const tags = [...new Set(this.annotations.flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b));
    return html`<div class="filters" role="group" aria-label=${t.panel.filterLabel}>
      ${COLORS.map(
        (color) =>
          html`<button
            class="dot ${color}"
            aria-label=${t.panel.filterColor(t.colors[color])}
            title=${t.panel.filterColor(t.colors[color])}
            aria-pressed=${this.colorFilter === color ? 'true' : 'false'}
            @click=${() => {
              this.colorFilter = this.colorFilter === color ? null : color;
              this.list.restart();
            }}
          ></button>`,
      )}
      ${
        tags.length > 0 || this.tagFilter
          ? html`<select
              aria-label=${t.panel.filterTag}
              @change=${(event: Event) => {
                this.tagFilter = (event.target as HTMLSelectElement).value;
                this.list.restart();
              }}
            >
              <option value="" ?selected=${this.tagFilter === ''}>${t.panel.anyTag}</option>
              ${tags.map((tag) => html`<option value=${tag} ?selected=${this.tagFilter === tag}>${tag}</option>`)}
            </select>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const { ready, shown } = this.list;
    const entries = ready ? this.entries : [];
    const orphans = ready ? orphanedAnnotations(this.annotations, this.filter) : [];
    const total = this.annotations.length + this.bookmarks.length;
    const visible = entries.slice(0, shown);
    return html`<section aria-label=${t.panel.label}>
      <h2><span>${t.panel.heading}</span><span>${total || ''}</span></h2>
      ${this.annotations.length > 0 ? this.filters() : nothing}
      ${
        total === 0
          ? html`<p class="empty">${t.panel.empty}</p>`
          : ready && entries.length === 0 && orphans.length === 0
            ? html`<p class="empty">${t.panel.noMatch}</p>`
            : nothing
      }
      ${
        visible.length > 0
          ? html`<ol>
              ${repeat(
                visible,
                (entry) => `${entry.kind[0]}${entryId(entry)}`,
                (entry) =>
                  entry.kind === 'annotation'
                    ? annotationEntry(entry.annotation, this.editingNow, this.annotationActions)
                    : bookmarkEntry(
                        entry.bookmark,
                        this.text,
                        this.renaming === entry.bookmark.id,
                        this.bookmarkActions,
                      ),
              )}
            </ol>`
          : nothing
      }
      ${
        entries.length > visible.length
          ? html`<button class="more" @click=${this.list.more}>
              ${t.panel.showMore(this.list.nextCount(entries.length - visible.length))}
            </button>`
          : nothing
      }
      ${
        orphans.length > 0
          ? html`<h3 class="orphans">${t.panel.orphanedHeading}</h3>
              <ol class="orphans">
                ${repeat(
                  orphans,
                  (a) => a.id,
                  (a) => annotationEntry(a, this.editingNow, this.annotationActions),
                )}
              </ol>`
          : nothing
      }
      <datalist id="tag-suggestions">
        ${this.suggestions.map((tag) => html`<option value=${tag}></option>`)}
      </datalist>
    </section>`;
  }
}
customElements.define('jb-annotation-panel', JbAnnotationPanel);

declare global {
  interface HTMLElementTagNameMap {
    'jb-annotation-panel': JbAnnotationPanel;
  }
}
