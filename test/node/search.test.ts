import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { storedArticle, tempDbPath, tempLibrary, textFile } from '../support/temp-library.js';
import { openDatabase } from '../../main/node/storage/open-database.js';
import { MIGRATIONS } from '../../main/node/storage/migrations.js';
import { COUNT_LIMIT } from '../../main/node/storage/search-index.js';
import { packText } from '../../main/node/storage/compact-text.js';
import { openLibrary, type Library } from '../../main/node/library.js';
import type { NewArticle } from '../../main/node/storage/library-store.js';
import { validateInput } from '../../shared/contract/validate.js';
import type { Method, Output } from '../../shared/contract/api.js';

function apiOf(library: Library) {
  return async <M extends Method>(method: M, input: unknown): Promise<Output<M>> => {
    const reply = await library.dispatch(method, input);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.value as Output<M>;
  };
}

async function libraryWith(files: Record<string, string>) {
  const library = tempLibrary();
  const api = apiOf(library);
  const ids: Record<string, number> = {};
  for (const [name, text] of Object.entries(files)) {
    const { imported } = await api('library.import', { files: [textFile(name, text)] });
    ids[name] = imported[0]!.articleIds[0]!;
  }
  const found = async (query: string) =>
    (await api('search.query', { query, sort: 'newest', limit: 200 })).hits
      .map((hit) => hit.articleId)
      .sort();
  return { library, api, ids, found };
}

test('notes, tags and text changes are searchable as soon as they are saved, and deletions are gone', async () => {
  const { library, api, ids, found } = await libraryWith({
    'rivers.md': '# Rivers\n\nThe Yangtze flows east.\n',
    'hills.md': '# 山\n\n黄山很高。\n',
  });
  const rivers = ids['rivers.md']!;
  assert.deepEqual(await found('yangtze'), [rivers]);
  assert.deepEqual(await found('黄山'), [ids['hills.md']]);

  const note = await api('annotations.create', { articleId: rivers, start: 0, end: 6, note: '长江 longest' });
  assert.deepEqual(await found('长江'), [rivers]);
  await api('annotations.update', { id: note.id, note: 'renamed 大河' });
  assert.deepEqual(await found('长江'), []);
  assert.deepEqual(await found('大河'), [rivers]);
  await api('annotations.delete', { id: note.id });
  assert.deepEqual(await found('大河'), []);
  assert.deepEqual(await found('yangtze'), [rivers], 'the article text stays indexed');

  assert.deepEqual((await api('articles.setTags', { articleId: rivers, tags: ['地理', 'Water'] })).tags, [
    'Water',
    '地理',
  ]);
  assert.deepEqual(await found('地理'), [rivers]);
  assert.deepEqual(await found('tag:water'), [rivers]);
  library.store.db.prepare("UPDATE tags SET name = 'Hydrology' WHERE name = 'Water'").run();
  assert.deepEqual(await found('hydrology'), [rivers]);
  assert.deepEqual(await found('water'), []);
  await api('articles.setTags', { articleId: rivers, tags: [] });
  assert.deepEqual(await found('地理'), []);
  assert.deepEqual((await api('tags.list', {})).tags, [], 'tags nothing carries are dropped');

  library.store.db
    .prepare('UPDATE articles SET packed_text = ? WHERE id = ?')
    .run(packText('The Mekong'), rivers);
  assert.deepEqual(await found('yangtze'), []);
  assert.deepEqual(await found('mekong'), [rivers]);
  library.store.db.prepare('DELETE FROM sources').run();
  assert.deepEqual(await found('mekong'), []);
  assert.deepEqual(await found('黄山'), []);
  library.close();
});

test('the index changes with its data inside one transaction: a rollback or a failing import leaves no trace', async () => {
  const { library, api, ids, found } = await libraryWith({ 'a.md': '# 甲\n\n乙丙丁\n' });
  const db = library.store.db;
  db.exec('BEGIN');
  await api('annotations.create', { articleId: ids['a.md'], start: 0, end: 1, note: '戊己' });
  assert.deepEqual(await found('戊己'), [ids['a.md']], 'visible inside the transaction');
  db.exec('ROLLBACK');
  assert.deepEqual(await found('戊己'), []);

  const article = (title: string, format: string): NewArticle =>
    storedArticle(title, `${title} 庚辛`, format as NewArticle['format']);
  const source = {
    fileName: 'bad.txt',
    contentHash: 'bad',
    encoding: 'utf-8',
    byteSize: 1,
    content: '',
    pageMeta: {},
  };
  const rowsBefore = db.prepare('SELECT count(*) AS n FROM search_index').get();
  assert.throws(() => library.store.insertSource(source, [article('good', 'text'), article('bad', 'pdf')]));
  assert.deepEqual(db.prepare('SELECT count(*) AS n FROM search_index').get(), rowsBefore);
  assert.deepEqual(await found('庚辛'), []);
  library.close();
});

test('opening a library written before search indexes its existing articles', async () => {
  const path = tempDbPath();
  const old = new Database(path);
  old.exec(MIGRATIONS[0]!);
  old.pragma('user_version = 1');
  old.exec(`INSERT INTO sources (id, file_name, content_hash, encoding, byte_size, content, imported_at)
    VALUES (1, 'old.txt', 'h', 'utf-8', 1, '', '2024-01-01T00:00:00Z');
    INSERT INTO articles (id, source_id, position, format, title, segments, text)
    VALUES (1, 1, 0, 'text', '旧文', '[]', '旧报纸上的国歌');`);
  old.close();
  openDatabase(path).close();
  const library = openLibrary(path);
  const result = await apiOf(library)('search.query', { query: '国歌' });
  assert.deepEqual(
    result.hits.map((hit) => hit.articleId),
    [1],
  );
  library.close();
});

test('results carry title, source, a plain-text snippet with the hits marked, newest first or by relevance', async () => {
  const { library, api, ids } = await libraryWith({
    'old.md': '# 会议\n\n今天开会。会议讨论了国歌。\n',
    'new.md': '# 国歌国歌\n\n国歌是国家的象征，国歌。\n',
  });
  const newest = await api('search.query', { query: '国歌', sort: 'newest' });
  assert.deepEqual(
    newest.hits.map((hit) => hit.articleId),
    [ids['new.md'], ids['old.md']],
  );
  assert.equal(newest.more, false);
  assert.deepEqual(await api('search.count', { query: '国歌' }), { total: 2, totalExact: true });
  const first = newest.hits[0]!;
  assert.equal(first.title, '国歌国歌');
  assert.equal(first.sourceName, 'new.md');
  assert.ok(first.snippet.filter((part) => part.hit).every((part) => part.text === '国歌'));
  assert.equal(
    first.snippet.map((part) => part.text).join(''),
    '国歌国歌 国歌是国家的象征，国歌。',
    'line breaks become spaces',
  );
  const relevant = await api('search.query', { query: '国歌', sort: 'relevance' });
  assert.equal(relevant.hits[0]!.articleId, ids['new.md']);
  assert.ok(relevant.hits[0]!.score > relevant.hits[1]!.score);

  const page = await api('search.query', { query: '国歌', sort: 'newest', limit: 1, offset: 1 });
  assert.deepEqual(
    page.hits.map((hit) => hit.articleId),
    [ids['old.md']],
  );
  assert.equal(page.more, false);
  assert.equal((await api('search.query', { query: '国歌', sort: 'newest', limit: 1 })).more, true);
  library.close();
});

test('counting stops at the count limit, and says so', async () => {
  const library = tempLibrary();
  const article = (position: number): NewArticle => storedArticle(`第${position}篇`, '常见的字');
  library.store.insertSource(
    { fileName: 'many.txt', contentHash: 'many', encoding: 'utf-8', byteSize: 1, content: '', pageMeta: {} },
    Array.from({ length: COUNT_LIMIT + 5 }, (_, position) => article(position)),
  );
  const api = apiOf(library);
  assert.deepEqual(await api('search.count', { query: '常见' }), { total: COUNT_LIMIT, totalExact: false });
  assert.deepEqual(await api('search.count', { query: '第1000篇' }), { total: 1, totalExact: true });
  assert.deepEqual(await api('search.count', { query: 'source:many -第1000篇' }), {
    total: COUNT_LIMIT,
    totalExact: false,
  });
  const relevant = await api('search.query', { query: '常见', sort: 'relevance', limit: 3 });
  assert.deepEqual([relevant.hits.length, relevant.more], [3, true]);
  library.close();
});

test('search.matches gives every hit of the query in the article, as offsets into its text', async () => {
  const { library, api, ids } = await libraryWith({
    'a.md': '# ｉＰｈｏｎｅ发布\n\nThe iPhone发布会. Annotations and annotating; 国，歌 and 国歌.\n',
  });
  const id = ids['a.md']!;
  const { text } = await api('articles.get', { id });
  const marked = async (query: string) =>
    (await api('search.matches', { articleId: id, query })).ranges.map((range) =>
      text.slice(range.start, range.end),
    );
  assert.deepEqual(await marked('iphone发布'), ['ｉＰｈｏｎｅ发布', 'iPhone发布']);
  assert.deepEqual(await marked('annot*'), ['Annotations', 'annotating']);
  assert.deepEqual(await marked('国歌 -会'), ['国歌'], 'excluded terms are not marked');
  assert.deepEqual(await marked('tag:x'), []);
  await assert.rejects(api('search.matches', { articleId: 999, query: 'x' }), { code: 'not_found' });
  library.close();
});

test('filters by tag, source and date narrow a search, alone or with words', async () => {
  const { library, api, ids, found } = await libraryWith({
    'people-daily.md': '# 经济\n\n经济发展。\n',
    'guardian.md': '# Economy\n\n经济 economy.\n',
  });
  await api('articles.setTags', { articleId: ids['guardian.md'], tags: ['World'] });
  assert.deepEqual(await found('经济 tag:world'), [ids['guardian.md']]);
  assert.deepEqual(await found('tag:"world"'), [ids['guardian.md']]);
  assert.deepEqual(await found('经济 source:PEOPLE'), [ids['people-daily.md']]);
  assert.deepEqual(await found('source:.md -economy'), [ids['people-daily.md']]);
  assert.deepEqual(await found('-economy'), [ids['people-daily.md']]);
  const today = new Date().toISOString().slice(0, 10);
  assert.equal((await found(`经济 after:${today}`)).length, 2);
  assert.deepEqual(await found(`经济 before:${today}`), []);
  await assert.rejects(api('search.query', { query: 'after:yesterday' }), {
    code: 'invalid_input',
    message: /YYYY-MM-DD/,
  });
  library.close();
});

test('no typed query reaches SQLite as syntax: every query either searches or is refused with a typed error', async () => {
  const { library } = await libraryWith({ 'a.md': '# "Quoted" (text)\n\nNEAR AND OR NOT * ^ - : 国歌\n' });
  const outcome = async (query: string) => {
    const codes = new Set<string>();
    for (const method of ['search.query', 'search.count', 'search.matches']) {
      const reply = await library.dispatch(method, { query, articleId: 1 });
      codes.add(reply.ok ? 'ok' : reply.error.code);
    }
    const [code, ...others] = codes;
    assert.deepEqual(others, [], `one outcome for ${JSON.stringify(query)}`);
    return code!;
  };
  for (const query of [
    '',
    '   ',
    '，。！',
    '"',
    '"""',
    '*',
    '-',
    '--',
    '-*',
    '^',
    '(',
    'NEAR(a b)',
    'a OR b',
    'AND',
    'NOT 国歌',
    'body:国歌',
    'title:"x',
    "it's",
    'a"b',
    '"unbalanced 国歌',
    'tag:',
    'after:2024-02-30x',
    'x'.repeat(1000),
  ]) {
    assert.ok(['ok', 'invalid_input'].includes(await outcome(query)), query);
  }
  assert.equal(await outcome('NEAR'), 'ok');
  assert.equal(await outcome('"unbalanced 国歌'), 'ok');
  assert.equal(await outcome(''), 'invalid_input');
  assert.equal(await outcome('，。！'), 'invalid_input');
  await fc.assert(
    fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 40 }), async (query) => {
      assert.ok(['ok', 'invalid_input'].includes(await outcome(query)), JSON.stringify(query));
    }),
    { numRuns: 300 },
  );
  library.close();
});

test('the library lists newest first, or by title, source or annotations, filtered by tag or source', async () => {
  const { library, api, ids } = await libraryWith({
    'b-source.md': '# Alpha\n\nOne.\n',
    'a-source.md': '# Charlie\n\nTwo.\n',
    'c-source.md': '# Bravo\n\nThree.\n',
  });
  const titles = async (input: object) => (await api('articles.list', input)).items.map((item) => item.title);
  assert.deepEqual(await titles({}), ['Bravo', 'Charlie', 'Alpha']);
  assert.deepEqual(await titles({ sort: 'title' }), ['Alpha', 'Bravo', 'Charlie']);
  assert.deepEqual(await titles({ sort: 'source' }), ['Charlie', 'Alpha', 'Bravo']);
  await api('annotations.create', { articleId: ids['b-source.md'], start: 0, end: 1 });
  await api('annotations.create', { articleId: ids['b-source.md'], start: 1, end: 2 });
  await api('annotations.create', { articleId: ids['a-source.md'], start: 0, end: 1 });
  assert.deepEqual(await titles({ sort: 'annotated' }), ['Alpha', 'Charlie', 'Bravo']);
  assert.deepEqual(await titles({ sort: 'annotated', limit: 2, offset: 1 }), ['Charlie', 'Bravo']);
  assert.deepEqual(await titles({ sort: 'annotated', limit: 1, offset: 2 }), ['Bravo']);
  await api('articles.setTags', { articleId: ids['c-source.md'], tags: ['Keep'] });
  const tagged = await api('articles.list', { tag: 'keep' });
  assert.deepEqual([tagged.items.map((item) => item.title), tagged.total], [['Bravo'], 1]);
  const bySource = await api('articles.list', { source: 'A-SOURCE', sort: 'title' });
  assert.deepEqual([bySource.items.map((item) => item.title), bySource.total], [['Charlie'], 1]);
  assert.deepEqual(await titles({ sort: 'title', limit: 1, offset: 1 }), ['Bravo']);
  assert.deepEqual((await api('tags.list', {})).tags, [{ name: 'Keep', articleCount: 1 }]);
  assert.deepEqual((await api('tags.list', { articleId: ids['a-source.md'] })).tags, []);
  library.close();
});

test('the search and tag requests refuse malformed input before it reaches a service', () => {
  const malformed: Record<string, unknown[]> = {
    'search.query': [
      {},
      { query: 3 },
      { query: 'x', sort: 'title' },
      { query: 'x', limit: 0 },
      { query: 'x'.repeat(1001) },
    ],
    'search.count': [{}, { query: null }],
    'search.matches': [{ query: 'x' }, { articleId: 1 }],
    'tags.list': [null, { articleId: 0 }],
    'articles.setTags': [
      { articleId: 1 },
      { articleId: 1, tags: [''] },
      { articleId: 1, tags: ['   '] },
      { articleId: 1, tags: [3] },
    ],
    'articles.list': [{ sort: 'random' }, { tag: '' }, { source: 3 }],
  };
  for (const [method, payloads] of Object.entries(malformed)) {
    for (const payload of payloads) {
      assert.throws(
        () => validateInput(method as Method, payload),
        { code: 'invalid_input' },
        `${method} ${JSON.stringify(payload)}`,
      );
    }
  }
  assert.deepEqual(validateInput('search.query', { query: '国歌' }), {
    query: '国歌',
    sort: 'relevance',
    limit: 20,
    offset: 0,
  });
  assert.deepEqual(validateInput('articles.setTags', { articleId: 1, tags: [' a '] }), {
    articleId: 1,
    tags: ['a'],
  });
});
