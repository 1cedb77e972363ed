/** The lossless JSON backup of the user's work, and its idempotent restore (main/domain/backup). */
import type { Services } from '../../../shared/contract/api.js';
import { ApiError } from '../../../shared/contract/errors.js';
import { createBackup, parseBackup, planRestore, serializeBackup } from '../../domain/backup/index.js';
import type { LibraryStore } from '../storage/library-store.js';
import { SearchIndex } from '../storage/search-index.js';
import { articleOrThrow } from './lookups.js';

type BackupServices = Pick<Services, 'backup.create' | 'backup.restore'>;

export function createBackupServices(
  store: LibraryStore,
  now: () => Date = () => new Date(),
): BackupServices {
  const index = new SearchIndex(store.db);
  const articleTags = (articleId: number) => index.listTags(articleId).map((tag) => tag.name);

  return {
    'backup.create': () => {
      const createdAt = now().toISOString();
      const backup = store.transaction(() =>
        createBackup({
          createdAt,
          tags: store.annotations.tagNames(),
          articles: store.userDataArticleIds().map((id) => ({
            ...articleOrThrow(store, id),
            tags: articleTags(id),
            annotations: store.annotations.list(id),
            bookmarks: store.bookmarks.list(id),
          })),
        }),
      );
      return { fileName: `jianbao-backup-${createdAt.slice(0, 10)}.json`, json: serializeBackup(backup) };
    },
    'backup.restore': ({ json }) => {
      const parsed = parseBackup(json);
      if (!parsed.ok) throw new ApiError('invalid_input', parsed.error);
      return store.transaction(() => {
        const plan = planRestore(parsed.backup, store.articleTexts(), {
          tags: store.annotations.tagNames(),
          articleTags: store.annotations.articleTags(),
          annotations: store.annotations.identities(),
          bookmarks: store.bookmarks.identities(),
        });
        // Article tags first: setting them drops tags nothing carries, which the backup's own may be yet.
        for (const { articleId, tag } of plan.articleTags) {
          index.setArticleTags(articleId, [...articleTags(articleId), tag]);
        }
        store.annotations.createTags(plan.tagsToCreate);
        for (const annotation of plan.annotations) {
          store.annotations.insert({
            ...annotation,
            status: annotation.placement === 'orphaned' ? 'orphaned' : 'anchored',
          });
        }
        for (const bookmark of plan.bookmarks) store.bookmarks.insert(bookmark);
        return {
          annotations: plan.annotations.length,
          bookmarks: plan.bookmarks.length,
          tags: plan.tagsToCreate.length,
          skipped: plan.skipped.annotations + plan.skipped.bookmarks + plan.skipped.articleTags,
          orphaned: plan.annotations.filter((annotation) => annotation.placement === 'orphaned').length,
          unmatched: plan.unmatched.length,
        };
      });
    },
  };
}
