/** Collections: named sets of articles (an article may be in several). Inputs arrive validated. */
import type { Services } from '../../../shared/contract/api.js';
import { said } from '../../../shared/i18n/said.js';
import { ApiError } from '../../../shared/contract/errors.js';
import type { LibraryStore } from '../storage/library-store.js';
import { articleOrThrow, foundOrThrow, noArticle } from './lookups.js';

type CollectionServices = Pick<
  Services,
  | 'collections.list'
  | 'collections.create'
  | 'collections.rename'
  | 'collections.delete'
  | 'collections.addArticles'
  | 'collections.removeArticles'
>;

export function createCollectionServices(store: LibraryStore): CollectionServices {
  const { collections, edits } = store;
  const collectionOrThrow = (id: number) => foundOrThrow(collections.get(id), 'collection', id);
  /** Names differ in more than case: "Reading" and "reading" would be the same collection to a reader. */
  const nameFree = (name: string, id?: number) => {
    const other = collections.named(name);
    if (other && other.id !== id)
      throw new ApiError(
        'rejected',
        said(`There is a collection named “${other.name}” already.`, `已经有名为“${other.name}”的合集了。`),
      );
  };
  const articlesOrThrow = (ids: readonly number[]) => {
    const missing = edits.missing(ids);
    if (missing.length > 0) throw new ApiError('not_found', noArticle(missing.join(', ')));
  };

  return {
    'collections.list': ({ articleId }) => {
      if (articleId !== undefined) articleOrThrow(store, articleId);
      return { collections: collections.list(articleId) };
    },
    'collections.create': ({ name }) => {
      nameFree(name);
      return collections.create(name);
    },
    'collections.rename': ({ id, name }) => {
      collectionOrThrow(id);
      nameFree(name, id);
      collections.rename(id, name);
      return collectionOrThrow(id);
    },
    'collections.delete': ({ id }) => ({ deleted: collections.delete(id) }),
    'collections.addArticles': ({ id, articleIds }) => {
      collectionOrThrow(id);
      articlesOrThrow(articleIds);
      collections.add(id, articleIds);
      return collectionOrThrow(id);
    },
    'collections.removeArticles': ({ id, articleIds }) => {
      collectionOrThrow(id);
      collections.remove(id, articleIds);
      return collectionOrThrow(id);
    },
  };
}
