import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openLibrary } from '../../main/node/library.js';
import { articleSegments } from '../../shared/contract/segments.js';
import { databaseAtSchema } from '../support/old-schema.js';
import { tempDbPath } from '../support/temp-library.js';
import { apiOf } from '../support/library-api.js';

const SOURCE_TEXT = '旧报纸上的国歌和长江。\n\n第二段落的文字。';

/** A library as schema 3 wrote it: the source's text in full, segments repeating their text. */
function libraryAtSchema3(path: string): void {
  const old = databaseAtSchema(path, 3);
  const { segments, text } = articleSegments({
    section: null,
    kicker: null,
    title: '旧文',
    subtitle: null,
    byline: null,
    authors: [],
    dateline: null,
    rubric: null,
    blocks: [
      { type: 'paragraph', text: '旧报纸上的国歌和长江。' },
      { type: 'paragraph', text: '第二段落的文字。' },
    ],
  });
  old
    .prepare(
      `INSERT INTO sources (id, file_name, content_hash, encoding, byte_size, content, imported_at)
       VALUES (1, 'old.txt', 'h', 'utf-8', 1, ?, '2024-01-01T00:00:00Z')`,
    )
    .run(SOURCE_TEXT);
  old
    .prepare(
      `INSERT INTO articles (id, source_id, position, format, title, segments, text) VALUES (1, 1, 0, 'text', '旧文', ?, ?)`,
    )
    .run(JSON.stringify(segments), text);
  old.close();
}

test('migration 4 keeps every text, stores it once, and the source can still be parsed again', async () => {
  const path = tempDbPath();
  libraryAtSchema3(path);
  const library = openLibrary(path);
  const api = apiOf(library);
  const article = await api('articles.get', { id: 1 });
  assert.deepEqual(
    article.segments.map((segment) => [segment.type, segment.text]),
    [
      ['title', '旧文'],
      ['paragraph', '旧报纸上的国歌和长江。'],
      ['paragraph', '第二段落的文字。'],
    ],
  );
  assert.equal(library.store.getSource(1)?.content, SOURCE_TEXT);
  const stored = library.store.db
    .prepare('SELECT segments FROM articles WHERE id = 1')
    .pluck()
    .get() as string;
  assert.doesNotMatch(stored, /国歌/, 'segments point into the text instead of repeating it');
  const columns = library.store.db.prepare("SELECT name FROM pragma_table_info('sources')").pluck().all();
  assert.ok(columns.includes('packed_content') && !columns.includes('content'));
  const reimported = await api('library.reimport', { sourceId: 1 });
  assert.equal(reimported.articleIds.length, 1);
  // Parsed again from the stored original: the file's text, under the file's name as the title.
  assert.equal((await api('articles.get', { id: reimported.articleIds[0]! })).text, `old\n\n${SOURCE_TEXT}`);
  library.close();
});
