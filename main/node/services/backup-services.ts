/** The lossless JSON backup of the whole library, and its idempotent restore (main/domain/backup). */
import type { Services } from '../../../shared/contract/api.js';
import { ApiError } from '../../../shared/contract/errors.js';
import { createBackup, parseBackup, serializeBackup } from '../../domain/backup/index.js';
import type { LibraryStore } from '../storage/library-store.js';
import { SearchIndex } from '../storage/search-index.js';
import { WholeLibraryStore } from '../storage/whole-library-store.js';
import { restoreBackup } from './restore-backup.js';

type BackupServices = Pick<Services, 'backup.create' | 'backup.restore'>;

export function createBackupServices(
  store: LibraryStore,
  now: () => Date = () => new Date(),
): BackupServices {
  const index = new SearchIndex(store.db);
  const whole = new WholeLibraryStore(store.db);

  return {
    'backup.create': () => {
      const createdAt = now().toISOString();
      const backup = store.transaction(() => {
        const sources = whole.sources();
        const shown = store.images.bySource();
        const sourceIndex = new Map(sources.map((source, i) => [source.id, i]));
        const memberships = new Map<number, { name: string; addedAt: string }[]>();
        for (const { articleId, name, addedAt } of whole.members()) {
          const held = memberships.get(articleId) ?? [];
          held.push({ name, addedAt });
          memberships.set(articleId, held);
        }
        return createBackup({
          createdAt,
          tags: store.annotations.tagNames(),
          settings: store.settings.all(),
          // Stored deflated already: the backup carries the same bytes, in base64.
          sources: sources.map(({ id, packed, original, ...source }) => ({
            ...source,
            content: packed.toString('base64'),
            original: original === null ? null : original.toString('base64'),
            images: shown.get(id) ?? [],
          })),
          // Pictures are part of what was imported: a restore into an empty library shows them again.
          images: store.images.all().map(({ hash, mediaType, data }) => ({
            hash,
            mediaType,
            data: Buffer.from(data).toString('base64'),
          })),
          collections: whole.collections().map(({ name, createdAt }) => ({ name, createdAt })),
          articles: whole.articles().map((article) => ({
            text: article.text,
            title: article.title,
            sourceName: article.sourceName,
            readingPosition: article.readingPosition,
            parse: {
              source: sourceIndex.get(article.sourceId)!,
              position: article.position,
              format: article.format,
              section: article.section,
              kicker: article.kicker,
              subtitle: article.subtitle,
              byline: article.byline,
              dateline: article.dateline,
              rubric: article.rubric,
              authors: article.authors,
              segments: article.segments,
              pageLayout: article.layout ?? null,
            },
            tags: index.listTags(article.id).map((tag) => tag.name),
            annotations: store.annotations.list(article.id),
            bookmarks: store.bookmarks.list(article.id),
            date: article.date,
            ownSourceName: article.ownSourceName,
            readAt: article.readAt,
            archivedAt: article.archivedAt,
            lastReadAt: article.lastReadAt,
            userEdits: article.userEdits,
            collections: memberships.get(article.id) ?? [],
          })),
        });
      });
      return { fileName: `jianbao-backup-${createdAt.slice(0, 10)}.json`, json: serializeBackup(backup) };
    },
    'backup.restore': ({ json }) => {
      const parsed = parseBackup(json);
      if (!parsed.ok) throw new ApiError('invalid_input', parsed.error);
      return restoreBackup(store, parsed.backup);
    },
  };
}
