// Every reader makes figure blocks: a picture the file holds is stored by its SHA-256, one it only names (a
// remote address, a file beside it) is a placeholder with that address, and the caption is the block's text.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { ParsedBlock } from '../../shared/contract/article.js';
import { collectImages, MAX_IMAGE_BYTES } from '../../main/node/import/images/collect-images.js';
import { readDocument, type ReadDocument } from '../../main/node/import/read-document.js';
import { buildDocx, buildEpub, docxParagraph } from '../support/packaged-documents.js';
import {
  dataUri,
  docxPicture,
  mhtmlWith,
  pageWith,
  pngOf,
  rezip,
  withDocxMedia,
  withManifestItem,
} from '../support/pictures.js';

const RED = pngOf([255, 0, 0]);
const BLUE = pngOf([0, 0, 255]);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const encode = (text: string) => new TextEncoder().encode(text);

async function read(name: string, bytes: Uint8Array): Promise<ReadDocument> {
  const result = await readDocument(name, bytes);
  assert.ok(result.ok, result.ok ? '' : result.reason.en);
  return result.document;
}

const figures = (document: ReadDocument): ParsedBlock[] =>
  document.page.articles.flatMap((article) => article.blocks.filter((block) => block.type === 'figure'));

test('HTML: a data: picture is stored with its caption; a remote one is a placeholder with its address', async () => {
  const html = pageWith('Floods', [
    `<figure><img src="${dataUri(RED)}" alt="A red square"><figcaption>The gauge at noon.</figcaption></figure>`,
    '<p><img src="https://cdn.example/photo.jpg" alt="The bridge"></p>',
    `<img src="${dataUri(RED)}" alt="Again">`,
    '<img src="https://track.example/pixel.gif" width="1" height="1">',
  ]);
  const document = await read('floods.html', encode(html));
  assert.deepEqual(figures(document), [
    { type: 'figure', text: 'The gauge at noon.', figure: { image: sha256(RED), alt: 'A red square' } },
    {
      type: 'figure',
      text: '',
      figure: { image: null, alt: 'The bridge', src: 'https://cdn.example/photo.jpg' },
    },
    { type: 'figure', text: '', figure: { image: sha256(RED), alt: 'Again' } },
  ]);
  assert.deepEqual(
    document.images.map(({ hash, mediaType, data }) => ({ hash, mediaType, size: data.byteLength })),
    [{ hash: sha256(RED), mediaType: 'image/png', size: RED.byteLength }],
    'the same picture twice is stored once; the tracking pixel is nothing',
  );
  assert.ok(document.content.includes('The gauge at noon.'), 'the caption is text of the article');
});

test('MHTML: pictures come from the saved parts, by address or Content-ID; nothing else is fetched', async () => {
  const html = pageWith('Harbour', [
    '<img src="https://news.example/img/red.png" alt="Red">',
    '<img src="img/blue.png" alt="Blue, by a relative address">',
    '<img src="cid:pic-3@mhtml.blink" alt="By Content-ID">',
    '<img src="https://elsewhere.example/not-saved.png" alt="Not saved">',
  ]);
  const mhtml = mhtmlWith(html, [
    { location: 'https://news.example/img/red.png', data: RED },
    { location: 'https://news.example/img/blue.png', data: BLUE },
    { id: 'pic-3@mhtml.blink', data: RED },
  ]);
  const document = await read('harbour.mhtml', encode(mhtml));
  assert.deepEqual(
    figures(document).map((block) => block.figure),
    [
      { image: sha256(RED), alt: 'Red' },
      { image: sha256(BLUE), alt: 'Blue, by a relative address' },
      { image: sha256(RED), alt: 'By Content-ID' },
      { image: null, alt: 'Not saved', src: 'https://elsewhere.example/not-saved.png' },
    ],
  );
  assert.equal(document.images.length, 2);
});

test('EPUB: a chapter shows the manifest pictures it names by a relative path; others are placeholders', async () => {
  const epub = rezip(
    buildEpub({
      version: 3,
      title: 'Pictures',
      authors: ['A. Writer'],
      language: 'en',
      chapters: [
        {
          file: 'one.xhtml',
          tocTitle: 'One',
          body: '<h1>One</h1><p>The first chapter has a picture.</p><figure><img src="../images/red.png" alt="Red"/><figcaption>A red plate.</figcaption></figure><p><img src="../images/unlisted.png" alt="Unlisted"/></p>',
        },
      ],
    }),
    (files) => {
      files['OEBPS/images/red.png'] = RED;
      files['OEBPS/images/unlisted.png'] = BLUE;
      withManifestItem(files, '<item id="red" href="images/red.png" media-type="image/png"/>');
    },
  );
  const document = await read('pictures.epub', epub);
  assert.deepEqual(figures(document), [
    { type: 'figure', text: 'A red plate.', figure: { image: sha256(RED), alt: 'Red' } },
    { type: 'figure', text: '', figure: { image: null, alt: 'Unlisted', src: 'OEBPS/images/unlisted.png' } },
  ]);
  assert.deepEqual(
    document.images.map((image) => image.hash),
    [sha256(RED)],
  );
});

test("EPUB: a chapter of pictures only that the book's contents list (a frontispiece) is an article of its own", async () => {
  const epub = rezip(
    buildEpub({
      version: 3,
      title: 'Plates',
      authors: ['A. Writer'],
      language: 'en',
      chapters: [
        { file: 'blank.xhtml', body: '<div><img src="../images/red.png" alt="An ornament"/></div>' },
        {
          file: 'plate.xhtml',
          tocTitle: 'Frontispiece',
          body: '<div><img src="../images/red.png" alt="The author"/></div>',
        },
        { file: 'one.xhtml', tocTitle: 'One', body: '<h1>One</h1><p>The first chapter.</p>' },
      ],
    }),
    (files) => {
      files['OEBPS/images/red.png'] = RED;
      withManifestItem(files, '<item id="red" href="images/red.png" media-type="image/png"/>');
    },
  );
  const { articles } = (await read('plates.epub', epub)).page;
  assert.deepEqual(
    articles.map((article) => article.title),
    ['Frontispiece', 'One'],
    'an unlisted page of pictures is still no chapter',
  );
  assert.deepEqual(articles[0]!.blocks, [
    { type: 'figure', text: '', figure: { image: sha256(RED), alt: 'The author' } },
  ]);
});

for (const version of [2, 3] as const) {
  test(`EPUB ${version}: the book's cover, which no chapter holds as text, opens its first article`, async () => {
    const cover =
      version === 3
        ? '<item id="c" href="images/cover.png" media-type="image/png" properties="cover-image"/>'
        : '<item id="c" href="images/cover.png" media-type="image/png"/>';
    const epub = rezip(
      buildEpub({
        version,
        title: 'Harbour Tales',
        authors: ['A. Writer'],
        language: 'en',
        chapters: [
          { file: 'cover.xhtml', body: '<div><img src="../images/cover.png" alt="cover"/></div>' },
          { file: 'one.xhtml', tocTitle: 'One', body: '<h1>One</h1><p>The first chapter.</p>' },
          { file: 'two.xhtml', tocTitle: 'Two', body: '<h1>Two</h1><p>The second chapter.</p>' },
        ],
      }),
      (files) => {
        files['OEBPS/images/cover.png'] = BLUE;
        withManifestItem(files, cover);
        if (version === 2) {
          const opf = new TextDecoder().decode(files['OEBPS/content.opf']);
          files['OEBPS/content.opf'] = encode(
            opf.replace('</metadata>', '<meta name="cover" content="c"/></metadata>'),
          );
        }
      },
    );
    const document = await read('tales.epub', epub);
    const [one, two] = document.page.articles;
    assert.deepEqual(one!.blocks[0], {
      type: 'figure',
      text: '',
      figure: { image: sha256(BLUE), alt: 'Harbour Tales' },
    });
    assert.equal(one!.blocks[1]!.text, 'The first chapter.');
    assert.ok(two!.blocks.every((block) => block.type !== 'figure'));
    assert.deepEqual(
      document.images.map((image) => image.hash),
      [sha256(BLUE)],
    );
  });
}

test('DOCX: a picture in the document is stored, described by its alt text', async () => {
  const docx = rezip(
    buildDocx({
      title: 'Report',
      body:
        docxParagraph('Report', 'Title') +
        docxParagraph('The findings follow.') +
        docxPicture('A blue chart'),
    }),
    (files) => withDocxMedia(files, BLUE),
  );
  const document = await read('report.docx', docx);
  assert.deepEqual(figures(document), [
    { type: 'figure', text: '', figure: { image: sha256(BLUE), alt: 'A blue chart' } },
  ]);
  assert.deepEqual(document.images[0]?.data, BLUE);
});

test('Markdown: a data: picture alone in its paragraph is stored, a remote one is a placeholder', async () => {
  const note = `# Note\n\n![A red dot](${dataUri(RED)} "Figure 1. The dot.")\n\nSome text.\n\n![Far](https://example.com/far.png)\n`;
  const document = await read('note.md', encode(note));
  assert.deepEqual(figures(document), [
    { type: 'figure', text: 'Figure 1. The dot.', figure: { image: sha256(RED), alt: 'A red dot' } },
    { type: 'figure', text: '', figure: { image: null, alt: 'Far', src: 'https://example.com/far.png' } },
  ]);
  assert.equal(document.images.length, 1);
});

test('only pictures that cannot run code are kept: anything else is a placeholder, never stored', async () => {
  const bmp = new Uint8Array([0x42, 0x4d, 0, 0, 0, 0]);
  const html = pageWith('Kinds', [
    `<img src="${dataUri(bmp, 'image/png')}" alt="A bitmap that says it is a PNG">`,
    `<img src="data:text/html;base64,${Buffer.from('<script>alert(1)</script>').toString('base64')}" alt="HTML">`,
  ]);
  const document = await read('kinds.html', encode(html));
  assert.deepEqual(
    figures(document).map((block) => block.figure),
    [
      { image: null, alt: 'A bitmap that says it is a PNG' },
      { image: null, alt: 'HTML' },
    ],
  );
  assert.deepEqual(document.images, []);
});

test('a picture over 20 MB, or pictures over 200 MB in one file, refuse the file with the reason', async () => {
  const big = new Uint8Array(MAX_IMAGE_BYTES + 1024 * 1024 + 5);
  big.set(RED.subarray(0, 8));
  const mhtml = mhtmlWith(pageWith('Big', ['<img src="https://news.example/big.png" alt="Big">']), [
    { location: 'https://news.example/big.png', data: big },
  ]);
  const refused = await readDocument('big.mhtml', encode(mhtml));
  assert.ok(!refused.ok);
  assert.match(
    refused.reason.en,
    /the picture https:\/\/news\.example\/big\.png is 21\.0 MB; pictures up to 20 MB are kept/,
  );

  // Eleven different pictures of 19 MB each: each is allowed, together they are not.
  const pictures = Array.from({ length: 11 }, (_, i) => {
    const bytes = new Uint8Array(19 * 1024 * 1024);
    bytes.set(RED.subarray(0, 8));
    bytes[100] = i;
    return bytes;
  });
  const page = {
    meta: {},
    articles: [
      {
        section: null,
        kicker: null,
        title: 'Many',
        subtitle: null,
        byline: null,
        authors: [],
        dateline: null,
        rubric: null,
        blocks: pictures.map((_, i): ParsedBlock => ({
          type: 'figure',
          text: '',
          figure: { image: null, alt: '', src: `p${i}.png` },
        })),
      },
    ],
  };
  assert.throws(
    () => collectImages(page, (src) => pictures[Number(src.slice(1, -4))]),
    /its pictures come to more than 200 MB, the most one file may bring/,
  );
});
