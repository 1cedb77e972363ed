import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { FIXTURE_PAGE, tempLibrary, textFile } from '../support/temp-library.js';

const fixture = readFileSync(FIXTURE_PAGE);
const golden = JSON.parse(
  readFileSync(new URL(FIXTURE_PAGE.href.replace(/\.txt$/, '.golden.json')), 'utf8'),
) as {
  articles: { title: string }[];
};

async function call(library: ReturnType<typeof tempLibrary>, method: string, input: unknown) {
  const reply = await library.dispatch(method, input);
  assert.ok(reply.ok, reply.ok ? '' : reply.error.message);
  return reply.value as never;
}

test('importing the example page stores each of its articles with segments and canonical text', async () => {
  const library = tempLibrary();
  const result: {
    imported: { articleIds: number[]; duplicate: boolean; encoding: string }[];
    rejected: unknown[];
  } = await call(library, 'library.import', { files: [{ name: 'page.txt', data: new Uint8Array(fixture) }] });
  assert.deepEqual(result.rejected, []);
  const [file] = result.imported;
  assert.equal(file!.duplicate, false);
  assert.equal(file!.encoding, 'utf-8');
  assert.equal(file!.articleIds.length, golden.articles.length);

  const list: { items: { title: string; sourceName: string }[]; total: number } = await call(
    library,
    'articles.list',
    {},
  );
  assert.equal(list.total, golden.articles.length);
  assert.deepEqual(
    list.items.map((item) => item.title),
    golden.articles.map((article) => article.title),
  );
  const article: { text: string; segments: { text: string; start: number }[] } = await call(
    library,
    'articles.get',
    {
      id: file!.articleIds[0],
    },
  );
  for (const segment of article.segments) {
    assert.equal(article.text.slice(segment.start, segment.start + segment.text.length), segment.text);
  }
  library.close();
});

test('the same content imported twice, even in another encoding, is stored once', async () => {
  const library = tempLibrary();
  const text = '第一段文字。\n\n第二段文字。';
  const first: { imported: { sourceId: number; duplicate: boolean }[] } = await call(
    library,
    'library.import',
    {
      files: [textFile('a.txt', text)],
    },
  );
  const second: { imported: { sourceId: number; duplicate: boolean }[] } = await call(
    library,
    'library.import',
    {
      files: [{ name: 'b.txt', data: new Uint8Array(iconv.encode(text.replace(/\n/g, '\r\n'), 'gb18030')) }],
    },
  );
  assert.equal(second.imported[0]!.duplicate, true);
  assert.equal(second.imported[0]!.sourceId, first.imported[0]!.sourceId);
  const list: { total: number } = await call(library, 'articles.list', {});
  assert.equal(list.total, 1);
  library.close();
});

test('bad files are refused one by one with the file and the reason, and nothing of them is written', async () => {
  const library = tempLibrary();
  const result: { imported: { fileName: string }[]; rejected: { fileName: string; reason: string }[] } =
    await call(library, 'library.import', {
      files: [
        { name: 'empty.txt', data: new Uint8Array() },
        { name: 'photo.txt', data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]) },
        { name: 'huge.txt', data: new Uint8Array(50 * 1024 * 1024 + 1).fill(0x41) },
        textFile('good.md', '# A note\n\nSome **bold** text.'),
      ],
    });
  assert.deepEqual(
    result.rejected.map((file) => file.fileName),
    ['empty.txt', 'photo.txt', 'huge.txt'],
  );
  assert.match(result.rejected[0]!.reason, /^empty\.txt was not imported: the file is empty\.$/);
  assert.match(result.rejected[1]!.reason, /photo\.txt .*binary/);
  assert.match(result.rejected[2]!.reason, /huge\.txt .*50\.0 MB.*up to 50 MB/);
  assert.deepEqual(
    result.imported.map((file) => file.fileName),
    ['good.md'],
  );
  const count = library.store.db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number };
  assert.equal(count.n, 1);
  library.close();
});

test('Markdown keeps its inline formatting for the reader and plain text for annotations', async () => {
  const library = tempLibrary();
  const { imported }: { imported: { articleIds: number[] }[] } = await call(library, 'library.import', {
    files: [
      textFile('note.md', '# 读书笔记\n\nSome **bold** and a [link](https://example.org).\n\n- one\n- two\n'),
    ],
  });
  const article: {
    title: string;
    format: string;
    segments: { type: string; text: string; markdown?: string }[];
  } = await call(library, 'articles.get', { id: imported[0]!.articleIds[0] });
  assert.equal(article.title, '读书笔记');
  assert.equal(article.format, 'markdown');
  assert.deepEqual(article.segments.slice(1), [
    {
      type: 'paragraph',
      text: 'Some bold and a link.',
      markdown: 'Some **bold** and a [link](https://example.org).',
      start: 6,
    },
    { type: 'list-item', text: 'one', start: 29 },
    { type: 'list-item', text: 'two', start: 34 },
  ]);
  library.close();
});

test('an article copied from a news site keeps the date and authors its credit line gives', async () => {
  const library = tempLibrary();
  const text = [
    '市图书馆新馆正式开放',
    '',
    '2024-03-05 09:30　来源：城市晚报　作者：周敏',
    '',
    '　　市图书馆新馆昨天正式开放，首日接待读者三千余人次，少儿阅读区吸引了不少家长带着孩子前来参观。',
    '',
    '　　新馆位于城东文化公园北侧，建筑面积约两万平方米，藏书一百二十万册。',
    '',
  ].join('\n');
  const { imported }: { imported: { articleIds: number[] }[] } = await call(library, 'library.import', {
    files: [textFile('library.txt', text)],
  });
  const article: { title: string; date: string | null; authors: string[] } = await call(
    library,
    'articles.get',
    { id: imported[0]!.articleIds[0]! },
  );
  assert.deepEqual(
    [article.title, article.date, article.authors],
    ['市图书馆新馆正式开放', '2024-03-05', ['周敏']],
  );
  library.close();
});

test("a note's front matter sets the article's date and tags, and heading levels and list markers are stored", async () => {
  const library = tempLibrary();
  const note =
    '---\ntitle: 港口\nauthor: 李伟\ndate: 2024-05-04\ntags: [ports, 贸易]\n---\n## Volumes\n\n2. two\n   - nested\n';
  const { imported }: { imported: { articleIds: number[] }[] } = await call(library, 'library.import', {
    files: [textFile('ports.md', note)],
  });
  const id = imported[0]!.articleIds[0]!;
  const article: {
    title: string;
    date: string | null;
    authors: string[];
    text: string;
    segments: { type: string; text: string; level?: number; marker?: string }[];
  } = await call(library, 'articles.get', { id });
  assert.equal(article.title, '港口');
  assert.equal(article.date, '2024-05-04');
  assert.deepEqual(article.authors, ['李伟']);
  assert.equal(article.text, '港口\n\n李伟\n\nVolumes\n\ntwo\n\nnested');
  assert.deepEqual(
    article.segments.slice(2).map(({ type, level, marker }) => [type, level, marker]),
    [
      ['heading', 2, undefined],
      ['list-item', undefined, '2.'],
      ['list-item', 2, undefined],
    ],
  );
  const { tags }: { tags: { name: string }[] } = await call(library, 'tags.list', { articleId: id });
  assert.deepEqual(tags.map((tag) => tag.name).sort(), ['ports', '贸易']);
  library.close();
});
