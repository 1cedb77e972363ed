import type { LitElement } from 'lit';
import type { Api, Bookmark } from '../../../shared/contract/api.js';
import { reportError } from '../../lib/errors.js';
import type { BookmarkChange } from './bookmark-entry.js';

export interface ReaderBookmarksOptions {
  client(): Api;
  /** The open article's id, or null while none is loaded. */
  articleId(): number | null;
  /** Shows a new bookmark's entry in the side panel. */
  reveal(id: number): Promise<void>;
}

/** The open article's bookmarks: added at a place, labelled and deleted. */
export class ReaderBookmarks {
  bookmarks: Bookmark[] = [];

  constructor(
    private readonly host: LitElement,
    private readonly options: ReaderBookmarksOptions,
  ) {}

  set(bookmarks: Bookmark[]): void {
    this.bookmarks = bookmarks;
    this.host.requestUpdate();
  }

  async add(offset: number): Promise<void> {
    const articleId = this.options.articleId();
    if (articleId === null) return;
    try {
      const bookmark = await this.options.client()['bookmarks.create']({ articleId, offset, label: '' });
      this.set([...this.bookmarks, bookmark]);
      await this.host.updateComplete;
      await this.options.reveal(bookmark.id);
    } catch (error) {
      reportError(this.host, error);
    }
  }

  async update(change: BookmarkChange): Promise<void> {
    try {
      const updated = await this.options.client()['bookmarks.update'](change);
      this.set(this.bookmarks.map((b) => (b.id === updated.id ? updated : b)));
    } catch (error) {
      reportError(this.host, error);
    }
  }

  async delete(bookmark: Bookmark): Promise<void> {
    try {
      await this.options.client()['bookmarks.delete']({ id: bookmark.id });
      this.set(this.bookmarks.filter((b) => b.id !== bookmark.id));
    } catch (error) {
      reportError(this.host, error);
    }
  }
}
