// An EPUB's own table of contents, as chapter titles by file: the EPUB 3 navigation document (nav.xhtml, its
// <nav epub:type="toc">) or else the EPUB 2 NCX. A file the contents name more than once takes its first entry,
// the one that opens it.
import { elementsNamed, parseHtmlDocument, type DomElement } from '../html/dom.js';
import { inlineText } from '../html/html-blocks.js';
import type { ZipArchive } from '../zip/safe-unzip.js';
import { markupEntry, resolvePath, xhtmlAsHtml, xmlEntry } from '../zip/xml-entries.js';

export interface ManifestItem {
  id: string;
  path: string;
  mediaType: string;
  properties: string[];
}

function addEntry(titles: Map<string, string>, path: string, label: string): void {
  const title = label.replace(/\s+/g, ' ').trim();
  if (title && !titles.has(path)) titles.set(path, title);
}

function navTitles(archive: ZipArchive, nav: ManifestItem): Map<string, string> {
  const titles = new Map<string, string>();
  const markup = markupEntry(archive, nav.path);
  if (markup === undefined) return titles;
  const document = parseHtmlDocument(xhtmlAsHtml(markup));
  const navs = Array.from(document.querySelectorAll('nav'));
  const toc = navs.find((element) => /\btoc\b/.test(element.getAttribute('epub:type') ?? '')) ?? navs[0];
  for (const link of Array.from(toc?.querySelectorAll('a[href]') ?? [])) {
    addEntry(titles, resolvePath(nav.path, link.getAttribute('href')!), inlineText(link));
  }
  return titles;
}

function ncxTitles(archive: ZipArchive, ncxPath: string): Map<string, string> {
  const titles = new Map<string, string>();
  const document = xmlEntry(archive, ncxPath);
  if (!document) return titles;
  for (const point of elementsNamed(document, 'navpoint')) {
    const label = elementsNamed(point, 'text')[0];
    const content = elementsNamed(point, 'content')[0] as DomElement | undefined;
    const src = content?.getAttribute('src');
    if (label && src) addEntry(titles, resolvePath(ncxPath, src), label.textContent ?? '');
  }
  return titles;
}

/** Chapter titles by archive path, from the navigation document, else the NCX; empty when the book has neither. */
export function tocTitles(
  archive: ZipArchive,
  manifest: ManifestItem[],
  ncxId: string | null,
): Map<string, string> {
  const nav = manifest.find((item) => item.properties.includes('nav'));
  const fromNav = nav ? navTitles(archive, nav) : new Map<string, string>();
  if (fromNav.size > 0) return fromNav;
  const ncx =
    manifest.find((item) => item.id === ncxId) ??
    manifest.find((item) => item.mediaType === 'application/x-dtbncx+xml');
  return ncx ? ncxTitles(archive, ncx.path) : fromNav;
}
