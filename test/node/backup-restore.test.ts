import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Annotation } from '../../shared/contract/api.js';
import { openLibrary } from '../../main/node/library.js';
import { apiOf, encode, libraryWithFiles, type Api } from '../support/library-api.js';
import { databaseAtSchema } from '../support/old-schema.js';
import { contentHash } from '../../main/node/import/content-hash.js';
import { FIXTURE_PAGE, storedArticle, tempDbPath, tempLibrary } from '../support/temp-library.js';

const FILES = {
  'rivers.md': '# Rivers\n\nThe Yangtze is the longest river in Asia. 长江是亚洲最长的河流。\n',
  'hills.md': '# Hills\n\nHills are smaller than mountains, and greener.\n',
  'plain.md': '# Plain\n\nNothing of the user is on this one.\n',
};

/** What must survive a backup: everything but the library's own ids. */
const portable = ({ id: _id, articleId: _articleId, ...rest }: Annotation) => rest;

async function userData(api: Api, ids: Record<string, number>) {
  const data: Record<string, unknown> = {};
  for (const [name, id] of Object.entries(ids)) {
    data[name] = {
      annotations: (await api('annotations.list', { articleId: id })).map(portable),
      bookmarks: (await api('bookmarks.list', { articleId: id })).map(({ offset, label, createdAt }) => ({
        offset,
        label,
        createdAt,
      })),
      tags: (await api('tags.list', { articleId: id })).tags.map((tag) => tag.name),
    };
  }
  return data;
}

async function annotatedLibrary() {
  const source = await libraryWithFiles(FILES);
  const { api, ids } = source;
  const rivers = ids['rivers.md']!;
  const { text } = await api('articles.get', { id: rivers });
  await api('annotations.create', {
    articleId: rivers,
    start: text.indexOf('长江'),
    end: text.indexOf('长江') + 2,
    color: 'pink',
    style: 'underline',
    note: '**Long**',
    tags: ['china', 'rivers'],
  });
  await api('annotations.create', {
    articleId: rivers,
    kind: 'note',
    note: 'On the whole article.',
    tags: ['summary'],
  });
  await api('annotations.create', { articleId: ids['hills.md']!, start: 0, end: 5, color: 'green' });
  await api('bookmarks.create', { articleId: rivers, offset: 10, label: 'here' });
  await api('articles.setTags', { articleId: ids['hills.md']!, tags: ['landscape'] });
  // Orphaned by a re-import, then backed up: it must stay orphaned, with its quote.
  const { text: hillText } = await api('articles.get', { id: ids['hills.md']! });
  await api('annotations.create', {
    articleId: ids['hills.md']!,
    start: hillText.indexOf('greener'),
    end: hillText.indexOf('greener') + 7,
  });
  return source;
}

test('a backup restored onto a fresh library with the same articles brings back every annotation, bookmark and tag', async () => {
  const first = await annotatedLibrary();
  const { json, fileName } = await first.api('backup.create', {});
  assert.match(fileName, /^jianbao-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const expected = await userData(first.api, first.ids);

  const second = await libraryWithFiles(FILES);
  assert.deepEqual(await second.api('backup.restore', { json }), {
    sources: 0,
    articles: 0,
    annotations: 4,
    bookmarks: 1,
    tags: 4,
    skipped: 0,
    orphaned: 0,
    unmatched: 0,
  });
  assert.deepEqual(await userData(second.api, second.ids), expected);

  // Twice: nothing new, everything skipped.
  const again = await second.api('backup.restore', { json });
  assert.deepEqual(again, {
    sources: 0,
    articles: 0,
    annotations: 0,
    bookmarks: 0,
    tags: 0,
    skipped: 6,
    orphaned: 0,
    unmatched: 0,
  });
  assert.deepEqual(await userData(second.api, second.ids), expected);
  first.library.close();
  second.library.close();
});

test('orphaned annotations stay orphaned through a backup; sources the library lacks are recreated', async () => {
  const first = await annotatedLibrary();
  const hillsSource = (await first.api('articles.get', { id: first.ids['hills.md']! })).sourceId;
  const changed = '# Hills\n\nHills are smaller than mountains.\n';
  const reimported = await first.api('library.reimport', {
    sourceId: hillsSource,
    file: { name: 'hills.md', data: encode(changed) },
  });
  assert.equal(reimported.orphaned, 1);
  const { json } = await first.api('backup.create', {});

  const second = await libraryWithFiles({ 'hills.md': changed });
  const counts = await second.api('backup.restore', { json });
  assert.deepEqual(
    [counts.sources, counts.articles, counts.annotations, counts.orphaned, counts.unmatched],
    [2, 2, 4, 1, 0],
  );
  const orphan = (await second.api('annotations.list', { articleId: second.ids['hills.md']! })).find(
    (annotation) => annotation.status === 'orphaned',
  );
  assert.equal(orphan?.quote, 'greener');
  first.library.close();
  second.library.close();
});

test('a damaged or foreign backup is refused with a clear message and changes nothing', async () => {
  const { library, api } = await libraryWithFiles(FILES);
  await assert.rejects(api('backup.restore', { json: '{not json' }), {
    code: 'invalid_input',
    message: /not valid JSON/,
  });
  await assert.rejects(api('backup.restore', { json: '{"format":"other"}' }), { code: 'invalid_input' });
  await assert.rejects(
    api('backup.restore', { json: JSON.stringify({ format: 'jianbao-backup', version: 99 }) }),
    { code: 'invalid_input', message: /newer Jianbao/ },
  );
  assert.equal((await api('annotations.all', {})).total, 0);
  library.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u;
/** Everything a user sees of the library, without its local ids, in a stable order. */
async function everything(api: Api) {
  const { items } = await api('articles.list', { sort: 'title', limit: 1000, archived: 'include' });
  const articles = [];
  for (const item of items) {
    const article = await api('articles.get', { id: item.id });
    articles.push({
      ...article,
      id: undefined,
      sourceId: undefined,
      annotations: (await api('annotations.list', { articleId: item.id })).map(
        ({ id: _a, articleId: _b, ...rest }: Annotation) => rest,
      ),
      bookmarks: (await api('bookmarks.list', { articleId: item.id })).map(
        ({ id: _a, articleId: _b, ...rest }) => rest,
      ),
      tags: (await api('tags.list', { articleId: item.id })).tags,
      collections: (await api('collections.list', { articleId: item.id })).collections.map((c) => c.name),
    });
  }
  return {
    articles,
    tags: await api('tags.list', {}),
    templates: await api('export.templates.get', {}),
    collections: (await api('collections.list', {})).collections.map(({ id: _id, ...rest }) => rest),
  };
}

/**
 * annotatedLibrary, and a newspaper page (several articles), a reading position, a custom template,
 * and what library management sets: read, archived, a date, a source name, a new title, collections.
 */
async function wholeLibrary() {
  const source = await annotatedLibrary();
  const { api, ids } = source;
  const { imported } = await api('library.import', {
    files: [{ name: 'page.txt', data: encode(readFileSync(FIXTURE_PAGE, 'utf8')) }],
  });
  await api('annotations.create', {
    articleId: imported[0]!.articleIds[0]!,
    start: 0,
    end: 4,
    tags: ['party'],
  });
  await api('articles.setReadingPosition', { articleId: ids['hills.md']!, offset: 12 });
  await api('export.templates.set', {
    article: '# {{title}}\n\n{{#highlights}}- {{quote}}\n{{/highlights}}',
  });
  const [first, second] = imported[0]!.articleIds;
  await api('articles.update', { id: ids['rivers.md']!, read: true, date: '2024-05-04' });
  await api('articles.update', { id: first!, archived: true, sourceName: 'People’s Daily' });
  // Not on the page: the test re-imports that, which parses its headlines again.
  await api('articles.update', { id: ids['plain.md']!, title: 'A headline of my own' });
  const reading = await api('collections.create', { name: 'Reading list' });
  await api('collections.addArticles', { id: reading.id, articleIds: [ids['hills.md']!, second!] });
  await api('collections.create', { name: 'Nothing yet' });
  return source;
}

test('a backup restored into an empty library recreates every source, article, annotation, bookmark, tag, setting and reading position', async () => {
  const first = await wholeLibrary();
  const { json } = await first.api('backup.create', {});
  const expected = await everything(first.api);
  assert.ok(expected.articles.length > 4, 'the newspaper page gives several articles');

  const empty = tempLibrary();
  const api = apiOf(empty);
  const counts = await api('backup.restore', { json });
  assert.deepEqual(
    [counts.sources, counts.articles, counts.annotations, counts.bookmarks, counts.unmatched],
    [4, expected.articles.length, 5, 1, 0],
  );
  assert.deepEqual(await everything(api), expected);
  // Searchable, and the original text is back: the source can be parsed again.
  assert.equal((await api('search.query', { query: '长江' })).hits.length, 1);
  const page = (await api('articles.list', { source: 'page.txt' })).items[0]!;
  const reparsed = await api('library.reimport', { sourceId: page.sourceId });
  assert.equal(reparsed.orphaned, 0);
  // A backup of the restored library is the same document, but for when it was made.
  const again = JSON.parse((await api('backup.create', {})).json);
  assert.deepEqual({ ...again, createdAt: null }, { ...JSON.parse(json), createdAt: null });
  // And restoring twice is restoring once.
  const twice = await api('backup.restore', { json });
  assert.deepEqual([twice.sources, twice.articles, twice.annotations, twice.bookmarks], [0, 0, 0, 0]);
  assert.deepEqual(await everything(api), expected);
  first.library.close();
  empty.close();
});

test('a backup taken before a re-import, restored onto the re-imported article, adds nothing', async () => {
  const { library, api, ids, sources } = await libraryWithFiles({ 'hills.md': FILES['hills.md'] });
  const hills = ids['hills.md']!;
  const { text } = await api('articles.get', { id: hills });
  const quote = 'smaller than mountains';
  await api('annotations.create', {
    articleId: hills,
    start: text.indexOf(quote),
    end: text.indexOf(quote) + quote.length,
  });
  const { json } = await api('backup.create', {});
  await api('library.reimport', {
    sourceId: sources['hills.md']!,
    file: {
      name: 'hills.md',
      data: encode('# Hills\n\nHills are smaller than big mountains, and greener.\n'),
    },
  });
  const [moved] = await api('annotations.list', { articleId: hills });
  assert.notEqual(moved!.quote, quote, 'the re-import re-quoted it');

  const counts = await api('backup.restore', { json });
  assert.deepEqual([counts.sources, counts.articles, counts.annotations, counts.skipped], [0, 0, 0, 1]);
  assert.deepEqual(await api('annotations.list', { articleId: hills }), [moved]);
  library.close();
});

test('a backup with a damaged original text is refused with a sentence and writes nothing', async () => {
  const first = await wholeLibrary();
  const made = JSON.parse((await first.api('backup.create', {})).json);
  first.library.close();
  const damaged = {
    'broken compressed data': (copy: typeof made) =>
      (copy.sources[3].content = Buffer.from('no deflate').toString('base64')),
    'another text': (copy: typeof made) =>
      (copy.sources[3].content = deflateRawSync(Buffer.from('Some other text.')).toString('base64')),
  };
  const empty = tempLibrary();
  const api = apiOf(empty);
  for (const [what, damage] of Object.entries(damaged)) {
    const copy = structuredClone(made);
    damage(copy);
    await assert.rejects(
      api('backup.restore', { json: JSON.stringify(copy) }),
      {
        code: 'invalid_input',
        message:
          /^This backup is damaged: the original text of .+ (cannot be read \(its compressed data is broken\)|does not match its content hash)\.$/,
      },
      what,
    );
  }
  const cut = JSON.stringify(made);
  await assert.rejects(api('backup.restore', { json: cut.slice(0, cut.length - 100) }), {
    code: 'invalid_input',
    message: /cut short/,
  });
  // The first three sources were fine, and were not kept either: all or nothing.
  assert.deepEqual(await everything(api), await everything(apiOf(tempLibrary())));
  empty.close();
});

test('migration 6 gives every existing annotation its own UUID, kept from then on', async () => {
  const path = tempDbPath();
  const old = databaseAtSchema(path, 5);
  old.exec(`INSERT INTO sources (id, file_name, content_hash, encoding, byte_size, packed_content, imported_at)
      VALUES (1, 'old.txt', 'h', 'utf-8', 1, x'', '2024-01-01T00:00:00Z');`);
  old
    .prepare(
      `INSERT INTO articles (id, source_id, position, format, title, segments, packed_text)
     VALUES (1, 1, 0, 'text', 'Old', '[]', ?)`,
    )
    .run(deflateRawSync(Buffer.from('An old text, twice annotated.')));
  old.exec(`INSERT INTO annotations (article_id, start_offset, end_offset, quote, prefix, suffix, color, created_at, updated_at)
      VALUES (1, 0, 2, 'An', '', ' old', 'blue', '2024-01-02', '2024-01-02'),
             (1, 3, 6, 'old', 'An ', ' text', 'blue', '2024-01-02', '2024-01-02');`);
  old.close();

  const library = openLibrary(path);
  const api = apiOf(library);
  const uuids = (await api('annotations.list', { articleId: 1 })).map((annotation) => annotation.uuid);
  assert.equal(uuids.length, 2);
  assert.ok(uuids.every((uuid) => UUID.test(uuid)));
  assert.notEqual(uuids[0], uuids[1]);
  const created = await api('annotations.create', { articleId: 1, start: 7, end: 11 });
  assert.match(created.uuid, UUID);
  const { json } = await api('backup.create', {});
  assert.deepEqual(
    JSON.parse(json).articles[0].annotations.map((annotation: { uuid: string }) => annotation.uuid),
    [...uuids, created.uuid],
  );
  library.close();
});

test('a PDF source keeps its file, and its article where it stood on the page, through a backup', async () => {
  const first = tempLibrary();
  const text = 'A headline\n\nA paragraph read from a PDF page.';
  const region = { page: 1, x0: 10, y0: 20, x1: 300, y1: 40 };
  const original = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x00, 0xff]);
  first.store.insertSource(
    {
      fileName: 'page.pdf',
      contentHash: contentHash(text),
      encoding: 'pdf',
      byteSize: 10,
      content: text,
      pageMeta: {},
      original,
    },
    [{ ...storedArticle('A headline', text), layout: { regions: [region], blocks: [[region]] } }],
  );
  const { json } = await apiOf(first)('backup.create', {});
  first.close();

  const second = tempLibrary();
  const api = apiOf(second);
  assert.equal((await api('backup.restore', { json })).sources, 1);
  const [source] = second.store.db
    .prepare<[], { original: Buffer; layout: string }>(
      'SELECT s.original, a.layout FROM sources s JOIN articles a ON a.source_id = s.id',
    )
    .all();
  assert.deepEqual([...source!.original], [...original]);
  assert.deepEqual(JSON.parse(source!.layout), { regions: [region], blocks: [[region]] });
  const again = JSON.parse((await api('backup.create', {})).json);
  assert.deepEqual({ ...again, createdAt: null }, { ...JSON.parse(json), createdAt: null });
  second.close();
});
