/**
 * Managing the library's articles: editing their metadata and headline, read and archived states,
 * deleting articles and whole sources, and undoing a deletion. Inputs arrive validated.
 */
import { contentHash } from '../import/content-hash.js';
import { said } from '../../../shared/i18n/said.js';
import type { Services } from '../../../shared/contract/api.js';
import { ApiError } from '../../../shared/contract/errors.js';
import { isConstraintConflict } from '../storage/library-file.js';
import type { LibraryStore } from '../storage/library-store.js';
import { articleOrThrow } from './lookups.js';
import { renameArticle } from './follow-text.js';

type ManageServices = Pick<
  Services,
  'articles.update' | 'articles.delete' | 'sources.delete' | 'library.undoDelete'
>;

export function createManageServices(store: LibraryStore): ManageServices {
  const { edits, trash } = store;

  return {
    'articles.update': ({ id, title, authors, date, sourceName, read, archived }) => {
      const article = articleOrThrow(store, id);
      store.transaction(() => {
        if (title !== undefined && title !== article.title) renameArticle(store, article, title);
        edits.setMeta(id, { authors, date, sourceName });
        edits.rememberEdits(id, {
          ...(title === undefined ? {} : { title }),
          ...(authors === undefined ? {} : { authors }),
        });
        if (read !== undefined) edits.setRead(id, read);
        if (archived !== undefined) edits.setArchived(id, archived);
      });
      return { id };
    },
    'articles.delete': ({ ids }) => {
      const unique = [...new Set(ids)];
      return store.transaction(() => {
        const missing = edits.missing(unique);
        if (missing.length > 0) {
          throw new ApiError(
            'not_found',
            said(
              `There is no article ${missing.join(', ')}; it may have been deleted already. Nothing was deleted.`,
              `没有编号为 ${missing.join('、')} 的文章，可能已被删除。什么也没有删除。`,
            ),
          );
        }
        const emptied = trash.emptiedSources(unique);
        // Deleted from a file that stays, an article is not brought back by the file's next re-import.
        for (const id of unique) {
          const { sourceId, text } = articleOrThrow(store, id);
          if (!emptied.includes(sourceId)) edits.dismiss(sourceId, contentHash(text), true);
        }
        return trash.trash(unique, emptied);
      });
    },
    'sources.delete': ({ sourceId, confirmed }) =>
      store.transaction(() => {
        const annotations = edits.sourceAnnotations(sourceId);
        if (annotations === undefined)
          throw new ApiError(
            'not_found',
            said(
              `There is no source ${sourceId}; it may have been deleted already.`,
              `没有编号为 ${sourceId} 的来源，可能已被删除。`,
            ),
          );
        const articleIds = store.articleIdsOf(sourceId);
        // The user's work is never thrown away unasked, even with an undo at hand.
        if (annotations > 0 && !confirmed)
          return { deleted: false, articles: articleIds.length, annotations };
        return { deleted: true, ...trash.trash(articleIds, [sourceId]) };
      }),
    'library.undoDelete': ({ token }) => {
      let articleIds: number[] | undefined;
      try {
        // One transaction: an article brought back is no longer one the person deleted.
        articleIds = store.transaction(() => {
          const restored = trash.restore(token);
          for (const id of restored ?? []) {
            const { sourceId, text } = articleOrThrow(store, id);
            edits.dismiss(sourceId, contentHash(text), false);
          }
          return restored;
        });
      } catch (error) {
        if (!isConstraintConflict(error)) throw error;
        throw new ApiError(
          'rejected',
          said(
            'The deleted articles cannot come back: the library has changed since (the same file was imported again, or re-imported). Nothing was changed.',
            '删除的文章无法恢复：文库此后有了变化（同一文件又导入或重新导入过）。什么也没有改动。',
          ),
        );
      }
      if (articleIds === undefined) {
        throw new ApiError(
          'not_found',
          said(
            'This deletion can no longer be undone: it was undone already, or it is more than an hour old.',
            '这次删除已无法撤销：已经撤销过，或者已超过一小时。',
          ),
        );
      }
      return { articleIds };
    },
  };
}
