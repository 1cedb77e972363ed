/**
 * Applying a backup to the library, all in one transaction: a damaged part (an original text that
 * does not inflate or does not match its hash) throws before commit, so nothing is half-written.
 * First the sources the library has no trace of are recreated with their articles, as they were
 * parsed then (not parsed again: the offsets in the backup point into those texts); then the user's
 * work is planned against the whole library and inserted. An article's states and collections are
 * written with the backup's times, so a backup of the restored library is the same document.
 */
import { said } from '../../../shared/i18n/said.js';
import { createHash } from 'node:crypto';
import type { Output } from '../../../shared/contract/api.js';
import { ApiError } from '../../../shared/contract/errors.js';
import {
  collectionKey,
  planRestore,
  sourcesToCreate,
  type ArticleParse,
  type Backup,
  type BackupArticle,
  type BackupSource,
} from '../../domain/backup/index.js';
import { contentHash } from '../import/content-hash.js';
import { segmentsIn, unpackText, type StoredSegment } from '../storage/compact-text.js';
import type { ImageFile } from '../storage/image-store.js';
import type { LibraryStore } from '../storage/library-store.js';
import { SearchIndex } from '../storage/search-index.js';
import { WholeLibraryStore } from '../storage/whole-library-store.js';

type RecreatedArticle = BackupArticle & { parse: ArticleParse; text: string };

export function restoreBackup(store: LibraryStore, backup: Backup): Output<'backup.restore'> {
  const index = new SearchIndex(store.db);
  const whole = new WholeLibraryStore(store.db);
  const articleTags = (articleId: number) => index.listTags(articleId).map((tag) => tag.name);

  return store.transaction(() => {
    const recreated = sourcesToCreate(backup, whole.restoreTargets()).map((i) =>
      recreateSource(store, backup, i),
    );
    const plan = planRestore(backup, whole.restoreTargets(), {
      tags: store.annotations.tagNames(),
      articleTags: store.annotations.articleTags(),
      annotations: store.annotations.identities(),
      bookmarks: store.bookmarks.identities(),
      settingKeys: Object.keys(store.settings.all()),
      collections: whole.collections().map((collection) => collection.name),
      collectionArticles: whole.members().map(({ articleId, name }) => ({ articleId, collection: name })),
    });
    // Article tags first: setting them drops tags nothing carries, which the backup's own may be yet.
    for (const { articleId, tag } of plan.articleTags) {
      index.setArticleTags(articleId, [...articleTags(articleId), tag]);
    }
    store.annotations.createTags(plan.tagsToCreate);
    for (const { uuid, placement, ...annotation } of plan.annotations) {
      store.annotations.insert({
        ...annotation,
        ...(uuid === null ? {} : { uuid }),
        status: placement === 'orphaned' ? 'orphaned' : 'anchored',
      });
    }
    for (const bookmark of plan.bookmarks) store.bookmarks.insert(bookmark);
    for (const { articleId, offset } of plan.readingPositions)
      store.bookmarks.setReadingPosition(articleId, offset);
    for (const { key, value } of plan.settings) store.settings.set(key, value);
    for (const { articleId, ...state } of plan.articleStates) whole.fillArticleState(articleId, state);
    for (const { name, createdAt } of plan.collectionsToCreate) whole.insertCollection(name, createdAt);
    const collectionIds = new Map(whole.collections().map(({ id, name }) => [collectionKey(name), id]));
    for (const { articleId, collection, addedAt } of plan.collectionArticles)
      whole.addMember(collectionIds.get(collectionKey(collection))!, articleId, addedAt);
    return {
      sources: recreated.length,
      articles: recreated.reduce((sum, count) => sum + count, 0),
      annotations: plan.annotations.length,
      bookmarks: plan.bookmarks.length,
      tags: plan.tagsToCreate.length,
      // Memberships already there count as skipped, as article tags do: neither has a count of its own.
      skipped:
        plan.skipped.annotations +
        plan.skipped.bookmarks +
        plan.skipped.articleTags +
        plan.skipped.collectionArticles,
      orphaned: plan.annotations.filter((annotation) => annotation.placement === 'orphaned').length,
      unmatched: plan.unmatched.length,
    };
  });
}

/** Inserts the backup's source `i` and its articles at their positions; returns how many articles. */
function recreateSource(store: LibraryStore, backup: Backup, i: number): number {
  const source = backup.sources[i]!;
  const articles = backup.articles.filter(
    (article): article is RecreatedArticle => article.parse?.source === i && article.text !== null,
  );
  const { sourceId } = store.insertSource(
    {
      fileName: source.fileName,
      contentHash: source.contentHash,
      encoding: source.encoding,
      byteSize: source.byteSize,
      pageMeta: source.pageMeta,
      content: originalText(source),
      original: source.original === null ? null : Buffer.from(source.original, 'base64'),
      images: source.images.map((hash) => backupImage(backup, hash, source.fileName)),
    },
    [],
    source.importedAt,
  );
  for (const hash of source.dismissed) store.edits.dismiss(sourceId, hash, true);
  articles.forEach(({ parse: { source: _source, position, segments, pageLayout, ...parsed }, text, title }) =>
    store.insertArticle(sourceId, position, {
      ...parsed,
      layout: pageLayout,
      title,
      text,
      // Segment types are open strings on the wire too (api.ts): one a newer Jianbao wrote is kept as it was.
      segments: segmentsIn(segments as StoredSegment[], text),
    }),
  );
  return articles.length;
}

/** A picture the source shows, checked against its hash like the source's text. */
function backupImage(backup: Backup, hash: string, fileName: string): ImageFile {
  const image = backup.images.find((candidate) => candidate.hash === hash)!;
  const data = Buffer.from(image.data, 'base64');
  if (createHash('sha256').update(data).digest('hex') !== hash)
    throw new ApiError(
      'invalid_input',
      said(
        `This backup is damaged: a picture of ${fileName} does not match its SHA-256.`,
        `这个备份已损坏：${fileName} 的一张图片与其 SHA-256 不符。`,
      ),
    );
  return { hash, mediaType: image.mediaType, data };
}

/** The source's original text, checked against its hash: a damaged one stops the whole restore. */
function originalText(source: BackupSource): string {
  let text: string;
  try {
    text = unpackText(Buffer.from(source.content, 'base64'));
  } catch {
    throw new ApiError(
      'invalid_input',
      said(
        `This backup is damaged: the original text of ${source.fileName} cannot be read (its compressed data is broken).`,
        `这个备份已损坏：无法读取 ${source.fileName} 的原文（压缩数据已损坏）。`,
      ),
    );
  }
  if (contentHash(text) !== source.contentHash) {
    throw new ApiError(
      'invalid_input',
      said(
        `This backup is damaged: the original text of ${source.fileName} does not match its content hash.`,
        `这个备份已损坏：${source.fileName} 的原文与其内容哈希不符。`,
      ),
    );
  }
  return text;
}
