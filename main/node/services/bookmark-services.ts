/** Bookmarks and the remembered reading position: plain offsets into an article's text. */
import type { Services } from '../../../shared/contract/api.js';
import { said } from '../../../shared/i18n/said.js';
import { ApiError } from '../../../shared/contract/errors.js';
import type { LibraryStore } from '../storage/library-store.js';
import { articleOrThrow, foundOrThrow } from './lookups.js';

type BookmarkServices = Pick<
  Services,
  | 'bookmarks.list'
  | 'bookmarks.create'
  | 'bookmarks.update'
  | 'bookmarks.delete'
  | 'articles.setReadingPosition'
>;

export function createBookmarkServices(store: LibraryStore): BookmarkServices {
  const bookmarks = store.bookmarks;
  /** The article exists and the offset lies in its text (its end included). */
  const checkOffset = (articleId: number, offset: number) => {
    const { text } = articleOrThrow(store, articleId);
    if (offset > text.length) {
      throw new ApiError(
        'invalid_input',
        said(
          `Offset ${offset} lies outside the article (${text.length} characters).`,
          `位置 ${offset} 超出了文章的范围（全文 ${text.length} 个字符）。`,
        ),
      );
    }
  };
  return {
    'bookmarks.list': ({ articleId }) => {
      articleOrThrow(store, articleId);
      return bookmarks.list(articleId);
    },
    'bookmarks.create': (input) => {
      checkOffset(input.articleId, input.offset);
      return bookmarks.insert(input);
    },
    'bookmarks.update': ({ id, label }) => foundOrThrow(bookmarks.setLabel(id, label), 'bookmark', id),
    'bookmarks.delete': ({ id }) => ({ deleted: bookmarks.delete(id) }),
    'articles.setReadingPosition': ({ articleId, offset }) => {
      checkOffset(articleId, offset);
      store.transaction(() => {
        bookmarks.setReadingPosition(articleId, offset);
        store.edits.markReading(articleId);
      });
      return { ok: true };
    },
  };
}
