/** Finding what a request names, or a typed not_found error that says what is missing. */
import type { Article } from '../../../shared/contract/api.js';
import { ApiError } from '../../../shared/contract/errors.js';
import type { LibraryStore } from '../storage/library-store.js';

export function articleOrThrow(store: LibraryStore, id: number): Article {
  const article = store.getArticle(id);
  if (!article) throw new ApiError('not_found', `There is no article ${id}; it may have been deleted.`);
  return article;
}

/** `value` if found; else not_found naming the kind of thing (e.g. "annotation") and its id. */
export function foundOrThrow<T>(value: T | undefined, what: string, id: number): T {
  if (value === undefined)
    throw new ApiError('not_found', `There is no ${what} ${id}; it may have been deleted.`);
  return value;
}
