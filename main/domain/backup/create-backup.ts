/** Builds a backup from what the library holds. */
import type { AnnotationKind } from '../../../shared/contract/annotation-entries.js';
import type { HighlightColor, HighlightStyle } from '../../../shared/contract/vocabulary.js';
import { contentHash } from './content-hash.js';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format.js';
import type { Backup } from './backup-format.js';

export interface LibraryArticleData {
  readonly text: string;
  readonly title: string;
  readonly sourceName: string;
  readonly tags: readonly string[];
  readonly annotations: readonly {
    readonly kind?: AnnotationKind;
    readonly start: number;
    readonly end: number;
    readonly quote: string;
    readonly prefix: string;
    readonly suffix: string;
    readonly color: HighlightColor;
    readonly style?: HighlightStyle;
    readonly note: string;
    readonly tags?: readonly string[];
    readonly createdAt: string;
    readonly updatedAt: string;
    readonly status?: 'anchored' | 'orphaned';
  }[];
  readonly bookmarks: readonly {
    readonly offset: number;
    readonly label: string;
    readonly createdAt: string;
  }[];
}

/**
 * Articles without annotations, bookmarks or tags are left out: there is nothing of the user's in them.
 * `includeTexts: false` makes a smaller backup whose restore onto changed texts must search instead of
 * diffing.
 */
export function createBackup(
  library: {
    readonly createdAt: string;
    readonly tags: readonly string[];
    readonly articles: readonly LibraryArticleData[];
  },
  options: { readonly includeTexts?: boolean } = {},
): Backup {
  const includeTexts = options.includeTexts ?? true;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: library.createdAt,
    tags: [...library.tags],
    articles: library.articles
      .filter((article) => article.annotations.length + article.bookmarks.length + article.tags.length > 0)
      .map((article) => ({
        contentHash: contentHash(article.text),
        title: article.title,
        sourceName: article.sourceName,
        text: includeTexts ? article.text : null,
        tags: [...article.tags],
        annotations: article.annotations.map((annotation) => ({
          kind: annotation.kind ?? 'highlight',
          start: annotation.start,
          end: annotation.end,
          quote: annotation.quote,
          prefix: annotation.prefix,
          suffix: annotation.suffix,
          color: annotation.color,
          style: annotation.style ?? 'highlight',
          note: annotation.note,
          tags: [...(annotation.tags ?? [])],
          createdAt: annotation.createdAt,
          updatedAt: annotation.updatedAt,
          orphaned: annotation.status === 'orphaned',
        })),
        bookmarks: article.bookmarks.map(({ offset, label, createdAt }) => ({ offset, label, createdAt })),
      })),
  };
}
