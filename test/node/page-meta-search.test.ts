// Text the parser sets aside as page furniture (the paper's name, the date, the page, running heads, section
// labels) is never lost: the reader shows it with the article and search finds the article by it, in a new
// library and in one upgraded from before it was indexed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type Database from 'better-sqlite3';
import { openLibrary } from '../../main/node/library.js';
import { tempDbPath, tempLibrary } from '../support/temp-library.js';
import { apiOf } from '../support/library-api.js';
import { databaseAtSchema } from '../support/old-schema.js';

const PAGE = [
  '江城晚报 2023年4月23日 星期日 第14版',
  '',
  '■ 民生关注 MINSHENG',
  '',
  '河湾村办起共享书屋',
  '',
  '本报讯（记者 王立新）河湾村把闲置多年的仓库改成了共享书屋，孩子们放学后有了好去处。',
  '',
].join('\n');

test("a page's furniture is shown with its articles and finds them in search, also after a re-import", async () => {
  const library = tempLibrary();
  const api = apiOf(library);
  const data = new TextEncoder().encode(PAGE);
  const { imported } = await api('library.import', { files: [{ name: 'page.txt', data }] });
  const id = imported[0]!.articleIds[0]!;
  const article = await api('articles.get', { id });
  assert.ok(!article.text.includes('江城晚报'), 'the paper is not article text');
  assert.deepEqual(article.pageMeta.paper, ['江城晚报']);
  assert.ok(Object.values(article.pageMeta).flat().includes('第14版'));
  const found = async (query: string) =>
    (await api('search.query', { query, limit: 20 })).hits.map((hit) => hit.articleId);
  assert.deepEqual(await found('江城晚报'), [id]);
  assert.deepEqual(await found('第14版'), [id]);
  assert.deepEqual(await found('共享书屋'), [id], 'the text is found as before');

  // The source's furniture changes with a re-import: the index follows.
  await api('library.reimport', {
    sourceId: imported[0]!.sourceId,
    file: { name: 'page.txt', data: new TextEncoder().encode(PAGE.replace('江城晚报', '滨海日报')) },
  });
  assert.deepEqual(await found('江城晚报'), []);
  assert.equal((await found('滨海日报')).length, 1);
  library.close();
});

test('a library indexed before page furniture was searched is indexed again when it opens', async () => {
  const path = tempDbPath();
  const old = databaseAtSchema(path, 2);
  // An article indexed as version 2 indexed it: title and text, no furniture.
  old.exec(`INSERT INTO sources (id, file_name, content_hash, encoding, byte_size, content, imported_at, page_meta)
      VALUES (1, 'old.txt', 'h', 'utf-8', 1, '', '2024-01-01T00:00:00Z', '{"paper":["江城晚报"],"page":["第3版"]}');
    INSERT INTO articles (id, source_id, position, format, title, segments, text)
      VALUES (1, 1, 0, 'text', '旧文', '[]', '旧报纸上的国歌和长江');
    INSERT INTO search_index (rowid, title, body, notes, tags)
      VALUES (1, jianbao_segment('旧文'), jianbao_segment('旧报纸上的国歌和长江'), '', '');
    DELETE FROM search_pending;`);
  old.close();

  const library = openLibrary(path);
  const api = apiOf(library);
  const found = async (query: string) =>
    (await api('search.query', { query, limit: 20 })).hits.map((hit) => hit.articleId);
  assert.deepEqual(await found('江城晚报'), [1]);
  assert.deepEqual(await found('国歌'), [1]);
  // Throws if the index disagrees with itself.
  library.store.db
    .prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")
    .run();
  const triggers = (db: Database.Database) =>
    db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all();
  const fresh = tempLibrary();
  assert.deepEqual(triggers(library.store.db), triggers(fresh.store.db), 'the triggers are the current ones');
  fresh.close();
  library.close();
});
