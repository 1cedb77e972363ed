import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Annotation, Bookmark, HighlightColor } from '../../../shared/contract/api.js';
import type { HighlightStyle } from '../../../shared/contract/vocabulary.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { HIGHLIGHT_COLORS as COLORS } from '../../../shared/contract/vocabulary.js';
import { shorten } from '../../lib/format.js';
import { guessLang } from '../../lib/lang.js';
import { renderNoteMarkdown } from '../../lib/markdown.js';
import { bookmarkIcon, closeIcon, noteIcon, tagIcon, trashIcon, underlineIcon } from '../icons.js';
import { annotationCards, controls, noteMarkdown, swatches } from '../shared.styles.js';
import { panelStyles } from './jb-annotation-panel.styles.js';
import './jb-note-editor.js';

export interface AnnotationChange {
  id: number;
  note?: string;
  color?: HighlightColor;
  style?: HighlightStyle;
  tags?: string[];
}

export interface BookmarkChange {
  id: number;
  label: string;
}

type Entry =
  | { kind: 'annotation'; at: number; annotation: Annotation }
  | { kind: 'bookmark'; at: number; bookmark: Bookmark };

/** Entries rendered at first (about a screenful), and how many more each time the list's end comes near. */
const PAGE = 10;
const STEP = 40;

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
    shown: { state: true },
    ready: { state: true },
  };
  static override styles = [controls, annotationCards, swatches, panelStyles, noteMarkdown];

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
  /** How many entries are rendered (the rest follow as the list scrolls). */
  shown = PAGE;
  /** False until the article beside it has been painted once: the text comes first. */
  ready = false;
  private observer: IntersectionObserver | null = null;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override firstUpdated(): void {
    requestAnimationFrame(() => setTimeout(() => (this.ready = true)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = null;
  }

  private get entries(): Entry[] {
    const filtered = this.colorFilter !== null || this.tagFilter !== '';
    const annotations = this.annotations.filter(
      (a) =>
        a.status !== 'orphaned' &&
        (this.colorFilter === null || (a.kind === 'highlight' && a.color === this.colorFilter)) &&
        (this.tagFilter === '' || a.tags.includes(this.tagFilter)),
    );
    const entries: Entry[] = annotations.map((annotation) => ({
      kind: 'annotation',
      at: annotation.kind === 'note' ? -1 : annotation.start,
      annotation,
    }));
    if (!filtered)
      for (const bookmark of this.bookmarks)
        entries.push({ kind: 'bookmark', at: bookmark.offset, bookmark });
    const end = (entry: Entry) => (entry.kind === 'annotation' ? entry.annotation.end : entry.at);
    const id = (entry: Entry) => (entry.kind === 'annotation' ? entry.annotation.id : entry.bookmark.id);
    return entries.sort((a, b) => a.at - b.at || end(a) - end(b) || id(a) - id(b));
  }

  private get orphans(): Annotation[] {
    return this.annotations
      .filter((a) => a.status === 'orphaned')
      .filter((a) => this.colorFilter === null || a.color === this.colorFilter)
      .filter((a) => this.tagFilter === '' || a.tags.includes(this.tagFilter));
  }

  /** Scrolls an annotation's (or a bookmark's) entry into view, marks it for a moment and focuses it. */
  async reveal(id: number, kind: 'annotation' | 'bookmark' = 'annotation'): Promise<void> {
    const index = this.entries.findIndex((entry) =>
      kind === 'annotation'
        ? entry.kind === 'annotation' && entry.annotation.id === id
        : entry.kind === 'bookmark' && entry.bookmark.id === id,
    );
    if (index >= this.shown || !this.ready) {
      this.ready = true;
      this.shown = Math.max(this.shown, index + STEP);
      await this.updateComplete;
    }
    const item = this.renderRoot.querySelector<HTMLElement>(
      kind === 'annotation' ? `li[data-annotation-id="${id}"]` : `li[data-bookmark-id="${id}"]`,
    );
    if (!item) return;
    item.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    item.classList.add('active');
    item.querySelector<HTMLElement>('.quote')?.focus({ preventScroll: true });
    setTimeout(() => item.classList.remove('active'), 1600);
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail }));
  }

  private update_(change: AnnotationChange): void {
    this.emit('jb-update', change);
  }

  private onTagKey(event: KeyboardEvent, annotation: Annotation): void {
    const input = event.target as HTMLInputElement;
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.editingTags = null;
      return;
    }
    if (event.key !== 'Enter' && event.key !== ',' && event.key !== '，') return;
    event.preventDefault();
    const name = input.value.trim();
    input.value = '';
    if (name && !annotation.tags.some((tag) => tag.toLowerCase() === name.toLowerCase()))
      this.update_({ id: annotation.id, tags: [...annotation.tags, name] });
  }

  private tags(annotation: Annotation, short: string) {
    const editing = this.editingTags === annotation.id;
    if (annotation.tags.length === 0 && !editing) return nothing;
    return html`<ul class="tags" aria-label=${t.panel.tagsLabel(short)}>
      ${annotation.tags.map(
        (tag) =>
          html`<li>
            <span>${tag}</span>
            ${
              editing
                ? html`<button
                    class="quiet"
                    aria-label=${t.panel.removeTag(tag)}
                    title=${t.panel.removeTag(tag)}
                    @click=${() =>
                      this.update_({
                        id: annotation.id,
                        tags: annotation.tags.filter((other) => other !== tag),
                      })}
                  >
                    ${closeIcon}
                  </button>`
                : nothing
            }
          </li>`,
      )}
      ${
        editing
          ? html`<li class="add">
              <input
                aria-label=${t.panel.addTag}
                placeholder=${t.tags.placeholder}
                list="tag-suggestions"
                maxlength="100"
                autofocus
                @keydown=${(event: KeyboardEvent) => this.onTagKey(event, annotation)}
              />
            </li>`
          : nothing
      }
    </ul>`;
  }

  private note(annotation: Annotation) {
    if (this.editing === annotation.id)
      return html`<jb-note-editor
        .value=${annotation.note}
        .label=${t.panel.noteLabel}
        @jb-save=${(event: CustomEvent<string>) => {
          this.editing = null;
          if (event.detail !== annotation.note) this.update_({ id: annotation.id, note: event.detail });
        }}
        @jb-cancel=${() => (this.editing = null)}
      ></jb-note-editor>`;
    return annotation.note
      ? html`<div class="note">${unsafeHTML(renderNoteMarkdown(annotation.note))}</div>`
      : nothing;
  }

  private annotationItem(annotation: Annotation) {
    const articleNote = annotation.kind === 'note';
    const orphaned = annotation.status === 'orphaned';
    const short = articleNote ? t.panel.articleNote : shorten(annotation.quote, 40);
    const underline = annotation.style === 'underline';
    return html`<li
      class="${annotation.color} ${articleNote ? 'article-note' : ''} ${orphaned ? 'orphaned' : ''} ${underline ? 'underline' : ''}"
      data-annotation-id=${annotation.id}
    >
      ${
        articleNote
          ? html`<p class="kind">${noteIcon}${t.panel.articleNote}</p>`
          : orphaned
            ? html`<p class="kind orphan" title=${t.panel.orphanedTitle}>${t.panel.orphaned}</p>
                <blockquote class="quote" lang=${guessLang(annotation.quote)}>
                  ${annotation.quote}
                </blockquote>`
            : html`<button
                class="quote"
                lang=${guessLang(annotation.quote)}
                aria-label=${t.panel.goTo(short)}
                @click=${() => this.emit('jb-goto', annotation)}
              >
                ${annotation.quote}
              </button>`
      }
      ${this.note(annotation)} ${this.tags(annotation, short)}
      <div class="row">
        ${
          articleNote
            ? html`<span class="spacer"></span>`
            : html`<div class="dots">
                  ${COLORS.map(
                    (color) =>
                      html`<button
                        class="dot ${color}"
                        aria-label=${t.panel.changeColor(t.colors[color])}
                        title=${t.panel.changeColor(t.colors[color])}
                        aria-pressed=${annotation.color === color ? 'true' : 'false'}
                        @click=${() => annotation.color !== color && this.update_({ id: annotation.id, color })}
                      ></button>`,
                  )}
                </div>
                <button
                  class="quiet"
                  aria-label=${underline ? t.panel.highlightStyle(short) : t.panel.underline(short)}
                  title=${t.actions.underline}
                  aria-pressed=${underline ? 'true' : 'false'}
                  @click=${() => this.update_({ id: annotation.id, style: underline ? 'highlight' : 'underline' })}
                >
                  ${underlineIcon}
                </button>`
        }
        <button
          class="quiet"
          aria-label=${t.panel.editTags(short)}
          title=${t.tags.label}
          aria-pressed=${this.editingTags === annotation.id ? 'true' : 'false'}
          @click=${() => (this.editingTags = this.editingTags === annotation.id ? null : annotation.id)}
        >
          ${tagIcon}
        </button>
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
          aria-label=${articleNote ? t.panel.deleteNote : t.panel.deleteLabel(short)}
          title=${t.actions.delete}
          @click=${() => this.emit('jb-delete', annotation)}
        >
          ${trashIcon}
        </button>
      </div>
    </li>`;
  }

  private bookmarkItem(bookmark: Bookmark) {
    const excerpt = shorten(this.text.slice(bookmark.offset, bookmark.offset + 60).replace(/\s+/g, ' '), 40);
    const name = bookmark.label || excerpt;
    return html`<li class="bookmark" data-bookmark-id=${bookmark.id}>
      ${
        this.renaming === bookmark.id
          ? html`<form
              class="rename"
              @submit=${(event: Event) => {
                event.preventDefault();
                const input = (event.target as HTMLFormElement).querySelector('input')!;
                this.renaming = null;
                this.emit('jb-bookmark-update', {
                  id: bookmark.id,
                  label: input.value.trim(),
                } satisfies BookmarkChange);
              }}
            >
              <input
                aria-label=${t.panel.bookmarkLabel}
                placeholder=${t.panel.bookmarkPlaceholder}
                maxlength="1000"
                autofocus
                .value=${bookmark.label}
                @keydown=${(event: KeyboardEvent) => {
                  if (event.key === 'Escape') {
                    event.stopPropagation();
                    this.renaming = null;
                  }
                }}
              />
              <button type="submit" class="primary">${t.actions.save}</button>
            </form>`
          : html`<button
              class="quote"
              aria-label=${t.panel.goToBookmark(name)}
              @click=${() => this.emit('jb-goto-bookmark', bookmark)}
            >
              ${bookmarkIcon}<span class="label">${bookmark.label || t.panel.bookmark}</span>
              <span class="excerpt">${excerpt}</span>
            </button>`
      }
      <div class="row">
        <span class="spacer"></span>
        <button
          class="quiet"
          aria-label=${t.panel.renameBookmark(name)}
          title=${t.panel.renameBookmark(name)}
          @click=${() => (this.renaming = bookmark.id)}
        >
          ${noteIcon}
        </button>
        <button
          class="quiet"
          aria-label=${t.panel.deleteBookmark(name)}
          title=${t.actions.delete}
          @click=${() => this.emit('jb-bookmark-delete', bookmark)}
        >
          ${trashIcon}
        </button>
      </div>
    </li>`;
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
              this.shown = PAGE;
            }}
          ></button>`,
      )}
      ${
        tags.length > 0 || this.tagFilter
          ? html`<select
              aria-label=${t.panel.filterTag}
              @change=${(event: Event) => {
                this.tagFilter = (event.target as HTMLSelectElement).value;
                this.shown = PAGE;
              }}
            >
              <option value="" ?selected=${this.tagFilter === ''}>${t.panel.anyTag}</option>
              ${tags.map((tag) => html`<option value=${tag} ?selected=${this.tagFilter === tag}>${tag}</option>`)}
            </select>`
          : nothing
      }
    </div>`;
  }

  override updated(): void {
    const more = this.renderRoot.querySelector('.more');
    this.observer?.disconnect();
    if (!more) return;
    this.observer ??= new IntersectionObserver((seen) => {
      if (seen.some((entry) => entry.isIntersecting)) this.shown += STEP;
    });
    this.observer.observe(more);
  }

  override render() {
    const entries = this.ready ? this.entries : [];
    const orphans = this.ready ? this.orphans : [];
    const total = this.annotations.length + this.bookmarks.length;
    const visible = this.ready ? entries.slice(0, this.shown) : [];
    return html`<section aria-label=${t.panel.label}>
      <h2><span>${t.panel.heading}</span><span>${total || ''}</span></h2>
      ${this.annotations.length > 0 ? this.filters() : nothing}
      ${
        total === 0
          ? html`<p class="empty">${t.panel.empty}</p>`
          : this.ready && entries.length === 0 && orphans.length === 0
            ? html`<p class="empty">${t.panel.noMatch}</p>`
            : nothing
      }
      ${
        visible.length > 0
          ? html`<ol>
              ${repeat(
                visible,
                (entry) =>
                  entry.kind === 'annotation' ? `a${entry.annotation.id}` : `b${entry.bookmark.id}`,
                (entry) =>
                  entry.kind === 'annotation'
                    ? this.annotationItem(entry.annotation)
                    : this.bookmarkItem(entry.bookmark),
              )}
            </ol>`
          : nothing
      }
      ${
        this.ready && entries.length > visible.length
          ? html`<button class="more" @click=${() => (this.shown += STEP)}>
              ${t.panel.showMore(Math.min(STEP, entries.length - visible.length))}
            </button>`
          : nothing
      }
      ${
        this.ready && orphans.length > 0
          ? html`<h3 class="orphans">${t.panel.orphanedHeading}</h3>
              <ol class="orphans">
                ${repeat(
                  orphans,
                  (a) => a.id,
                  (a) => this.annotationItem(a),
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
