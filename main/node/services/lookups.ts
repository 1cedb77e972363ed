/** Finding what a request names, or a typed not_found error that says what is missing. */
import type { Article } from '../../../shared/contract/api.js';
import { ApiError } from '../../../shared/contract/errors.js';
import { said, type Said } from '../../../shared/i18n/said.js';
import type { LibraryStore } from '../storage/library-store.js';

export function articleOrThrow(store: LibraryStore, id: number): Article {
  const article = store.getArticle(id);
  if (!article) throw new ApiError('not_found', noArticle(id));
  return article;
}

export const noArticle = (id: number | string): Said =>
  said(`There is no article ${id}; it may have been deleted.`, `没有编号为 ${id} 的文章，可能已被删除。`);

/** What a request can name by its id, in each language. */
const KINDS = {
  annotation: said('annotation', '批注'),
  bookmark: said('bookmark', '书签'),
  collection: said('collection', '合集'),
} as const;

/** `value` if found; else not_found naming the kind of thing and its id. */
export function foundOrThrow<T>(value: T | undefined, what: keyof typeof KINDS, id: number): T {
  if (value === undefined)
    throw new ApiError(
      'not_found',
      said(
        `There is no ${KINDS[what].en} ${id}; it may have been deleted.`,
        `没有编号为 ${id} 的${KINDS[what]['zh-CN']}，可能已被删除。`,
      ),
    );
  return value;
}
