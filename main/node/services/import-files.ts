import { articleSegments } from '../../../shared/contract/segments.js';
import type { Output } from '../../../shared/contract/api.js';
import { MAX_IMPORT_BYTES } from '../../../shared/contract/vocabulary.js';
import { baseName, parseDocument } from '../../domain/import/parse-document.js';
import { contentHash } from '../import/content-hash.js';
import { decodeText, type DecodeResult } from '../import/decode-text.js';
import type { LibraryStore, NewArticle } from '../storage/library-store.js';

type ImportOutput = Output<'library.import'>;

/**
 * Imports each file on its own: one bad file is reported with its reason and leaves nothing behind,
 * while the others still go in. Content already in the library is reported as a duplicate, not stored twice.
 */
export function importFiles(
  store: LibraryStore,
  files: readonly { name: string; data: Uint8Array }[],
): ImportOutput {
  const result: ImportOutput = { imported: [], rejected: [] };
  for (const file of files) {
    const outcome = importOne(store, file.name, file.data);
    if ('reason' in outcome) result.rejected.push(outcome);
    else result.imported.push(outcome);
  }
  return result;
}

function importOne(
  store: LibraryStore,
  fileName: string,
  data: Uint8Array,
): ImportOutput['imported'][number] | ImportOutput['rejected'][number] {
  const reject = (reason: string) => ({ fileName, reason: `${fileName} was not imported: ${reason}.` });
  const decoded = readUpload(data);
  if (!decoded.ok) return reject(decoded.reason);

  const hash = contentHash(decoded.text);
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

  const { articles, pageMeta } = parseArticles(fileName, decoded.text);
  if (articles.length === 0) return reject('no article text was found in it');
  const { sourceId, articleIds } = store.insertSource(
    {
      fileName,
      contentHash: hash,
      encoding: decoded.encoding,
      byteSize: data.byteLength,
      content: decoded.text,
      pageMeta,
    },
    articles,
  );
  return { fileName, sourceId, encoding: decoded.encoding, articleIds, duplicate: false };
}

/** The text of an uploaded file, or why it cannot be read. Shared by import and re-import. */
export function readUpload(data: Uint8Array): DecodeResult {
  if (data.byteLength === 0) return { ok: false, reason: 'the file is empty' };
  if (data.byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      reason: `it is ${(data.byteLength / 1024 / 1024).toFixed(1)} MB; files up to 50 MB can be imported`,
    };
  }
  return decodeText(data);
}

/** The articles a file's text is split into, as stored. Shared by import and re-import. */
export function parseArticles(
  fileName: string,
  text: string,
): { articles: NewArticle[]; pageMeta: Record<string, string[]> } {
  const { format, page } = parseDocument(fileName, text);
  // An article with no headline of its own is shown under its file's name.
  const titled = page.articles.map((parsed) => ({
    ...parsed,
    title: parsed.title.trim() || baseName(fileName),
  }));
  const articles = titled.map((parsed) => ({
    format,
    title: parsed.title,
    section: parsed.section,
    kicker: parsed.kicker,
    subtitle: parsed.subtitle,
    byline: parsed.byline,
    dateline: parsed.dateline,
    rubric: parsed.rubric,
    authors: parsed.authors,
    ...articleSegments(parsed),
  }));
  return { articles, pageMeta: page.meta };
}
