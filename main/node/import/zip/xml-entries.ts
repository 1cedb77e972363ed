// The XML inside EPUB and DOCX files, read without expanding entities: a file that declares any (<!ENTITY>,
// the way to a "billion laughs" expansion or to an external file) is refused, and linkedom, which reads the
// rest, leaves unknown entity references as written.
import { said } from '../../../../shared/i18n/said.js';
import { parseXmlDocument, type DomDocument } from '../html/dom.js';
import { DocumentRefusal } from '../page-result.js';
import type { ZipArchive } from './safe-unzip.js';

/** The entry's text, refused if it declares entities. */
export function markupEntry(archive: ZipArchive, name: string): string | undefined {
  const text = archive.text(name);
  if (text !== undefined && /<!ENTITY/i.test(text))
    throw new DocumentRefusal(
      said(
        `${name} in it declares XML entities, which Jianbao does not expand`,
        `其中的 ${name} 声明了 XML 实体，剪报不展开实体`,
      ),
    );
  return text;
}

export function xmlEntry(archive: ZipArchive, name: string): DomDocument | undefined {
  const text = markupEntry(archive, name);
  return text === undefined ? undefined : parseXmlDocument(text);
}

const VOID_ELEMENTS = /^(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)$/i;

/**
 * XHTML as HTML: `<a id="p12"/>` is a whole element in XML but an open tag in HTML, where it would swallow the
 * rest of the chapter; such elements are closed where they open.
 */
export function xhtmlAsHtml(xhtml: string): string {
  return xhtml
    .replace(/^\s*<\?xml[^>]*\?>/, '')
    .replace(
      /<([a-zA-Z][\w:.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)\s*\/>/g,
      (whole, tag: string, attributes: string) =>
        VOID_ELEMENTS.test(tag) ? whole : `<${tag}${attributes}></${tag}>`,
    );
}

/** A path inside the archive, resolved against the file that refers to it; the fragment and escapes go. */
export function resolvePath(from: string, href: string): string {
  const path = href.split('#')[0]!;
  let target = path;
  try {
    target = decodeURIComponent(path);
  } catch {
    // A stray % in a name: the name as written.
  }
  const parts = target.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
