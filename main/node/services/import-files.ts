import type { Output } from '../../../shared/contract/api.js';
import type { ArticleLayout, ParsedArticle, ParsedPage } from '../../../shared/contract/article.js';
import { articleSegments } from '../../../shared/contract/segments.js';
import { baseName, type DocumentFormat } from '../../domain/import/parse-document.js';
import { contentHash } from '../import/content-hash.js';
import { readDocument } from '../import/read-document.js';
import type { LibraryStore, NewArticle } from '../storage/library-store.js';

type ImportOutput = Output<'library.import'>;

/**
 * Imports each file on its own: one bad file is reported with its reason and leaves nothing behind,
 * while the others still go in. Content already in the library is reported as a duplicate, not stored twice.
 */
export async function importFiles(
  store: LibraryStore,
  files: readonly { name: string; data: Uint8Array }[],
): Promise<ImportOutput> {
  const result: ImportOutput = { imported: [], rejected: [] };
  for (const file of files) {
    const outcome = await importOne(store, file.name, file.data);
    if ('reason' in outcome) result.rejected.push(outcome);
    else result.imported.push(outcome);
  }
  return result;
}

async function importOne(
  store: LibraryStore,
  fileName: string,
  data: Uint8Array,
): Promise<ImportOutput['imported'][number] | ImportOutput['rejected'][number]> {
  const reject = (reason: string) => ({ fileName, reason: `${fileName} was not imported: ${reason}.` });
  const read = await readDocument(fileName, data);
  if (!read.ok) return reject(read.reason);
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
    };
  }

  const articles = storedArticles(fileName, document.format, document.page);
  if (articles.length === 0) return reject('no article text was found in it');
  const { sourceId, articleIds } = store.insertSource(
    {
      fileName,
      contentHash: hash,
      encoding: document.encoding,
      byteSize: data.byteLength,
      content: document.content,
      pageMeta: document.page.meta,
      original: document.original ?? null,
    },
    articles,
  );
  return { fileName, sourceId, encoding: document.encoding, articleIds, duplicate: false };
}

/** Where a PDF article stood, as stored: its parts, and the lines of each block that becomes a segment. */
function layoutOf(parsed: ParsedArticle): ArticleLayout | null {
  if (!parsed.regions) return null;
  const shown = parsed.blocks.filter((b) => b.text.trim() !== '');
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
