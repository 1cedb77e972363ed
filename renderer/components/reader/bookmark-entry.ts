import { html } from 'lit';
import type { Bookmark } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { shorten } from '../../lib/format.js';
import { bookmarkIcon, noteIcon, trashIcon } from '../icons.js';

export interface BookmarkChange {
  id: number;
  label: string;
}

/** What the side panel does for a bookmark's entry. */
export interface BookmarkActions {
  rename(id: number | null): void;
  change(change: BookmarkChange): void;
  goTo(bookmark: Bookmark): void;
  delete(bookmark: Bookmark): void;
}

function renameForm(bookmark: Bookmark, actions: BookmarkActions) {
  return html`<form
    class="rename"
    @submit=${(event: Event) => {
      event.preventDefault();
      const input = (event.target as HTMLFormElement).querySelector('input')!;
      actions.rename(null);
      actions.change({ id: bookmark.id, label: input.value.trim() });
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
          actions.rename(null);
        }
      }}
    />
    <button type="submit" class="primary">${t.actions.save}</button>
  </form>`;
}

/** A bookmark's entry in the side panel: its label (or the text where it is), to go to, rename or delete. */
export function bookmarkEntry(bookmark: Bookmark, text: string, renaming: boolean, actions: BookmarkActions) {
  const excerpt = shorten(text.slice(bookmark.offset, bookmark.offset + 60).replace(/\s+/g, ' '), 40);
  const name = bookmark.label || excerpt;
  return html`<li class="bookmark" data-bookmark-id=${bookmark.id}>
    ${
      renaming
        ? renameForm(bookmark, actions)
        : html`<button
            class="quote"
            aria-label=${t.panel.goToBookmark(name)}
            @click=${() => actions.goTo(bookmark)}
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
        @click=${() => actions.rename(bookmark.id)}
      >
        ${noteIcon}
      </button>
      <button
        class="quiet"
        aria-label=${t.panel.deleteBookmark(name)}
        title=${t.actions.delete}
        @click=${() => actions.delete(bookmark)}
      >
        ${trashIcon}
      </button>
    </div>
  </li>`;
}
