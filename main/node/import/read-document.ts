// Import's one pipeline: the file's format is sniffed from its bytes, the reader for that format turns it into
// the parsed page (the same article structure for every format), and storage and the index take it from there.
// A new format is one more entry in DOCUMENT_READERS.
import { said, type Said } from '../../../shared/i18n/said.js';
import type { ParsedPage } from '../../../shared/contract/article.js';
import { MAX_IMPORT_BYTES, type TextEncoding } from '../../../shared/contract/vocabulary.js';
import { parseDocument, type DocumentFormat } from '../../domain/import/parse-document.js';
import { parsePdfText } from '../../domain/pdf/index.js';
import { decodeText } from './decode-text.js';
import { isMhtml } from './html/mhtml.js';
import { looksLikeHtml, readHtml, readMhtml } from './html/read-html.js';
import { collectImages, type ImageSource, type StoredImage } from './images/collect-images.js';
import { DocumentRefusal, unreadablePlaces, type PageResult, type ReadProgress } from './page-result.js';
import { readZipDocument } from './zip/read-zip.js';
import { PdfReadError } from './pdf-text.js';
import { readPdfTextOffThread } from './pdf-thread.js';

export interface ReadDocument {
  /** The source's text as the library keeps it: what re-parsing and the duplicate check read. */
  content: string;
  /** The text encoding the bytes were read in, or the file type for files that are not text ('pdf'). */
  encoding: string;
  format: DocumentFormat;
  page: ParsedPage;
  /**
   * The file itself, kept beside the text when the text alone cannot show it (a PDF's pages), or when its
   * encoding was guessed, so that a re-import can read it in another one.
   */
  original?: Uint8Array;
  /** The pictures its figures show, each once: stored with the source. */
  images: StoredImage[];
  /** What the reader should know of a file read in part (a damaged one), each a sentence. */
  notices?: Said[];
}

export type ReadResult = { ok: true; document: ReadDocument } | { ok: false; reason: Said };

export const NO_ARTICLE = said('no article text was found in it', '其中没有找到文章的文字');

export interface ReadOptions extends ReadProgress {
  /** The encoding the user chose for a text file (a re-import's), instead of the detected one. */
  encoding?: TextEncoding;
}

export interface DocumentReader {
  name: string;
  sniff(bytes: Uint8Array, fileName: string): boolean;
  read(bytes: Uint8Array, fileName: string, options: ReadOptions): Promise<ReadResult>;
}

function startsWith(bytes: Uint8Array, ascii: string, within = 0): boolean {
  const limit = Math.min(bytes.length - ascii.length, within);
  for (let at = 0; at <= limit; at++) {
    let k = 0;
    while (k < ascii.length && bytes[at + k] === ascii.charCodeAt(k)) k++;
    if (k === ascii.length) return true;
  }
  return false;
}

/** The text a parsed page's articles make, headline fields and blocks in order: what the library keeps as its text. */
function pageText(page: ParsedPage): string {
  return page.articles
    .map((a) =>
      [a.kicker, a.title, a.subtitle, a.byline, a.dateline, ...a.blocks.map((b) => b.text)]
        .filter((part): part is string => !!part)
        .join('\n'),
    )
    .join('\n\n');
}

/** The page with its figures' pictures collected, or the reason a picture refuses the file. */
function withImages(page: ParsedPage, source?: ImageSource): ReturnType<typeof collectImages> | Said {
  try {
    return collectImages(page, source);
  } catch (error) {
    if (error instanceof DocumentRefusal) return error.said;
    throw error;
  }
}

/** A structured format's page as a document: its text is what its articles show, its file is kept to re-read. */
function pageDocument(result: PageResult, bytes: Uint8Array): ReadResult {
  if (!result.ok) return result;
  const collected = withImages(result.page, result.pictures);
  if (!('page' in collected)) return { ok: false, reason: collected };
  const { page, images } = collected;
  const document = {
    content: pageText(page),
    encoding: result.encoding,
    format: 'text' as const,
    page,
    images,
    ...(result.notices ? { notices: result.notices } : {}),
  };
  return { ok: true, document: { ...document, original: bytes } };
}

const pdfReader: DocumentReader = {
  name: 'pdf',
  // The header may follow a little junk (the specification allows it within the first 1,024 bytes).
  sniff: (bytes) => startsWith(bytes, '%PDF-', 1024),
  async read(bytes, _fileName, options) {
    try {
      const page = parsePdfText(await readPdfTextOffThread(bytes, options));
      if (page.articles.length === 0) return { ok: false, reason: NO_ARTICLE };
      return pageDocument({ ok: true, page, encoding: 'pdf' }, bytes);
    } catch (error) {
      if (error instanceof PdfReadError) return { ok: false, reason: error.said };
      throw error;
    }
  },
};

const mhtmlReader: DocumentReader = {
  name: 'mhtml',
  sniff: isMhtml,
  read: (bytes, fileName) => Promise.resolve(pageDocument(readMhtml(bytes, fileName), bytes)),
};

const htmlReader: DocumentReader = {
  name: 'html',
  sniff: looksLikeHtml,
  read: (bytes, fileName) => Promise.resolve(pageDocument(readHtml(bytes, fileName), bytes)),
};

const zipReader: DocumentReader = {
  name: 'zip',
  sniff: (bytes) => startsWith(bytes, 'PK\u0003\u0004'),
  read: async (bytes, fileName, options) =>
    pageDocument(await readZipDocument(bytes, fileName, options), bytes),
};

/** A document from text already decoded (a text file, or a text source read again). */
export function textDocument(fileName: string, text: string, encoding: string): ReadResult {
  const { format, page: parsed } = parseDocument(fileName, text);
  // Only a Markdown note's data: URIs can hold pictures: the text itself is all there is.
  const collected = withImages(parsed);
  if (!('page' in collected)) return { ok: false, reason: collected };
  return { ok: true, document: { content: text, encoding, format, ...collected } };
}

const textReader: DocumentReader = {
  name: 'text',
  sniff: () => true,
  read(bytes, fileName, { encoding }) {
    const decoded = decodeText(bytes, encoding);
    if (!decoded.ok) return Promise.resolve(decoded);
    const read = textDocument(fileName, decoded.text, decoded.encoding);
    // UTF-8 and a BOM are certain; a guessed encoding may be wrong, and only the bytes can be read again.
    if (!read.ok || !decoded.guessed) return Promise.resolve(read);
    const notices = decoded.unreadable > 0 ? [unreadablePlaces(decoded.unreadable)] : [];
    return Promise.resolve({ ok: true, document: { ...read.document, original: bytes, notices } });
  },
};

/** The compound-file signature of Office's binary formats before 2007 (.doc, .xls, .ppt). */
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Word 97–2003 and its kin: refused with what to do, not as "binary data". */
const legacyOfficeReader: DocumentReader = {
  name: 'legacy-office',
  sniff: (bytes) => COMPOUND_FILE.every((byte, i) => bytes[i] === byte),
  read: () =>
    Promise.resolve({
      ok: false,
      reason: said(
        'it is an Office file in the format before 2007 (a .doc, .xls or .ppt), which Jianbao does not read; save it as .docx (in Word: Save As, Word Document) and import that',
        '这是 2007 年以前格式的 Office 文件（.doc、.xls 或 .ppt），剪报无法读取；请另存为 .docx（在 Word 中“另存为”“Word 文档”）后再导入',
      ),
    }),
};

const DOCUMENT_READERS: readonly DocumentReader[] = [
  pdfReader,
  zipReader,
  legacyOfficeReader,
  mhtmlReader,
  htmlReader,
  textReader,
];

function readerOf(bytes: Uint8Array, fileName: string): DocumentReader {
  return DOCUMENT_READERS.find((r) => r.sniff(bytes, fileName))!;
}

/** Whether the file is read as text (plain or Markdown), the only kind whose encoding can be chosen. */
export function isTextFile(bytes: Uint8Array, fileName: string): boolean {
  return readerOf(bytes, fileName) === textReader;
}

/** Reads a file of any supported format into its parsed page, or says in a sentence why it cannot. */
export async function readDocument(
  fileName: string,
  bytes: Uint8Array,
  options: ReadOptions = {},
): Promise<ReadResult> {
  if (bytes.byteLength === 0) return { ok: false, reason: said('the file is empty', '文件是空的') };
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      reason: said(
        `it is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB can be imported`,
        `它有 ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB；能导入的文件最大 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`,
      ),
    };
  }
  const reader = readerOf(bytes, fileName);
  if (options.encoding && reader !== textReader) {
    return {
      ok: false,
      reason: said(
        `it is read as ${reader.name.toUpperCase()}, and an encoding can be chosen only for a text or Markdown file`,
        `它按 ${reader.name.toUpperCase()} 读取，只有文本或 Markdown 文件才能选择编码`,
      ),
    };
  }
  return reader.read(bytes, fileName, options);
}
