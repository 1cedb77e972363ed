// A Word document (.docx) becomes one article: mammoth turns its paragraphs, headings, lists, tables and
// footnotes into HTML by their styles, and the same HTML-to-blocks path as web pages makes the blocks. The
// title is the document's own (its properties), else its first heading, else the file's name.
import { said } from '../../../../shared/i18n/said.js';
import mammoth from 'mammoth';
import { plainArticle } from '../../../../shared/contract/article.js';
import { elementsNamed } from '../html/dom.js';
import { sanitizedBlocks } from '../html/html-article.js';
import type { PageResult } from '../page-result.js';
import type { ZipArchive } from '../zip/safe-unzip.js';
import { markupEntry, xmlEntry } from '../zip/xml-entries.js';

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** A footnote's "↑" link back to its reference: navigation, not text. */
const BACK_LINK = /<a href="#(?:footnote|endnote)-ref-[^"]*">[^<]*<\/a>/g;

function coreProperty(archive: ZipArchive, name: string): string | null {
  const core = xmlEntry(archive, 'docProps/core.xml');
  const value = core && elementsNamed(core, name)[0]?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

export async function readDocx(
  bytes: Uint8Array,
  archive: ZipArchive,
  fallbackTitle: string,
): Promise<PageResult> {
  // Every part mammoth reads is checked for entity declarations first (it would not expand them either).
  for (const name of archive.names.filter((entry) => /\.(xml|rels)$/i.test(entry)))
    markupEntry(archive, name);
  let html: string;
  const media = new Map<string, Uint8Array>();
  try {
    ({ value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        externalFileAccess: false,
        // Each picture gets a name of its own in the HTML; its bytes wait in `media` for the library.
        convertImage: mammoth.images.imgElement(async (image) => {
          const src = `word-media/${media.size + 1}`;
          media.set(src, new Uint8Array(await image.read()));
          return { src };
        }),
      },
    ));
  } catch (error) {
    const detail = (error as Error).message;
    return {
      ok: false,
      reason: said(`it is a damaged Word document (${detail})`, `这个 Word 文档已损坏（${detail}）`),
    };
  }
  const blocks = sanitizedBlocks(html.replace(BACK_LINK, ''));
  if (blocks.length === 0) return { ok: false, reason: said('the document has no text', '文档中没有文字') };
  const first = blocks[0]!;
  const title = coreProperty(archive, 'title') ?? (first.type === 'heading' ? first.text : fallbackTitle);
  const body = first.type === 'heading' && first.text === title ? blocks.slice(1) : blocks;
  const creator = coreProperty(archive, 'creator');
  const meta: Record<string, string[]> = { title: [title] };
  if (creator) meta.author = [creator];
  return {
    ok: true,
    page: { meta, articles: [{ ...plainArticle(title, body), authors: creator ? [creator] : [] }] },
    encoding: 'docx',
    pictures: (src) => media.get(src),
  };
}
