/** Builds a backup from what the library holds. */
import type { Annotation, Bookmark } from '../../../shared/contract/annotation-entries.js';
import { contentHash } from './content-hash.js';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format.js';
import type { ArticleParse, BackupImage, BackupSource, CurrentBackup } from './backup-format.js';

export interface LibraryArticleData {
  readonly text: string;
  readonly title: string;
  readonly sourceName: string;
  /** `source` is the index of the article's source in the library's `sources`. */
  readonly parse: ArticleParse;
  readonly readingPosition: number | null;
  readonly tags: readonly string[];
  readonly annotations: readonly Omit<Annotation, 'id' | 'articleId'>[];
  readonly bookmarks: readonly Omit<Bookmark, 'id' | 'articleId'>[];
  readonly date: string | null;
  /** Null: the article shows its file's name. */
  readonly ownSourceName: string | null;
  readonly readAt: string | null;
  readonly archivedAt: string | null;
  readonly lastReadAt: string | null;
  /** What the person changed of what the file said, as JSON (see ArticleState). */
  readonly userEdits: string | null;
  readonly collections: readonly { readonly name: string; readonly addedAt: string }[];
}

export interface LibraryData {
  readonly createdAt: string;
  readonly tags: readonly string[];
  readonly settings: Readonly<Record<string, string>>;
  /** A source without `images` shows no picture; one without `dismissed` had nothing deleted from it. */
  readonly sources: readonly (Omit<BackupSource, 'images' | 'dismissed'> & {
    readonly images?: readonly string[];
    readonly dismissed?: readonly string[];
  })[];
  /** Every collection, also the empty ones. */
  readonly collections: readonly { readonly name: string; readonly createdAt: string }[];
  /** By source, then position: the order a restore recreates them in. */
  readonly articles: readonly LibraryArticleData[];
  /** Every picture a source shows, once (none when absent). */
  readonly images?: readonly BackupImage[];
}

/** Everything, articles without anything of the user's included: a restore into an empty library recreates them. */
export function createBackup(library: LibraryData): CurrentBackup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: library.createdAt,
    tags: [...library.tags],
    settings: { ...library.settings },
    sources: library.sources.map((source) => ({
      ...source,
      pageMeta: { ...source.pageMeta },
      images: [...(source.images ?? [])],
      dismissed: [...(source.dismissed ?? [])],
    })),
    images: (library.images ?? []).map(({ hash, mediaType, data }) => ({ hash, mediaType, data })),
    collections: library.collections.map(({ name, createdAt }) => ({ name, createdAt })),
    articles: library.articles.map((article) => ({
      contentHash: contentHash(article.text),
      title: article.title,
      sourceName: article.sourceName,
      text: article.text,
      tags: [...article.tags],
      annotations: article.annotations.map((annotation) => ({
        uuid: annotation.uuid,
        kind: annotation.kind,
        start: annotation.start,
        end: annotation.end,
        quote: annotation.quote,
        prefix: annotation.prefix,
        suffix: annotation.suffix,
        color: annotation.color,
        style: annotation.style,
        note: annotation.note,
        tags: [...annotation.tags],
        createdAt: annotation.createdAt,
        updatedAt: annotation.updatedAt,
        orphaned: annotation.status === 'orphaned',
      })),
      bookmarks: article.bookmarks.map(({ offset, label, createdAt }) => ({ offset, label, createdAt })),
      readingPosition: article.readingPosition,
      parse: { ...article.parse, segments: article.parse.segments.map((segment) => ({ ...segment })) },
      date: article.date,
      ownSourceName: article.ownSourceName,
      readAt: article.readAt,
      archivedAt: article.archivedAt,
      lastReadAt: article.lastReadAt,
      userEdits: article.userEdits,
      collections: article.collections.map(({ name, addedAt }) => ({ name, addedAt })),
    })),
  };
}
