import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openLibrary, type Library, type LibraryFile } from '../../main/node/library.js';
import { createDispatch } from '../../main/node/services/dispatch.js';
import { createServices } from '../../main/node/services/library-services.js';
import { LibraryStore } from '../../main/node/storage/library-store.js';
import { openDatabase } from '../../main/node/storage/open-database.js';
import { packText } from '../../main/node/storage/compact-text.js';
import { databaseAtSchema } from '../support/old-schema.js';
import { apiOf, encode, libraryWithFiles, type Api } from '../support/library-api.js';
import { FIXTURE_PAGE, tempDbPath } from '../support/temp-library.js';

const RIVERS = '# Rivers\n\nThe Yangtze is the longest river in Asia.\n\nIt flows east to the sea.\n';
const HILLS = '# 山\n\n黄山很高。\n';
/** A newspaper page: several articles from one file. */
const PAGE = readFileSync(FIXTURE_PAGE, 'utf8');

const found = async (api: Api, query: string) =>
  (await api('search.query', { query, sort: 'newest' })).hits.map((hit) => hit.articleId);
const listed = async (api: Api, input: Parameters<Api>[1] = {}) =>
  (await api('articles.list', input as never)).items.map((item) => item.id);

/** Everything the user made on an article, as the services show it. */
async function stateOf(api: Api, id: number) {
  return {
    article: await api('articles.get', { id }),
    annotations: await api('annotations.list', { articleId: id }),
    bookmarks: await api('bookmarks.list', { articleId: id }),
    tags: await api('tags.list', { articleId: id }),
    collections: await api('collections.list', { articleId: id }),
  };
}

async function rejects(promise: Promise<unknown>, code: string, message: RegExp) {
  await assert.rejects(promise, (error: Error & { code?: string }) => {
    assert.equal(error.code, code);
    assert.match(error.message, message);
    return true;
  });
}

test('deleting an article takes everything on it out of the library and search at once; undo puts it back exactly', async () => {
  const { library, api, ids } = await libraryWithFiles({ 'rivers.md': RIVERS, 'hills.md': HILLS });
  const id = ids['rivers.md']!;
  const { text } = await api('articles.get', { id });
  const at = text.indexOf('longest');
  await api('annotations.create', { articleId: id, start: at, end: at + 7, note: '最长', tags: ['geo'] });
  await api('bookmarks.create', { articleId: id, offset: at, label: 'here' });
  await api('articles.setTags', { articleId: id, tags: ['water'] });
  await api('articles.setReadingPosition', { articleId: id, offset: at });
  const shelf = await api('collections.create', { name: 'Shelf' });
  await api('collections.addArticles', { id: shelf.id, articleIds: [id] });
  await api('articles.update', { id, read: true, date: '2024-03-05', sourceName: 'River Daily' });
  const before = await stateOf(api, id);

  const deleted = await api('articles.delete', { ids: [id] });
  assert.deepEqual([deleted.articles, deleted.sources, deleted.annotations], [1, 1, 1]);
  assert.deepEqual(await listed(api), [ids['hills.md']]);
  assert.deepEqual(await found(api, 'yangtze'), []);
  assert.deepEqual(await found(api, '最长'), [], 'notes leave the index too');
  assert.deepEqual((await api('tags.list', {})).tags, [], 'tags nothing carries any more go');
  assert.equal((await api('collections.list', {})).collections[0]!.articleCount, 0);
  await rejects(api('articles.get', { id }), 'not_found', /no article/);

  assert.deepEqual(await api('library.undoDelete', { token: deleted.token }), { articleIds: [id] });
  assert.deepEqual(await stateOf(api, id), before);
  assert.deepEqual(await found(api, 'yangtze'), [id]);
  assert.deepEqual(await found(api, '最长'), [id]);
  assert.deepEqual(await found(api, 'tag:water'), [id]);
  await rejects(api('library.undoDelete', { token: deleted.token }), 'not_found', /no longer be undone/);
  library.close();
});

test('deleting some articles of a file keeps the file; the last one takes it along, and importing it again works', async () => {
  const { library, api } = await libraryWithFiles({ 'page.txt': PAGE });
  const ids = await listed(api);
  assert.ok(ids.length >= 2);
  const some = await api('articles.delete', { ids: ids.slice(1) });
  assert.deepEqual([some.articles, some.sources], [ids.length - 1, 0]);
  const last = await api('articles.delete', { ids: ids.slice(0, 1) });
  assert.deepEqual([last.articles, last.sources], [1, 1]);
  const again = await api('library.import', { files: [{ name: 'page.txt', data: encode(PAGE) }] });
  assert.equal(again.imported[0]!.duplicate, false, 'a deleted file is no duplicate');
  // Its place is taken now: the undo says so and changes nothing.
  await rejects(api('library.undoDelete', { token: last.token }), 'rejected', /changed since/);
  assert.equal((await api('articles.list', {})).total, ids.length);
  await rejects(api('articles.delete', { ids: [999] }), 'not_found', /no article 999.*Nothing was deleted/);
  library.close();
});

test('a source whose articles hold annotations is deleted only when confirmed, and comes back whole', async () => {
  const { library, api, sources } = await libraryWithFiles({ 'page.txt': PAGE, 'hills.md': HILLS });
  const sourceId = sources['page.txt']!;
  const ids = await listed(api, { source: 'page' });
  await api('annotations.create', { articleId: ids[0]!, start: 0, end: 5 });

  const asked = await api('sources.delete', { sourceId });
  assert.deepEqual(asked, { deleted: false, articles: ids.length, annotations: 1 });
  assert.equal((await api('articles.list', {})).total, ids.length + 1, 'nothing deleted unconfirmed');

  const done = await api('sources.delete', { sourceId, confirmed: true });
  assert.ok(done.deleted);
  assert.deepEqual([done.articles, done.sources, done.annotations], [ids.length, 1, 1]);
  assert.equal((await api('articles.list', {})).total, 1);
  await api('library.undoDelete', { token: done.token });
  assert.deepEqual(await listed(api, { source: 'page' }), ids);
  assert.equal((await api('annotations.list', { articleId: ids[0]! })).length, 1);
  // Without annotations no question is asked.
  const hills = await api('sources.delete', { sourceId: sources['hills.md']! });
  assert.equal(hills.deleted, true);
  await rejects(api('sources.delete', { sourceId: 999 }), 'not_found', /no source 999/);
  library.close();
});

test('renaming rewrites the headline in the text; annotations after it keep their passages', async () => {
  const { library, api, ids } = await libraryWithFiles({ 'rivers.md': RIVERS });
  const id = ids['rivers.md']!;
  const { text } = await api('articles.get', { id });
  const at = text.indexOf('flows east');
  const made = await api('annotations.create', { articleId: id, start: at, end: at + 10 });
  await api('bookmarks.create', { articleId: id, offset: at });

  await api('articles.update', { id, title: '长江 The Great River' });
  const renamed = await api('articles.get', { id });
  assert.equal(renamed.title, '长江 The Great River');
  assert.equal(renamed.segments[0]!.text, '长江 The Great River');
  assert.ok(renamed.text.startsWith('长江 The Great River\n\n'));
  const [moved] = await api('annotations.list', { articleId: id });
  assert.equal(renamed.text.slice(moved!.start, moved!.end), 'flows east');
  assert.equal(moved!.quote, made.quote);
  const [bookmark] = await api('bookmarks.list', { articleId: id });
  assert.equal(renamed.text.slice(bookmark!.offset).slice(0, 5), 'flows');
  assert.deepEqual(await found(api, 'great river'), [id]);
  assert.deepEqual(await found(api, 'rivers'), [], 'the old headline is not found any more');
  library.close();
});

test('metadata: authors, date and source name are edited and reset; the source filter finds the new name', async () => {
  const { library, api, ids } = await libraryWithFiles({ 'rivers.md': RIVERS });
  const id = ids['rivers.md']!;
  await api('articles.update', {
    id,
    authors: ['Li Wei', 'Ann'],
    date: '2024-02-29',
    sourceName: '人民日报',
  });
  let article = await api('articles.get', { id });
  assert.deepEqual(
    [article.authors, article.date, article.sourceName],
    [['Li Wei', 'Ann'], '2024-02-29', '人民日报'],
  );
  assert.deepEqual(await listed(api, { source: '人民' }), [id]);
  assert.deepEqual(await listed(api, { source: 'rivers.md' }), [id], 'the file name still matches');
  await api('articles.update', { id, date: null, sourceName: null });
  article = await api('articles.get', { id });
  assert.deepEqual([article.date, article.sourceName], [null, 'rivers.md']);
  await rejects(api('articles.update', { id, date: '2024-13-01' }), 'invalid_input', /YYYY-MM-DD/);
  await rejects(api('articles.update', { id }), 'invalid_input', /say what to change/);
  await rejects(api('articles.update', { id: 999, read: true }), 'not_found', /no article 999/);
  library.close();
});

test('read, archived, progress and continue reading', async () => {
  // A clock a second further at each reading, so "most recently read" is never a tie.
  let clock = Date.parse('2024-01-01T00:00:00Z');
  const db = openDatabase(tempDbPath());
  const store = new LibraryStore(db, () => new Date((clock += 1000)));
  const dispatch = createDispatch(createServices(store, {} as LibraryFile), { language: () => 'en' });
  const api = apiOf({ dispatch } as Pick<Library, 'dispatch'> as Library);
  const { imported } = await api('library.import', {
    files: ['a', 'b', 'c'].map((name) => ({
      name: `${name}.md`,
      data: encode(`# ${name}\n\n${'word '.repeat(39)}end\n`),
    })),
  });
  const [a, b, c] = imported.map((file) => file.articleIds[0]!);
  const length = (await api('articles.get', { id: a! })).text.length;
  await api('articles.setReadingPosition', { articleId: a!, offset: Math.round(length / 4) });
  await api('articles.setReadingPosition', { articleId: b!, offset: length });
  await api('articles.setReadingPosition', { articleId: c!, offset: 0 });
  const items = new Map((await api('articles.list', {})).items.map((item) => [item.id, item]));
  assert.deepEqual(
    [a, b, c].map((id) => items.get(id!)!.progress),
    [25, 100, 0],
  );
  assert.equal((await api('articles.get', { id: a! })).progress, 25);
  // Most recently read first among those being read; a read one is done.
  await api('articles.update', { id: b!, read: true });
  assert.deepEqual(await listed(api, { sort: 'continue' }), [c, a, b]);
  assert.equal(items.get(a!)!.read, false);
  assert.equal((await api('articles.get', { id: b! })).read, true);

  await api('articles.update', { id: a!, archived: true });
  assert.deepEqual((await listed(api)).sort(), [b, c].sort());
  assert.deepEqual(await listed(api, { archived: 'only' }), [a]);
  assert.equal((await api('articles.list', { archived: 'include' })).total, 3);
  assert.deepEqual(await found(api, 'end'), [c, b, a], 'search still covers archived articles');
  await api('articles.update', { id: a!, archived: false, read: false });
  assert.equal((await api('articles.list', {})).total, 3);
  db.close();
});

test('collections: an article in several, filter, rename, remove, delete; names are unique in any case', async () => {
  const { library, api, ids } = await libraryWithFiles({ 'rivers.md': RIVERS, 'hills.md': HILLS });
  const [rivers, hills] = [ids['rivers.md']!, ids['hills.md']!];
  const read = await api('collections.create', { name: 'To read' });
  const geo = await api('collections.create', { name: '地理' });
  await rejects(api('collections.create', { name: 'to READ' }), 'rejected', /named “To read” already/);
  await api('collections.addArticles', { id: read.id, articleIds: [rivers, hills] });
  assert.equal(
    (await api('collections.addArticles', { id: geo.id, articleIds: [rivers, rivers] })).articleCount,
    1,
  );
  assert.deepEqual(
    (await api('collections.list', { articleId: rivers })).collections.map((c) => c.name),
    ['To read', '地理'],
  );
  assert.deepEqual(await listed(api, { collection: geo.id }), [rivers]);
  assert.deepEqual((await listed(api, { collection: read.id })).sort(), [rivers, hills].sort());

  assert.equal((await api('collections.rename', { id: geo.id, name: 'Geography' })).name, 'Geography');
  await rejects(api('collections.rename', { id: geo.id, name: 'to read' }), 'rejected', /already/);
  await api('collections.removeArticles', { id: read.id, articleIds: [hills] });
  assert.deepEqual(await listed(api, { collection: read.id }), [rivers]);
  assert.deepEqual(await api('collections.delete', { id: read.id }), { deleted: true });
  assert.equal((await api('articles.list', {})).total, 2, 'articles stay');
  await rejects(
    api('collections.addArticles', { id: read.id, articleIds: [rivers] }),
    'not_found',
    /no collection/,
  );
  await rejects(
    api('collections.addArticles', { id: geo.id, articleIds: [404] }),
    'not_found',
    /no article 404/,
  );
  library.close();
});

test('migration 8 gives articles written before it their text length, so their progress shows', () => {
  const path = tempDbPath();
  const old = databaseAtSchema(path, 7);
  const text = 'A text of forty characters, more or les.';
  old
    .prepare(
      `INSERT INTO sources (id, file_name, content_hash, encoding, byte_size, packed_content, imported_at)
    VALUES (1, 'old.txt', 'h', 'utf-8', 1, ?, '2024-01-01T00:00:00Z')`,
    )
    .run(packText(text));
  old
    .prepare(
      `INSERT INTO articles (id, source_id, position, format, title, segments, packed_text, reading_offset)
    VALUES (1, 1, 0, 'text', 'Old', '[]', ?, 10)`,
    )
    .run(packText(text));
  old.close();
  const library = openLibrary(path);
  const article = library.store.getArticle(1)!;
  assert.deepEqual(
    [article.progress, article.read, article.archived, article.date],
    [25, false, false, null],
  );
  library.close();
});
