import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { MIGRATIONS } from '../../main/node/storage/migrations.js';
import { registerSearchFunctions } from '../../main/node/storage/search-index.js';
import { openLibrary } from '../../main/node/library.js';
import { tempDbPath } from '../support/temp-library.js';
import { apiOf } from '../support/library-api.js';
import type { Annotation } from '../../shared/contract/api.js';

const triggersOf = (db: Database.Database) =>
  db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all();

test('a library from before lasting annotations keeps its annotations, their tags and their search', async () => {
  const path = tempDbPath();
  const old = new Database(path);
  old.pragma('foreign_keys = ON');
  registerSearchFunctions(old);
  old.exec(MIGRATIONS[0]);
  old.exec(MIGRATIONS[1]);
  old.pragma('user_version = 2');
  old.exec(`INSERT INTO sources (id, file_name, content_hash, encoding, byte_size, content, imported_at)
      VALUES (1, 'old.txt', 'h', 'utf-8', 1, '', '2024-01-01T00:00:00Z');
    INSERT INTO articles (id, source_id, position, format, title, segments, text)
      VALUES (1, 1, 0, 'text', '旧文', '[]', '旧报纸上的国歌和长江');
    INSERT INTO annotations (id, article_id, start_offset, end_offset, quote, prefix, suffix, color, note,
      created_at, updated_at)
      VALUES (7, 1, 0, 3, '旧报纸', '', '上的国歌和长江', 'blue', '黄河 remembered', '2024-01-02', '2024-01-03');
    INSERT INTO tags (id, name) VALUES (1, 'history');
    INSERT INTO annotation_tags (annotation_id, tag_id) VALUES (7, 1);`);
  old.close();

  const library = openLibrary(path);
  const api = apiOf(library);
  const fresh = openLibrary(tempDbPath());
  assert.deepEqual(
    triggersOf(library.store.db),
    triggersOf(fresh.store.db),
    'the search triggers are the current ones',
  );
  fresh.close();
  const [{ uuid, ...annotation }] = (await api('annotations.list', { articleId: 1 })) as [Annotation];
  assert.match(
    uuid,
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    'a UUID given by migration 6',
  );
  assert.deepEqual(annotation, {
    id: 7,
    articleId: 1,
    kind: 'highlight',
    start: 0,
    end: 3,
    quote: '旧报纸',
    prefix: '',
    suffix: '上的国歌和长江',
    color: 'blue',
    style: 'highlight',
    note: '黄河 remembered',
    tags: ['history'],
    status: 'anchored',
    createdAt: '2024-01-02',
    updatedAt: '2024-01-03',
  });
  const found = async (query: string) =>
    (await api('search.query', { query })).hits.map((hit) => hit.articleId);
  assert.deepEqual(await found('黄河'), [1]);
  await api('annotations.update', { id: 7, note: '珠江 now' });
  assert.deepEqual(await found('黄河'), []);
  assert.deepEqual(await found('珠江'), [1]);
  await api('annotations.create', { articleId: 1, kind: 'note', note: '淮河 on the whole' });
  assert.deepEqual(await found('淮河'), [1]);
  await api('annotations.delete', { id: 7 });
  assert.deepEqual(await found('珠江'), []);
  assert.deepEqual(library.store.db.pragma('foreign_key_check'), []);
  assert.equal(library.store.db.pragma('legacy_alter_table', { simple: true }), 0);
  library.close();
});
