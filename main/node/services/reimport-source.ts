/**
 * Re-import of a source: its stored text parsed again (after a parser improvement) or a new file in its
 * place. Articles keep their ids where the new parse has them again, and every annotation, bookmark and
 * reading position follows its passage; what cannot be placed is kept, orphaned, never dropped.
 */
import { said, sayWith } from '../../../shared/i18n/said.js';
import type { Output } from '../../../shared/contract/api.js';
import { ApiError } from '../../../shared/contract/errors.js';
import { matchArticles } from '../../domain/import/match-articles.js';
import { contentHash } from '../import/content-hash.js';
import type { TextEncoding } from '../../../shared/contract/vocabulary.js';
import { isTextFile, readDocument, textDocument, type ReadDocument } from '../import/read-document.js';
import type { LibraryStore, NewArticle, NewSource } from '../storage/library-store.js';
import { followText, renameArticle, type Tally } from './follow-text.js';
import { storedArticles } from './import-files.js';

type ReimportOutput = Output<'library.reimport'>;

export async function reimportSource(
  store: LibraryStore,
  sourceId: number,
  file?: { name: string; data: Uint8Array },
  encoding?: TextEncoding,
): Promise<ReimportOutput> {
  const content = await newContent(store, sourceId, file, encoding);
  const { source, pageMeta } = content;
  // What the person deleted from this file stays deleted.
  const dismissed = store.edits.dismissed(sourceId);
  const articles = content.articles.filter((article) => !dismissed.has(contentHash(article.text)));
  if (articles.length === 0) {
    throw new ApiError(
      'invalid_input',
      said(
        `${source.fileName} was not re-imported: no article text was found in it.`,
        `${source.fileName} 未重新导入：其中没有找到文章的文字。`,
      ),
    );
  }
  return store.transaction(() => {
    const before = store.sourceArticles(sourceId);
    const matches = matchArticles(before, articles);
    const tally: Tally = { anchored: 0, moved: 0, orphaned: 0 };
    store.parkArticles(sourceId, articles.length);
    const articleIds = articles.map((article, position) => {
      const old = before[matches[position] ?? -1];
      if (!old) return store.insertArticle(sourceId, position, article);
      store.updateArticle(old.id, position, article);
      followText(store, old.id, old.text, article.text, tally);
      keepUserEdits(store, old.id);
      return old.id;
    });
    // An article the new parse lost is kept (after the others) if it holds anything of the user's.
    const matched = new Set(matches);
    before.forEach((old, i) => {
      if (matched.has(i)) return;
      if (old.hasUserData) {
        store.setArticlePosition(old.id, articleIds.length);
        articleIds.push(old.id);
      } else store.deleteArticle(old.id);
    });
    store.replaceSource(sourceId, { ...source, pageMeta });
    return { articleIds, encoding: source.encoding, ...tally };
  });
}

/**
 * The encoding a source's text file was read in, when it can be read again in another: its encoding was
 * guessed, so its bytes were kept. Null for a file read with certainty and for other formats.
 */
export function choosableEncoding(store: LibraryStore, sourceId: number): string | null {
  const source = store.sourceFile(sourceId);
  return source?.original && isTextFile(source.original, source.fileName) ? source.encoding : null;
}

/** The source as it will be (the uploaded file, or the stored one read again) and its new parse. */
async function newContent(
  store: LibraryStore,
  sourceId: number,
  file: { name: string; data: Uint8Array } | undefined,
  encoding: TextEncoding | undefined,
): Promise<{
  source: Omit<NewSource, 'pageMeta'>;
  articles: NewArticle[];
  pageMeta: Record<string, string[]>;
}> {
  const stored = store.getSource(sourceId);
  if (!stored)
    throw new ApiError(
      'not_found',
      said(
        `There is no source ${sourceId}; it may have been deleted.`,
        `没有编号为 ${sourceId} 的来源，可能已被删除。`,
      ),
    );
  const fileName = file?.name ?? stored.fileName;
  const bytes = file?.data ?? stored.original;
  if (encoding && !bytes) {
    throw new ApiError(
      'invalid_input',
      said(
        `${fileName} cannot be read again in ${encoding}: it was read as ${stored.encoding} with certainty, so its ` +
          'bytes were not kept; re-import it with the file and the encoding.',
        `${fileName} 无法按 ${encoding} 重新读取：它已确定按 ${stored.encoding} 读取，原始字节没有保留；请连同文件和编码一起重新导入。`,
      ),
    );
  }
  // A stored text file's text is its bytes decoded already, and parsed again as it is, unless another
  // encoding is chosen; a file whose text alone cannot show it (a PDF) is read again from its bytes.
  const reread = bytes && (file || encoding || !isTextFile(bytes, fileName)) ? bytes : undefined;
  const read = reread
    ? await readDocument(fileName, reread, encoding ? { encoding } : {})
    : textDocument(fileName, stored.content, stored.encoding);
  if (!read.ok)
    throw new ApiError(
      'invalid_input',
      sayWith(read.reason, (text, language) =>
        language === 'en' ? `${fileName} was not re-imported: ${text}.` : `${fileName} 未重新导入：${text}。`,
      ),
    );
  const document: ReadDocument = read.document;
  const hash = contentHash(document.content);
  const other = store.findSourceByHash(hash);
  // A new file, or the old one in another encoding, may be what another source holds already.
  if (other && other.id !== sourceId) {
    throw new ApiError(
      'rejected',
      said(
        `${fileName} is already in the library as another source (${other.id}).`,
        `${fileName} 已作为另一个来源（${other.id}）在文库中。`,
      ),
    );
  }
  return {
    source: {
      fileName,
      contentHash: hash,
      encoding: document.encoding,
      byteSize: file ? file.data.byteLength : stored.byteSize,
      content: document.content,
      original: (reread ? document.original : stored.original) ?? null,
      images: document.images,
    },
    articles: storedArticles(fileName, document.format, document.page),
    pageMeta: document.page.meta,
  };
}

/** What the person set on an article (its headline, its authors) stays what they set, whatever the new parse says. */
function keepUserEdits(store: LibraryStore, id: number): void {
  const { title, authors } = store.edits.userEdits(id);
  if (authors !== undefined) store.edits.setMeta(id, { authors });
  const article = store.getArticle(id);
  if (title !== undefined && article && article.title !== title) renameArticle(store, article, title);
}
