// An EPUB (2 or 3) becomes one article per chapter of its spine, in reading order. One article per chapter
// rather than one per book: annotations, search hits and reading positions point into one article's text, which
// stays small enough to lay out and re-anchor quickly; the library lists the chapters like the chapters of a
// Project Gutenberg book (same section: the book's title, same authors); and the spine is the book's own
// division of its text. Chapter titles come from the book's table of contents, else the chapter's first heading.
import { said, type Said } from '../../../../shared/i18n/said.js';
import { plainArticle, type ParsedArticle, type ParsedPage } from '../../../../shared/contract/article.js';
import { elementsNamed, type DomDocument, type DomElement } from '../html/dom.js';
import { sanitizedBlocks } from '../html/html-article.js';
import { comparable } from '../html/html-blocks.js';
import { isExternalAddress } from '../images/collect-images.js';
import { CANCELLED, DocumentRefusal, type PageResult, type ReadProgress } from '../page-result.js';
import type { ZipArchive } from '../zip/safe-unzip.js';
import { markupEntry, resolvePath, xhtmlAsHtml, xmlEntry } from '../zip/xml-entries.js';
import { tocTitles, type ManifestItem } from './epub-toc.js';

/** Obfuscated fonts (IDPF and Adobe's schemes) are not DRM: anything else encrypted is. */
const FONT_OBFUSCATION = new Set(['http://www.idpf.org/2008/embedding', 'http://ns.adobe.com/pdf/enc#RC']);
const FONT_FILE = /\.(ttf|otf|woff2?|eot)$/i;

const DRM_REASON = said(
  'it is protected by DRM, so its text is encrypted; Jianbao reads DRM-free books only (export the book without protection from where you bought it, if that is allowed)',
  '它受 DRM 保护，文字是加密的；剪报只能读取无 DRM 的书（如果购书处允许，请导出一份不加保护的版本）',
);

function refuseDrm(archive: ZipArchive): void {
  if (archive.has('META-INF/rights.xml')) throw new DocumentRefusal(DRM_REASON);
  const encryption = xmlEntry(archive, 'META-INF/encryption.xml');
  if (!encryption) return;
  for (const data of elementsNamed(encryption, 'encrypteddata')) {
    const algorithm = elementsNamed(data, 'encryptionmethod')[0]?.getAttribute('Algorithm') ?? '';
    const uri = elementsNamed(data, 'cipherreference')[0]?.getAttribute('URI') ?? '';
    if (!FONT_OBFUSCATION.has(algorithm) || !FONT_FILE.test(uri)) throw new DocumentRefusal(DRM_REASON);
  }
}

function packagePath(archive: ZipArchive): string {
  const container = xmlEntry(archive, 'META-INF/container.xml');
  const rootfile =
    container && elementsNamed(container, 'rootfile').find((element) => element.getAttribute('full-path'));
  const path = rootfile?.getAttribute('full-path');
  if (!path || !archive.has(path))
    throw new DocumentRefusal(
      said(
        'it is not a complete EPUB (its package document cannot be found)',
        '它不是完整的 EPUB（找不到包文档）',
      ),
    );
  return path;
}

function texts(opf: DomDocument, name: string): string[] {
  return elementsNamed(opf, name)
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function manifestOf(opf: DomDocument, opfPath: string): ManifestItem[] {
  return elementsNamed(opf, 'item').flatMap((item) => {
    const id = item.getAttribute('id');
    const href = item.getAttribute('href');
    if (!id || !href) return [];
    return [
      {
        id,
        path: resolvePath(opfPath, href),
        mediaType: item.getAttribute('media-type') ?? '',
        properties: (item.getAttribute('properties') ?? '').split(/\s+/),
      },
    ];
  });
}

/** The cover picture the package names (EPUB 3: the cover-image item; EPUB 2: <meta name="cover">), if any. */
function coverOf(opf: DomDocument, manifest: ManifestItem[]): ManifestItem | undefined {
  const named = elementsNamed(opf, 'meta')
    .find((meta) => meta.getAttribute('name') === 'cover')
    ?.getAttribute('content');
  return manifest.find(
    (item) =>
      item.mediaType.startsWith('image/') && (item.properties.includes('cover-image') || item.id === named),
  );
}

/** The book's first article opens with its cover, which no chapter's text may hold (a picture alone is no chapter). */
function withCover(articles: ParsedArticle[], cover: ManifestItem | undefined, title: string): void {
  const [first] = articles;
  if (!first || !cover || first.blocks.some((block) => block.figure?.src === cover.path)) return;
  articles[0] = {
    ...first,
    blocks: [
      { type: 'figure', text: '', figure: { image: null, alt: title, src: cover.path } },
      ...first.blocks,
    ],
  };
}

function bookMeta(opf: DomDocument): Record<string, string[]> {
  const meta: Record<string, string[]> = {};
  for (const [key, name] of [
    ['title', 'title'],
    ['author', 'creator'],
    ['language', 'language'],
    ['publisher', 'publisher'],
    ['published', 'date'],
    ['identifier', 'identifier'],
  ] as const) {
    const values = texts(opf, name);
    if (values.length > 0) meta[key] = values;
  }
  return meta;
}

function chapter(
  archive: ZipArchive,
  item: ManifestItem,
  title: string | undefined,
  book: { title: string; authors: string[] },
): ParsedArticle | null {
  const markup = markupEntry(archive, item.path);
  if (markup === undefined) return null;
  // A picture's address is the chapter's own: made the archive path here, where the chapter is known.
  const blocks = sanitizedBlocks(xhtmlAsHtml(markup)).map((block) =>
    block.figure?.src && !isExternalAddress(block.figure.src)
      ? { ...block, figure: { ...block.figure, src: resolvePath(item.path, block.figure.src) } }
      : block,
  );
  // A chapter without text is no article (a blank page, a cover), unless the book's contents list it: a
  // frontispiece or a plate is a chapter of its own, shown by its pictures.
  const pictures = title !== undefined && blocks.some((block) => block.type === 'figure');
  if (!pictures && blocks.every((block) => block.text.trim() === '')) return null;
  const heading = blocks.find((block) => block.type === 'heading')?.text;
  const name = title ?? heading ?? book.title;
  // The chapter's own heading repeats its title at the top: the title is shown once.
  const body = blocks[0] && comparable(blocks[0].text) === comparable(name) ? blocks.slice(1) : blocks;
  return { ...plainArticle(name, body), section: book.title, authors: book.authors };
}

/** What the import says of a book whose file lacks chapters its spine lists. */
function missingChapters(names: readonly string[]): Said {
  const listed = names.map((name) => `“${name}”`);
  return said(
    `${names.length === 1 ? 'a chapter' : `${names.length} chapters`} the book lists ${names.length === 1 ? 'is' : 'are'} missing from the file (it may be damaged) and left out: ${listed.join(', ')}`,
    `书中列出的 ${names.length} 个章节在文件里缺失（文件或已损坏），未能导入：${listed.join('、')}`,
  );
}

/** Chapters read between two yields to the event loop: a long book never holds the app still. */
const CHAPTERS_PER_YIELD = 8;

/** Reads the book chapter by chapter, saying how far it is and stopping when the import is cancelled. */
export async function readEpub(
  archive: ZipArchive,
  fallbackTitle: string,
  options: ReadProgress = {},
): Promise<PageResult> {
  refuseDrm(archive);
  const opfPath = packagePath(archive);
  const opf = xmlEntry(archive, opfPath)!;
  const manifest = manifestOf(opf, opfPath);
  const byId = new Map(manifest.map((item) => [item.id, item]));
  const spine = elementsNamed(opf, 'spine')[0] as DomElement | undefined;
  const meta = bookMeta(opf);
  const book = { title: meta.title?.[0] ?? fallbackTitle, authors: meta.author ?? [] };
  const titles = tocTitles(archive, manifest, spine?.getAttribute('toc') ?? null);
  const items = elementsNamed(opf, 'itemref').flatMap((ref) => {
    const item = byId.get(ref.getAttribute('idref') ?? '');
    return item && /html|xml/.test(item.mediaType) ? [item] : [];
  });
  const articles: ParsedArticle[] = [];
  // Chapters the spine lists that the file lacks (a damaged or cut-off book): the rest is read, and the import
  // names them.
  const missing: string[] = [];
  for (const [index, item] of items.entries()) {
    if (options.signal?.aborted) return { ok: false, reason: CANCELLED };
    if (!archive.has(item.path)) missing.push(titles.get(item.path) ?? item.path);
    const read = chapter(archive, item, titles.get(item.path), book);
    if (read) articles.push(read);
    options.progress?.(index + 1, items.length, 'chapter');
    if ((index + 1) % CHAPTERS_PER_YIELD === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  if (articles.length === 0)
    return {
      ok: false,
      reason: said('no chapter with text was found in the book', '书中没有找到有文字的章节'),
    };
  withCover(articles, coverOf(opf, manifest), book.title);
  const page: ParsedPage = { meta, articles };
  // Only pictures the manifest lists as such are shown, as a reading system would.
  const pictures = new Set(manifest.filter((i) => i.mediaType.startsWith('image/')).map((i) => i.path));
  return {
    ok: true,
    page,
    encoding: 'epub',
    pictures: (path) => (pictures.has(path) ? archive.bytes(path) : undefined),
    ...(missing.length > 0 ? { notices: [missingChapters(missing)] } : {}),
  };
}
