// Real pictures for the image tests, made in memory: PNGs of one colour (each colour a different file) and
// the HTML, MHTML, EPUB and DOCX wrappings that carry them.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A `size`×`size` PNG filled with one RGB colour. */
export function pngOf(rgb: [number, number, number], size = 8): Uint8Array<ArrayBuffer> {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return new Uint8Array(png);
}

export const dataUri = (png: Uint8Array, type = 'image/png') =>
  `data:${type};base64,${Buffer.from(png).toString('base64')}`;

const FILLER =
  'The river rose overnight and the town council met at dawn to decide what to do about the bridge.';

/** A saved news page whose article holds the given figures' markup between paragraphs. */
export function pageWith(title: string, figures: string[]): string {
  const paragraphs = figures.map((figure, i) => `<p>${FILLER} (${title}, part ${i + 1})</p>${figure}`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.join('')}<p>${FILLER} The end.</p></article></body></html>`;
}

/** A single-file page (MHTML) as Chromium saves one: the HTML part, then the picture parts. */
export function mhtmlWith(
  html: string,
  parts: { location?: string; id?: string; data: Uint8Array }[],
): string {
  const boundary = '----MultipartBoundary--test';
  const part = (headers: string[], body: string) =>
    `--${boundary}\r\n${headers.join('\r\n')}\r\n\r\n${body}\r\n`;
  return [
    'From: <Saved by Blink>\r\nSnapshot-Content-Location: https://news.example/story\r\nSubject: Story\r\nMIME-Version: 1.0\r\n',
    `Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="${boundary}"\r\n\r\n`,
    part(
      [
        'Content-Type: text/html',
        'Content-Transfer-Encoding: binary',
        'Content-Location: https://news.example/story',
      ],
      html,
    ),
    ...parts.map((p) =>
      part(
        [
          'Content-Type: image/png',
          'Content-Transfer-Encoding: base64',
          ...(p.location ? [`Content-Location: ${p.location}`] : []),
          ...(p.id ? [`Content-ID: <${p.id}>`] : []),
        ],
        Buffer.from(p.data).toString('base64'),
      ),
    ),
    `--${boundary}--\r\n`,
  ].join('');
}

/** The zip with entries added or replaced (text or bytes), the rest as it was. */
export function rezip(
  zip: Uint8Array,
  change: (files: Record<string, Uint8Array>) => void,
): Uint8Array<ArrayBuffer> {
  const files = unzipSync(zip);
  change(files);
  return Uint8Array.from(zipSync(files));
}

/** An EPUB's package document with one more manifest item. */
export function withManifestItem(files: Record<string, Uint8Array>, item: string): void {
  const opf = strFromU8(files['OEBPS/content.opf']!);
  files['OEBPS/content.opf'] = strToU8(opf.replace('</manifest>', `${item}</manifest>`));
}

/** A Word paragraph holding one picture (relationship rId9, described as `alt`). */
export const docxPicture = (alt: string) =>
  `<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="914400" cy="914400"/><wp:docPr id="1" name="Picture 1" descr="${alt}"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;

/** A Word document's package with `png` as the picture of relationship rId9. */
export function withDocxMedia(files: Record<string, Uint8Array>, png: Uint8Array): void {
  const types = strFromU8(files['[Content_Types].xml']!);
  files['[Content_Types].xml'] = strToU8(
    types.replace(
      '<Default Extension="xml"',
      '<Default Extension="png" ContentType="image/png"/><Default Extension="xml"',
    ),
  );
  const rels = strFromU8(files['word/_rels/document.xml.rels']!);
  files['word/_rels/document.xml.rels'] = strToU8(
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
    ),
  );
  files['word/media/image1.png'] = png;
}
