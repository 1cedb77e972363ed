import { sayWith, type Said } from '../../../shared/i18n/said.js';
import type { Output } from '../../../shared/contract/api.js';
import type { ArticleLayout, ParsedArticle, ParsedPage } from '../../../shared/contract/article.js';
import { articleSegments, isShownBlock } from '../../../shared/contract/segments.js';
import { baseName, type DocumentFormat } from '../../domain/import/parse-document.js';
import { contentHash } from '../import/content-hash.js';
import { CANCELLED, type ReadProgress } from '../import/page-result.js';
import { NO_ARTICLE, readDocument } from '../import/read-document.js';
import type { LibraryStore, NewArticle } from '../storage/library-store.js';
import { SearchIndex } from '../storage/search-index.js';
import { ImportMonitor } from './import-monitor.js';

type ImportOutput = Output<'library.import'>;

/**
 * Imports each file on its own: one bad file is reported with its reason and leaves nothing behind,
 * while the others still go in. Content already in the library is reported as a duplicate, not stored twice.
 */
export async function importFiles(
  store: LibraryStore,
  files: readonly { name: string; data: Uint8Array }[],
  monitor: ImportMonitor = new ImportMonitor(),
): Promise<ImportOutput> {
  const result: ImportOutput = { imported: [], rejected: [] };
  const signal = monitor.begin(files.length);
  try {
    for (const [index, file] of files.entries()) {
      monitor.file(file.name, index);
      const outcome = await importOne(store, file.name, file.data, {
        signal,
        progress: (done, total, unit) => monitor.page(done, total, unit),
      });
      if ('reason' in outcome) result.rejected.push(outcome);
      else result.imported.push(outcome);
    }
  } finally {
    monitor.end();
  }
  return result;
}

async function importOne(
  store: LibraryStore,
  fileName: string,
  data: Uint8Array,
  options: ReadProgress & { signal: AbortSignal },
): Promise<ImportOutput['imported'][number] | ImportOutput['rejected'][number]> {
  const reject = (reason: Said) => {
    const sentence = sayWith(reason, (text, language) =>
      language === 'en' ? `${fileName} was not imported: ${text}.` : `${fileName} 未导入：${text}。`,
    );
    return { fileName, reason: sentence.en, said: sentence };
  };
  if (options.signal.aborted) return reject(CANCELLED);
  const read = await readDocument(fileName, data, options);
  if (!read.ok) return reject(read.reason);
  // Cancelled while this file was read (a file without pages cannot stop half-way): it is not stored either.
  if (options.signal.aborted) return reject(CANCELLED);
  const { document } = read;

  const hash = contentHash(document.content);
  const existing = store.findSourceByHash(hash);
  if (existing) {
    return {
      fileName,
      sourceId: existing.id,
      encoding: existing.encoding,
      articleIds: existing.articleIds,
      duplicate: true,
      notices: [],
    };
  }

  const articles = storedArticles(fileName, document.format, document.page);
  if (articles.length === 0) return reject(NO_ARTICLE);
  const { sourceId, articleIds } = store.db.transaction(() => {
    const inserted = store.insertSource(
      {
        fileName,
        contentHash: hash,
        encoding: document.encoding,
        byteSize: data.byteLength,
        content: document.content,
        pageMeta: document.page.meta,
        original: document.original ?? null,
        images: document.images,
      },
      articles,
    );
    inserted.articleIds.forEach((id, i) => keepStatedMetadata(store, id, document.page.articles[i]!));
    return inserted;
  })();
  const notices = document.notices ?? [];
  return { fileName, sourceId, encoding: document.encoding, articleIds, duplicate: false, notices };
}

/**
 * The date and tags a file states for an article (a Markdown note's front matter) become the article's own, as
 * if the reader had set them: a re-import leaves them as they are by then.
 */
function keepStatedMetadata(store: LibraryStore, id: number, parsed: ParsedArticle): void {
  if (parsed.date !== undefined) store.edits.setMeta(id, { date: parsed.date });
  if (parsed.tags !== undefined) new SearchIndex(store.db).setArticleTags(id, parsed.tags);
}

/** Where a PDF article stood, as stored: its parts, and the lines of each block that becomes a segment. */
function layoutOf(parsed: ParsedArticle): ArticleLayout | null {
  if (!parsed.regions) return null;
  const shown = parsed.blocks.filter(isShownBlock);
  return { regions: parsed.regions, blocks: shown.map((b) => b.regions ?? []) };
}

/** A parsed page's articles as stored. Shared by import and re-import. */
export function storedArticles(fileName: string, format: DocumentFormat, page: ParsedPage): NewArticle[] {
  return page.articles.map((parsed) => {
    // An article with no headline of its own is shown under its file's name.
    const titled = { ...parsed, title: parsed.title.trim() || baseName(fileName) };
    return {
      format,
      title: titled.title,
      section: parsed.section,
      kicker: parsed.kicker,
      subtitle: parsed.subtitle,
      byline: parsed.byline,
      dateline: parsed.dateline,
      rubric: parsed.rubric,
      authors: parsed.authors,
      layout: layoutOf(parsed),
      ...articleSegments(titled),
    };
  });
}
