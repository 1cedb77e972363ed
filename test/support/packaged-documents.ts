// Builds EPUB and DOCX files in memory for the import tests: the smallest packages their readers accept, with
// the parts the tests need (spine, navigation document or NCX; headings, lists, tables and footnotes).
import { strToU8, zipSync, type Zippable } from 'fflate';

const XML = '<?xml version="1.0" encoding="UTF-8"?>\n';

export interface EpubChapter {
  file: string;
  /** The chapter's title in the table of contents (omitted: the chapter is not in it). */
  tocTitle?: string;
  body: string;
}

export interface EpubOptions {
  version: 2 | 3;
  title: string;
  authors: string[];
  language: string;
  chapters: EpubChapter[];
  /** More entries, by path (encryption.xml, rights.xml, …). */
  extra?: Record<string, string>;
}

function chapterXhtml(title: string, body: string): string {
  return `${XML}<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>${title}</title></head><body>${body}</body></html>`;
}

export function buildEpub(options: EpubOptions): Uint8Array<ArrayBuffer> {
  const { chapters } = options;
  const items = chapters
    .map((c, i) => `<item id="c${i}" href="text/${c.file}" media-type="application/xhtml+xml"/>`)
    .join('');
  const spine = chapters.map((_c, i) => `<itemref idref="c${i}"/>`).join('');
  const listed = chapters.filter((c) => c.tocTitle !== undefined);
  const nav = `${XML}<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents</title></head><body><nav epub:type="toc"><ol>${listed.map((c) => `<li><a href="text/${c.file}">${c.tocTitle}</a></li>`).join('')}</ol></nav></body></html>`;
  const ncx = `${XML}<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>${listed.map((c, i) => `<navPoint id="n${i}" playOrder="${i + 1}"><navLabel><text>${c.tocTitle}</text></navLabel><content src="text/${c.file}"/></navPoint>`).join('')}</navMap></ncx>`;
  const toc =
    options.version === 3
      ? '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>'
      : '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>';
  const opf = `${XML}<package xmlns="http://www.idpf.org/2007/opf" version="${options.version}.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">urn:test:1</dc:identifier><dc:title>${options.title}</dc:title>${options.authors.map((a) => `<dc:creator>${a}</dc:creator>`).join('')}<dc:language>${options.language}</dc:language></metadata><manifest>${toc}${items}</manifest><spine${options.version === 2 ? ' toc="ncx"' : ''}>${spine}</spine></package>`;
  const files: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(
      `${XML}<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`,
    ),
    'OEBPS/content.opf': strToU8(opf),
    [options.version === 3 ? 'OEBPS/nav.xhtml' : 'OEBPS/toc.ncx']: strToU8(options.version === 3 ? nav : ncx),
  };
  for (const c of chapters) files[`OEBPS/text/${c.file}`] = strToU8(chapterXhtml(c.tocTitle ?? '', c.body));
  for (const [path, text] of Object.entries(options.extra ?? {})) files[path] = strToU8(text);
  return Uint8Array.from(zipSync(files));
}

/** An English EPUB 3 of `count` chapters titled "Chapter N", chapter i holding `body(i)` under its heading. */
export function bookOfChapters(count: number, body: (index: number) => string): Uint8Array<ArrayBuffer> {
  return buildEpub({
    version: 3,
    title: 'A long book',
    authors: ['A. Writer'],
    language: 'en',
    chapters: Array.from({ length: count }, (_v, i) => ({
      file: `c${i}.xhtml`,
      tocTitle: `Chapter ${i + 1}`,
      body: `<h1>Chapter ${i + 1}</h1>${body(i)}`,
    })),
  });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

/** A paragraph in Word's XML: plain, or in a named style (Title, Heading1, ListParagraph with a numbering). */
export const docxParagraph = (text: string, style?: string, numbered?: boolean) =>
  `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numbered ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : ''}</w:pPr>${run(text)}</w:p>`;

export const docxTable = (rows: string[][]) =>
  `<w:tbl>${rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${docxParagraph(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;

/** A paragraph whose text is followed by a footnote reference (footnote 1 of footnotes.xml). */
export const docxFootnoted = (text: string) =>
  `<w:p>${run(text)}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r></w:p>`;

export function buildDocx(options: {
  body: string;
  footnote?: string;
  title?: string;
}): Uint8Array<ArrayBuffer> {
  const style = (id: string, name: string) =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ),
    'word/_rels/document.xml.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`,
    ),
    'word/document.xml': strToU8(`${XML}<w:document ${W}><w:body>${options.body}</w:body></w:document>`),
    'word/styles.xml': strToU8(
      `${XML}<w:styles ${W}>${style('Title', 'Title')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}${style('ListParagraph', 'List Paragraph')}</w:styles>`,
    ),
    'word/numbering.xml': strToU8(
      `${XML}<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    ),
    'word/footnotes.xml': strToU8(
      `${XML}<w:footnotes ${W}><w:footnote w:id="1">${docxParagraph(options.footnote ?? '')}</w:footnote></w:footnotes>`,
    ),
    'docProps/core.xml': strToU8(
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${options.title ?? ''}</dc:title><dc:creator>Test Author</dc:creator></cp:coreProperties>`,
    ),
  };
  return Uint8Array.from(zipSync(files));
}
