// The web-page readers: a page saved as HTML, and a single-file page saved as MHTML. Both are recognised by
// their bytes; a file named .html or .htm that is not markup is still read as HTML (or refused as binary).
import { said } from '../../../../shared/i18n/said.js';
import { baseName } from '../../../domain/import/parse-document.js';
import { DocumentRefusal, unreadablePlaces, type PageResult } from '../page-result.js';
import { asciiView, decodeHtml } from './decode-html.js';
import { parseHtmlPage } from './html-article.js';
import { mhtmlPage, type MhtmlPage } from './mhtml.js';

const SNIFF_BYTES = 1024;
const HTML_NAME = /\.(html?|xhtml|shtml)$/i;
/** What a web page opens with, after a byte-order mark, white space, an XML declaration or comments. */
const HTML_START = /^(?:\s|<\?xml[^>]*>|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

function startText(bytes: Uint8Array): string {
  // UTF-16 pages are recognised by their byte-order mark; any other encoding shows its markup as ASCII.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(
      bytes.subarray(2, SNIFF_BYTES),
    );
  return asciiView(bytes, SNIFF_BYTES).replace(/^\u00ef\u00bb\u00bf/, '');
}

export function looksLikeHtml(bytes: Uint8Array, fileName: string): boolean {
  return HTML_START.test(startText(bytes)) || HTML_NAME.test(fileName);
}

function readPage(bytes: Uint8Array, fileName: string, page?: MhtmlPage): PageResult {
  const decoded = decodeHtml(bytes, page?.charset);
  if (!decoded.ok) return decoded;
  let parsed;
  try {
    parsed = parseHtmlPage(decoded.text, baseName(fileName), page?.location);
  } catch (error) {
    if (error instanceof DocumentRefusal) return { ok: false, reason: error.said };
    throw error;
  }
  if (parsed.articles.every((article) => article.blocks.length === 0))
    return { ok: false, reason: said('no article text was found in the page', '网页中没有找到文章的文字') };
  const notices = decoded.unreadable ? [unreadablePlaces(decoded.unreadable)] : undefined;
  return {
    ok: true,
    page: parsed,
    encoding: decoded.encoding,
    pictures: page?.resource,
    ...(notices ? { notices } : {}),
  };
}

export function readHtml(bytes: Uint8Array, fileName: string): PageResult {
  return readPage(bytes, fileName);
}

export function readMhtml(bytes: Uint8Array, fileName: string): PageResult {
  const page = mhtmlPage(bytes);
  if (!page)
    return {
      ok: false,
      reason: said(
        'it is a MIME message (MHTML) without a web page in it',
        '它是 MIME 邮件（MHTML），其中没有网页',
      ),
    };
  return readPage(page.html, fileName, page);
}
