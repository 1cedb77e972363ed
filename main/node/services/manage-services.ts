/**
 * Managing the library's articles: editing their metadata and headline, read and archived states,
 * deleting articles and whole sources, and undoing a deletion. Inputs arrive validated.
 */
import { said } from '../../../shared/i18n/said.js';
import type { Article, Services } from '../../../shared/contract/api.js';
import type { Segment } from '../../../shared/contract/article.js';
import { ApiError } from '../../../shared/contract/errors.js';
import { isConstraintConflict } from '../storage/library-file.js';
import type { LibraryStore } from '../storage/library-store.js';
import { articleOrThrow } from './lookups.js';
import { followText } from './reimport-source.js';

type ManageServices = Pick<
  Services,
  'articles.update' | 'articles.delete' | 'sources.delete' | 'library.undoDelete'
>;

/** The article's text and segments with `title` in place of its headline; null if it shows none. */
function retitled(article: Article, title: string): { text: string; segments: Segment[] } | null {
  const at = article.segments.findIndex((segment) => segment.type === 'title');
  const old = article.segments[at];
  if (!old) return null;
  const shift = title.length - old.text.length;
  const text = article.text.slice(0, old.start) + title + article.text.slice(old.start + old.text.length);
  // Segments are stored as they were parsed: the contract only types them loosely.
  const segments = (article.segments as Segment[]).map((segment, i) =>
    i < at
      ? segment
      : i === at
        ? { type: 'title' as const, text: title, start: old.start }
        : { ...segment, start: segment.start + shift },
  );
  return { text, segments };
}

export function createManageServices(store: LibraryStore): ManageServices {
  const { edits, trash } = store;

  const rename = (article: Article, title: string) => {
    const next = retitled(article, title);
    if (!next) {
      edits.retitle(article.id, title, article.segments as Segment[], article.text);
      return;
    }
    edits.retitle(article.id, title, next.segments, next.text);
    // Annotations, bookmarks and the reading position after the headline move with their text.
    followText(store, article.id, article.text, next.text, { anchored: 0, moved: 0, orphaned: 0 });
  };

  return {
    'articles.update': ({ id, title, authors, date, sourceName, read, archived }) => {
      const article = articleOrThrow(store, id);
      store.transaction(() => {
        if (title !== undefined && title !== article.title) rename(article, title);
        edits.setMeta(id, { authors, date, sourceName });
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
        return trash.trash(unique, trash.emptiedSources(unique));
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
        articleIds = trash.restore(token);
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
