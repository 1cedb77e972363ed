import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { openDatabase, schemaVersion } from '../../main/node/storage/open-database.js';
import { MIGRATIONS } from '../../main/node/storage/migrations.js';
import { LibraryStore, type NewArticle } from '../../main/node/storage/library-store.js';
import { storedArticle, tempDbPath } from '../support/temp-library.js';

const article = (title: string): NewArticle => storedArticle(title, title);
const source = (hash: string) => ({
  fileName: 'a.txt',
  contentHash: hash,
  encoding: 'utf-8',
  byteSize: 1,
  content: 'x',
  pageMeta: {},
});

test('a new database is migrated from empty to the latest schema, in WAL mode with foreign keys', () => {
  const path = tempDbPath();
  const db = openDatabase(path);
  assert.equal(schemaVersion(db), MIGRATIONS.length);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as {
    name: string;
    sql: string;
  }[];
  for (const name of [
    'sources',
    'articles',
    'annotations',
    'bookmarks',
    'tags',
    'annotation_tags',
    'article_tags',
  ]) {
    const table = tables.find((row) => row.name === name);
    assert.ok(table, `table ${name} exists`);
    assert.match(table.sql, /STRICT/, `${name} is STRICT`);
  }
  db.close();
  // Reopening does not migrate again.
  const again = openDatabase(path);
  assert.equal(schemaVersion(again), MIGRATIONS.length);
  again.close();
});

test('a database from a newer version is refused with a clear message and left untouched', () => {
  const path = tempDbPath();
  openDatabase(path).close();
  const raw = new Database(path);
  raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
  raw.close();
  assert.throws(() => openDatabase(path), /newer Jianbao/);
});

test('constraints hold: STRICT types, foreign keys, offsets, unique content', () => {
  const db = openDatabase(tempDbPath());
  const store = new LibraryStore(db);
  const { articleIds } = store.insertSource(source('h1'), [article('One')]);
  const articleId = articleIds[0]!;
  const insert = (start: number, end: number, id = articleId) =>
    db
      .prepare(
        `INSERT INTO annotations (article_id, start_offset, end_offset, quote, prefix, suffix, color, created_at, updated_at)
         VALUES (?, ?, ?, '', '', '', 'yellow', '', '')`,
      )
      .run(id, start, end);
  assert.throws(() => insert(3, 3), /CHECK constraint/);
  assert.throws(() => insert(-1, 2), /CHECK constraint/);
  assert.throws(() => insert(0, 1, 9999), /FOREIGN KEY/);
  assert.throws(
    () => db.prepare("UPDATE articles SET position = 'first'").run(),
    /cannot store TEXT value in INTEGER/,
  );
  assert.throws(() => store.insertSource(source('h1'), [article('Again')]), /UNIQUE/);
  insert(0, 1);
  db.prepare('DELETE FROM sources').run();
  assert.equal((db.prepare('SELECT count(*) AS n FROM annotations').get() as { n: number }).n, 0, 'cascade');
  db.close();
});

test('a source whose articles fail to insert leaves nothing behind', () => {
  const db = openDatabase(tempDbPath());
  const store = new LibraryStore(db);
  const broken = { ...article('Broken'), format: 'pdf' as 'text' };
  assert.throws(() => store.insertSource(source('h2'), [article('Fine'), broken]), /CHECK constraint/);
  assert.equal((db.prepare('SELECT count(*) AS n FROM sources').get() as { n: number }).n, 0);
  assert.equal((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 0);
  db.close();
});
