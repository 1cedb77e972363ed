import { html, nothing } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Annotation, HighlightColor } from '../../../shared/contract/api.js';
import { HIGHLIGHT_COLORS as COLORS, type HighlightStyle } from '../../../shared/contract/vocabulary.js';
import { t } from '../../i18n/index.js';
import { shorten } from '../../lib/format.js';
import { guessLang } from '../../lib/lang.js';
import { openLinkOutside } from '../../lib/links.js';
import { renderNoteMarkdown } from '../../lib/markdown.js';
import { closeIcon, noteIcon, tagIcon, trashIcon, underlineIcon } from '../icons.js';
import './jb-note-editor.js';

export interface AnnotationChange {
  id: number;
  note?: string;
  color?: HighlightColor;
  style?: HighlightStyle;
  tags?: string[];
}

/** Which annotation's note, and which one's tags, are being edited in the side panel. */
export interface Editing {
  note: number | null;
  tags: number | null;
}

/** What the side panel does for an annotation's entry. */
export interface AnnotationActions {
  editNote(id: number | null): void;
  editTags(id: number | null): void;
  change(change: AnnotationChange): void;
  goTo(annotation: Annotation): void;
  delete(annotation: Annotation): void;
}

function onTagKey(event: KeyboardEvent, annotation: Annotation, actions: AnnotationActions): void {
  const input = event.target as HTMLInputElement;
  if (event.key === 'Escape') {
    event.stopPropagation();
    actions.editTags(null);
    return;
  }
  if (event.key !== 'Enter' && event.key !== ',' && event.key !== '，') return;
  event.preventDefault();
  const name = input.value.trim();
  input.value = '';
  if (name && !annotation.tags.some((tag) => tag.toLowerCase() === name.toLowerCase()))
    actions.change({ id: annotation.id, tags: [...annotation.tags, name] });
}

/** The annotation's tags; while they are edited, each with a remove button, and a field to add one. */
function tags(annotation: Annotation, short: string, editing: Editing, actions: AnnotationActions) {
  const adding = editing.tags === annotation.id;
  if (annotation.tags.length === 0 && !adding) return nothing;
  return html`<ul class="tags" aria-label=${t.panel.tagsLabel(short)}>
    ${annotation.tags.map(
      (tag) =>
        html`<li>
          <span>${tag}</span>
          ${
            adding
              ? html`<button
                  class="quiet"
                  aria-label=${t.panel.removeTag(tag)}
                  title=${t.panel.removeTag(tag)}
                  @click=${() =>
                    actions.change({
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
      adding
        ? html`<li class="add">
            <input
              aria-label=${t.panel.addTag}
              placeholder=${t.tags.placeholder}
              list="tag-suggestions"
              maxlength="100"
              autofocus
              @keydown=${(event: KeyboardEvent) => onTagKey(event, annotation, actions)}
            />
          </li>`
        : nothing
    }
  </ul>`;
}

/** The note as rendered Markdown, or its editor. */
function note(annotation: Annotation, editing: Editing, actions: AnnotationActions) {
  if (editing.note === annotation.id)
    return html`<jb-note-editor
      .value=${annotation.note}
      .label=${t.panel.noteLabel}
      @jb-save=${(event: CustomEvent<string>) => {
        actions.editNote(null);
        if (event.detail !== annotation.note) actions.change({ id: annotation.id, note: event.detail });
      }}
      @jb-cancel=${() => actions.editNote(null)}
    ></jb-note-editor>`;
  return annotation.note
    ? html`<div class="note" @click=${openLinkOutside}>
        ${unsafeHTML(renderNoteMarkdown(annotation.note))}
      </div>`
    : nothing;
}

/** A highlight's colour dots and its underline switch. */
function styleButtons(annotation: Annotation, short: string, actions: AnnotationActions) {
  const underline = annotation.style === 'underline';
  return html`<div class="dots">
      ${COLORS.map(
        (color) =>
          html`<button
            class="dot ${color}"
            aria-label=${t.panel.changeColor(t.colors[color])}
            title=${t.panel.changeColor(t.colors[color])}
            aria-pressed=${annotation.color === color ? 'true' : 'false'}
            @click=${() => annotation.color !== color && actions.change({ id: annotation.id, color })}
          ></button>`,
      )}
    </div>
    <button
      class="quiet"
      aria-label=${underline ? t.panel.highlightStyle(short) : t.panel.underline(short)}
      title=${t.actions.underline}
      aria-pressed=${underline ? 'true' : 'false'}
      @click=${() => actions.change({ id: annotation.id, style: underline ? 'highlight' : 'underline' })}
    >
      ${underlineIcon}
    </button>`;
}

/** What the entry starts with: the quote to go to, the quote that was lost, or the article note's kind. */
function heading(annotation: Annotation, short: string, actions: AnnotationActions) {
  if (annotation.kind === 'note') return html`<p class="kind">${noteIcon}${t.panel.articleNote}</p>`;
  if (annotation.status === 'orphaned')
    return html`<p class="kind orphan" title=${t.panel.orphanedTitle}>${t.panel.orphaned}</p>
      <blockquote class="quote" lang=${guessLang(annotation.quote)}>${annotation.quote}</blockquote>`;
  return html`<button
    class="quote"
    lang=${guessLang(annotation.quote)}
    aria-label=${t.panel.goTo(short)}
    @click=${() => actions.goTo(annotation)}
  >
    ${annotation.quote}
  </button>`;
}

/** A highlight's or a note's entry in the side panel: its quote, note and tags, and what can be changed. */
export function annotationEntry(annotation: Annotation, editing: Editing, actions: AnnotationActions) {
  const articleNote = annotation.kind === 'note';
  const orphaned = annotation.status === 'orphaned';
  const short = articleNote ? t.panel.articleNote : shorten(annotation.quote, 40);
  const underline = annotation.style === 'underline';
  return html`<li
    class="${annotation.color} ${articleNote ? 'article-note' : ''} ${orphaned ? 'orphaned' : ''} ${underline ? 'underline' : ''}"
    data-annotation-id=${annotation.id}
  >
    ${heading(annotation, short, actions)} ${note(annotation, editing, actions)}
    ${tags(annotation, short, editing, actions)}
    <div class="row">
      ${articleNote ? html`<span class="spacer"></span>` : styleButtons(annotation, short, actions)}
      <button
        class="quiet"
        aria-label=${t.panel.editTags(short)}
        title=${t.tags.label}
        aria-pressed=${editing.tags === annotation.id ? 'true' : 'false'}
        @click=${() => actions.editTags(editing.tags === annotation.id ? null : annotation.id)}
      >
        ${tagIcon}
      </button>
      <button
        class="quiet"
        aria-label=${t.panel.editLabel(short)}
        title=${annotation.note ? t.actions.edit : t.actions.addNote}
        @click=${() => actions.editNote(annotation.id)}
      >
        ${noteIcon}
      </button>
      <button
        class="quiet"
        aria-label=${articleNote ? t.panel.deleteNote : t.panel.deleteLabel(short)}
        title=${t.actions.delete}
        @click=${() => actions.delete(annotation)}
      >
        ${trashIcon}
      </button>
    </div>
  </li>`;
}
