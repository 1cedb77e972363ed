import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packText } from '../../main/node/storage/compact-text.js';
import { openLibrary } from '../../main/node/library.js';
import { databaseAtSchema } from '../support/old-schema.js';
import { tempDbPath } from '../support/temp-library.js';
import { apiOf } from '../support/library-api.js';

const INDEXED_TEXT = '旧报纸上的国歌和长江。';
const QUEUED_TEXT = 'The Yellow River in spring.';

/**
 * A library as schema 4 wrote it, texts in plain: article 1 already in the search index (as
 * flushPending put it there, with its note), article 2 still queued.
 */
function libraryAtSchema4(path: string): void {
  const old = databaseAtSchema(path, 4);
  old.exec(`INSERT INTO sources (id, file_name, content_hash, encoding, byte_size, imported_at)
      VALUES (1, 'old.txt', 'h', 'utf-8', 1, '2024-01-01T00:00:00Z');
    INSERT INTO articles (id, source_id, position, format, title, segments, text) VALUES
      (1, 1, 0, 'text', '旧文', '[]', '${INDEXED_TEXT}'),
      (2, 1, 1, 'text', 'River', '[]', '${QUEUED_TEXT}');
    INSERT INTO search_index (rowid, title, body, notes, tags)
      SELECT id, jianbao_segment(title), jianbao_segment(text), jianbao_segment('黄河 remembered'), ''
      FROM articles WHERE id = 1;
    DELETE FROM search_pending WHERE article_id = 1;
    INSERT INTO annotations (id, article_id, start_offset, end_offset, quote, prefix, suffix, color, note,
      created_at, updated_at)
      VALUES (7, 1, 0, 3, '旧报纸', '', '上的国歌和长江。', 'blue', '黄河 remembered', '2024-01-02', '2024-01-03');`);
  old.close();
}

test('migration 5 deflates every article text, and the search index stays exact through later changes', async () => {
  const path = tempDbPath();
  libraryAtSchema4(path);
  const library = openLibrary(path);
  const api = apiOf(library);
  const { db } = library.store;
  const columns = db.prepare("SELECT name FROM pragma_table_info('articles')").pluck().all();
  assert.ok(columns.includes('packed_text') && !columns.includes('text'));
  assert.equal((await api('articles.get', { id: 1 })).text, INDEXED_TEXT);
  assert.equal((await api('articles.get', { id: 2 })).text, QUEUED_TEXT);

  const found = async (query: string) =>
    (await api('search.query', { query })).hits.map((hit) => hit.articleId);
  assert.deepEqual(await found('国歌'), [1]);
  assert.deepEqual(await found('黄河'), [1]);
  assert.deepEqual(await found('yellow'), [2]);
  const snippet = (await api('search.query', { query: '长江' })).hits[0]!.snippet;
  assert.ok(
    snippet.some((part) => part.hit && part.text === '长江'),
    'snippets read the unpacked text',
  );

  // Each change makes the triggers delete the document as indexed: FTS5 checks it matches.
  db.prepare('UPDATE articles SET packed_text = ? WHERE id = ?').run(packText('新的珠江'), 1);
  assert.deepEqual(await found('国歌'), []);
  assert.deepEqual(await found('珠江'), [1]);
  await api('annotations.update', { id: 7, note: '淮河 now' });
  assert.deepEqual(await found('淮河'), [1]);
  db.prepare('DELETE FROM articles WHERE id = 2').run();
  assert.deepEqual(await found('yellow'), []);
  db.prepare("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)").run();
  assert.deepEqual(db.prepare('SELECT count(*) AS n FROM search_index').get(), { n: 1 });
  library.close();
});
