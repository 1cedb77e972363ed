// EPUB books and Word documents through the one import pipeline: chapters as articles titled from the book's
// table of contents, a Word file's structure as blocks, and the hostile packages (DRM, zip bombs, paths out of
// the archive, cut-short archives, entity expansion, scripts in chapters) refused or neutralised.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readDocument } from '../../main/node/import/read-document';
import {
  buildDocx,
  buildEpub,
  docxFootnoted,
  docxParagraph,
  docxTable,
  type EpubOptions,
} from '../support/packaged-documents';
import { tempLibrary } from '../support/temp-library';

const BOOK: Omit<EpubOptions, 'version'> = {
  title: '春天的故事',
  authors: ['李明', 'A. Translator'],
  language: 'zh-CN',
  chapters: [
    { file: 'cover.xhtml', body: '<div><img src="../images/cover.jpg" alt="cover"/></div>' },
    {
      file: 'ch1.xhtml',
      tocTitle: '第一章 出发',
      body: '<h1>第一章 出发</h1><p>天刚亮，我们就出发了。<a id="page1"/></p><p>路上的风很冷。</p>',
    },
    {
      file: 'ch2.xhtml',
      tocTitle: 'Chapter Two: The River',
      body: '<h2>II</h2><p>The river was wide.</p><blockquote><p>Keep to the bank.</p></blockquote><ul><li>a boat</li><li>an oar</li></ul>',
    },
    { file: 'ch3.xhtml', body: '<h2>Epilogue</h2><p>And so it ended.</p>' },
  ],
};

let zipBomb: Uint8Array<ArrayBuffer> | undefined;
/** A book of a few hundred kilobytes that would expand to 201 MB of zeros (made once: deflating takes a second). */
const bomb = (): Uint8Array<ArrayBuffer> =>
  (zipBomb ??= Uint8Array.from(
    zipSync({
      mimetype: strToU8('application/epub+zip'),
      'OEBPS/huge.xhtml': new Uint8Array(201 * 1024 * 1024),
    }),
  ));

async function read(name: string, bytes: Uint8Array) {
  const result = await readDocument(name, bytes);
  assert.ok(result.ok, result.ok ? '' : result.reason.en);
  return result.document;
}

async function refusal(name: string, bytes: Uint8Array): Promise<string> {
  const result = await readDocument(name, bytes);
  assert.equal(result.ok, false, `${name} should be refused`);
  return result.ok ? '' : result.reason.en;
}

for (const version of [2, 3] as const) {
  test(`an EPUB ${version} book becomes one article per chapter, titled from its ${version === 3 ? 'navigation document' : 'NCX'}`, async () => {
    const document = await read('spring.epub', buildEpub({ version, ...BOOK }));
    assert.equal(document.encoding, 'epub');
    const { articles, meta } = document.page;
    assert.deepEqual(
      articles.map((a) => a.title),
      ['第一章 出发', 'Chapter Two: The River', 'Epilogue'],
      'the cover (no text) is no chapter; an untitled chapter takes its heading',
    );
    assert.deepEqual(meta.title, ['春天的故事']);
    assert.deepEqual(meta.author, ['李明', 'A. Translator']);
    assert.deepEqual(meta.language, ['zh-CN']);
    for (const article of articles) {
      assert.equal(article.section, '春天的故事');
      assert.deepEqual(article.authors, ['李明', 'A. Translator']);
    }
    const [one, two] = articles;
    assert.deepEqual(
      one!.blocks.map((b) => b.text),
      ['天刚亮，我们就出发了。', '路上的风很冷。'],
      'the heading that repeats the title is not a block; an anchor written <a/> swallows nothing',
    );
    assert.deepEqual(
      two!.blocks.map((b) => `${b.type}: ${b.text}`),
      [
        'heading: II',
        'paragraph: The river was wide.',
        'quote: Keep to the bank.',
        'list-item: a boat',
        'list-item: an oar',
      ],
    );
  });
}

test('an EPUB with encrypted chapters or a rights file is refused as DRM-protected; obfuscated fonts are not DRM', async () => {
  const encryption = (uri: string, algorithm: string) =>
    `<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData><enc:EncryptionMethod Algorithm="${algorithm}"/><enc:CipherData><enc:CipherReference URI="${uri}"/></enc:CipherData></enc:EncryptedData></encryption>`;
  const drm = buildEpub({
    version: 3,
    ...BOOK,
    extra: {
      'META-INF/encryption.xml': encryption(
        'OEBPS/text/ch1.xhtml',
        'http://www.w3.org/2001/04/xmlenc#aes128-cbc',
      ),
    },
  });
  assert.match(await refusal('locked.epub', drm), /DRM/);
  const rights = buildEpub({ version: 2, ...BOOK, extra: { 'META-INF/rights.xml': '<rights/>' } });
  assert.match(await refusal('adobe.epub', rights), /DRM/);
  const fonts = buildEpub({
    version: 3,
    ...BOOK,
    extra: {
      'META-INF/encryption.xml': encryption('OEBPS/fonts/serif.otf', 'http://www.idpf.org/2008/embedding'),
    },
  });
  assert.equal((await read('fonts.epub', fonts)).page.articles.length, 3);
});

test('a zip bomb, a path out of the archive and a cut-short archive are refused before anything is unpacked', async () => {
  assert.ok(bomb().length < 1024 * 1024, 'a small file that expands to 201 MB');
  assert.match(await refusal('bomb.epub', bomb()), /expand to 201 MB.*200 MB/);

  const escape = zipSync({
    mimetype: strToU8('application/epub+zip'),
    '../../etc/evil.xhtml': strToU8('<p>x</p>'),
  });
  assert.match(
    await refusal('escape.epub', escape),
    /path outside the archive \(\.\.\/\.\.\/etc\/evil\.xhtml\)/,
  );
  const absolute = zipSync({ '/etc/passwd': strToU8('root') });
  assert.match(await refusal('absolute.docx', absolute), /path outside the archive/);

  const book = buildEpub({ version: 3, ...BOOK });
  assert.match(
    await refusal('cut.epub', book.subarray(0, Math.floor(book.length / 2))),
    /damaged or incomplete zip/,
  );
});

test('a book whose file lacks a chapter its spine lists is read without it, and the import names the chapter', async () => {
  const entries = unzipSync(buildEpub({ version: 3, ...BOOK }));
  const lost = Object.keys(entries).find((name) => name.endsWith('ch2.xhtml'))!;
  delete entries[lost];
  const document = await read('damaged.epub', zipSync(entries));
  assert.deepEqual(
    document.page.articles.map((a) => a.title),
    ['第一章 出发', 'Epilogue'],
  );
  assert.deepEqual(
    document.notices?.map((n) => n.en),
    [
      'a chapter the book lists is missing from the file (it may be damaged) and left out: “Chapter Two: The River”',
    ],
  );
  // A whole book has nothing to say.
  assert.equal((await read('book.epub', buildEpub({ version: 3, ...BOOK }))).notices, undefined);
});

const LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE package [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>`;

test('XML that declares entities (billion laughs, external entities) is refused, never expanded', async () => {
  const book = buildEpub({
    version: 3,
    ...BOOK,
    chapters: [{ file: 'ch1.xhtml', tocTitle: 'One', body: '<p>&lol3; &xxe;</p>' }],
  });
  // The chapter itself declares the entities.
  const unzipped = unzipSync(book);
  const chapter = new TextDecoder().decode(unzipped['OEBPS/text/ch1.xhtml']);
  unzipped['OEBPS/text/ch1.xhtml'] = strToU8(chapter.replace(/^<\?xml[^>]*\?>\n<!DOCTYPE html>/, LAUGHS));
  assert.match(await refusal('laughs.epub', zipSync(unzipped)), /declares XML entities/);

  const docx = buildDocx({ body: docxParagraph('&lol3;') });
  const parts = unzipSync(docx);
  const body = new TextDecoder().decode(parts['word/document.xml']);
  parts['word/document.xml'] = strToU8(
    body.replace(/^<\?xml[^>]*\?>\n/, LAUGHS.replace('package', 'w:document')),
  );
  assert.match(
    await refusal('laughs.docx', zipSync(parts)),
    /word\/document\.xml in it declares XML entities/,
  );
});

test('scripts and handlers in a chapter never reach the text', async () => {
  const book = buildEpub({
    version: 3,
    ...BOOK,
    chapters: [
      {
        file: 'ch1.xhtml',
        tocTitle: 'One',
        body: '<p onclick="alert(1)">Safe text.</p><script>alert("chapter")</script><iframe src="https://evil.example/"></iframe><a href="javascript:alert(1)">link text</a><svg><script>alert(2)</script></svg>',
      },
    ],
  });
  const document = await read('scripts.epub', book);
  assert.deepEqual(
    document.page.articles[0]!.blocks.map((b) => b.text),
    ['Safe text.', 'link text'],
  );
  assert.doesNotMatch(document.content, /alert|evil/);
});

const REPORT = buildDocx({
  title: 'Annual report 2024',
  body: [
    docxParagraph('Annual report 2024', 'Title'),
    docxParagraph('Results', 'Heading1'),
    docxFootnoted('Sales rose by a third.'),
    docxParagraph('North led the growth', 'ListParagraph', true),
    docxParagraph('South held steady', 'ListParagraph', true),
    docxParagraph('By region', 'Heading2'),
    docxTable([
      ['Region', 'Sales'],
      ['North', '12.5'],
    ]),
  ].join(''),
  footnote: 'Audited figures.',
});

test('a Word document becomes one article: title, headings, list items, table rows and footnotes', async () => {
  const document = await read('report.docx', REPORT);
  assert.equal(document.encoding, 'docx');
  const [article] = document.page.articles;
  assert.equal(article!.title, 'Annual report 2024');
  assert.deepEqual(article!.authors, ['Test Author']);
  assert.deepEqual(
    article!.blocks.map((b) => `${b.type}: ${b.text}`),
    [
      'heading: Results',
      'paragraph: Sales rose by a third.[1]',
      'list-item: North led the growth',
      'list-item: South held steady',
      'heading: By region',
      'paragraph: Region\tSales',
      'paragraph: North\t12.5',
      'list-item: Audited figures.',
    ],
  );
});

test('a zip that is neither EPUB nor DOCX is refused, and a damaged DOCX says so', async () => {
  const other = zipSync({ 'notes.txt': strToU8('hello') });
  assert.match(await refusal('archive.zip', other), /neither an EPUB book nor a Word document/);
  const broken = zipSync({
    '[Content_Types].xml': strToU8(
      '<Types><Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
  });
  assert.match(await refusal('broken.docx', broken), /damaged Word document/);
});

test('a Word 97–2003 file is refused with what to do, not as binary data', async () => {
  const doc = new Uint8Array(4096);
  doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  assert.match(await refusal('report.doc', doc), /before 2007.*save it as \.docx/);
});

test('library.import stores a book chapter by chapter and a Word file as one article; re-import reads them again', async () => {
  const library = tempLibrary();
  try {
    const result = await library.services['library.import']({
      files: [
        { name: 'spring.epub', data: buildEpub({ version: 3, ...BOOK }) },
        { name: 'report.docx', data: REPORT },
        { name: 'bomb.epub', data: bomb() },
      ],
    });
    assert.deepEqual(
      result.imported.map((i) => [i.fileName, i.encoding, i.articleIds.length]),
      [
        ['spring.epub', 'epub', 3],
        ['report.docx', 'docx', 1],
      ],
    );
    assert.equal(result.rejected.length, 1);
    assert.match(result.rejected[0]!.reason, /^bomb\.epub was not imported: it would expand/);
    const chapter = await library.services['articles.get']({ id: result.imported[0]!.articleIds[1]! });
    assert.equal(chapter.title, 'Chapter Two: The River');
    assert.ok(chapter.text.includes('Keep to the bank.'));
    const report = await library.services['articles.get']({ id: result.imported[1]!.articleIds[0]! });
    assert.ok(report.text.includes('North\t12.5'));
    for (const imported of result.imported) {
      const again = await library.services['library.reimport']({ sourceId: imported.sourceId });
      assert.deepEqual(again.articleIds, imported.articleIds);
    }
  } finally {
    library.close();
  }
});
