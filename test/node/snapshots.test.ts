import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { startLibrary } from '../../main/node/library.js';
import { MIGRATIONS } from '../../main/node/storage/migrations.js';
import { apiOf, encode } from '../support/library-api.js';
import { databaseAtSchema } from '../support/old-schema.js';
import { tempDbPath } from '../support/temp-library.js';

const BIN = fileURLToPath(new URL('../../bin/jianbao.mjs', import.meta.url));
const DAY = 24 * 60 * 60 * 1000;
const NOON = new Date(2026, 5, 10, 12);

const backups = (dbPath: string) => readdirSync(join(dirname(dbPath), 'backups')).sort();
const articleTitles = (path: string) => {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare<[], string>('SELECT title FROM articles ORDER BY title').pluck().all();
  } finally {
    db.close();
  }
};

async function libraryWith(dbPath: string, files: Record<string, string>, now = NOON) {
  const library = await startLibrary(dbPath, {}, () => now);
  const api = apiOf(library);
  await api('library.import', {
    files: Object.entries(files).map(([name, text]) => ({ name, data: encode(text) })),
  });
  return { library, api };
}

test('the first start of each day takes a snapshot, and only the first', async () => {
  const dbPath = tempDbPath();
  for (const at of [NOON, new Date(NOON.getTime() + 3_600_000), new Date(NOON.getTime() + DAY)]) {
    (await startLibrary(dbPath, {}, () => at)).close();
  }
  assert.deepEqual(
    backups(dbPath).map((name) => name.replace(/^library-.*Z-/u, '')),
    ['daily.sqlite', 'daily.sqlite'],
  );
});

test('a library about to be migrated is copied first, as it was', async () => {
  const dbPath = tempDbPath();
  const old = databaseAtSchema(dbPath, 5);
  old.exec(`INSERT INTO sources (id, file_name, content_hash, encoding, byte_size, packed_content, imported_at)
    VALUES (1, 'old.txt', 'h', 'utf-8', 1, x'', '2024-01-01T00:00:00Z')`);
  old.close();
  const library = await startLibrary(dbPath, {}, () => NOON);
  library.close();
  const [copy] = backups(dbPath).filter((name) => name.endsWith('-before-migration.sqlite'));
  assert.ok(copy, 'a before-migration snapshot');
  const saved = new Database(join(dirname(dbPath), 'backups', copy), { readonly: true });
  assert.equal(saved.pragma('user_version', { simple: true }), 5);
  assert.equal(saved.prepare<[], number>('SELECT count(*) FROM sources').pluck().get(), 1);
  saved.close();
  // Up to date now: the next start migrates nothing, and copies nothing for it.
  (await startLibrary(dbPath, {}, () => NOON)).close();
  assert.equal(backups(dbPath).filter((name) => name.endsWith('-before-migration.sqlite')).length, 1);
  assert.equal(new Database(dbPath).pragma('user_version', { simple: true }), MIGRATIONS.length);
});

test('restoring a snapshot puts it in the library whole, after snapshotting the library as it was', async () => {
  const dbPath = tempDbPath();
  const { library, api } = await libraryWith(dbPath, { 'first.md': '# First\n\nKept.\n' });
  const taken = await api('snapshots.create', {});
  await api('library.import', { files: [{ name: 'second.md', data: encode('# Second\n\nLater.\n') }] });
  const { items, folder } = await api('snapshots.list', {});
  assert.equal(folder, join(dirname(dbPath), 'backups'));
  assert.deepEqual(
    items.map((item) => item.kind),
    ['manual', 'daily'],
  );

  const { restored, saved } = await api('snapshots.restore', { name: taken.name });
  assert.equal(restored.name, taken.name);
  assert.equal(saved.kind, 'before-restore');
  assert.deepEqual(
    (await api('articles.list', {})).items.map((item) => item.title),
    ['First'],
  );
  assert.deepEqual(articleTitles(join(folder, saved.name)), ['First', 'Second']);
  // The reopened library works as before, through the same dispatch and store.
  await api('library.import', { files: [{ name: 'third.md', data: encode('# Third\n\nNew.\n') }] });
  assert.equal(library.store.db.pragma('journal_mode', { simple: true }), 'wal');
  assert.deepEqual(library.store.db.pragma('integrity_check', { simple: true }), 'ok');
  library.close();
  assert.deepEqual(articleTitles(dbPath), ['First', 'Third']);
});

test('a snapshot is not restored while another connection has the library open, nor when damaged or missing', async () => {
  const dbPath = tempDbPath();
  const { library, api } = await libraryWith(dbPath, { 'first.md': '# First\n\nKept.\n' });
  const taken = await api('snapshots.create', {});
  await api('library.import', { files: [{ name: 'second.md', data: encode('# Second\n\nLater.\n') }] });

  const other = new Database(dbPath);
  other.prepare('SELECT count(*) FROM articles').get();
  await assert.rejects(api('snapshots.restore', { name: taken.name }), {
    code: 'rejected',
    message: /Another Jianbao .* has this library open/,
  });
  other.close();

  const damaged = 'library-2026-01-01T00-00-00-000Z-manual.sqlite';
  writeFileSync(join(dirname(dbPath), 'backups', damaged), 'SQLite format 3\0 and then nothing');
  await assert.rejects(api('snapshots.restore', { name: damaged }), {
    code: 'invalid_input',
    message: /^The snapshot .* cannot be restored: it is not a readable SQLite database/,
  });
  await assert.rejects(api('snapshots.restore', { name: 'library-2020-01-01T00-00-00-000Z-manual.sqlite' }), {
    code: 'not_found',
  });
  await assert.rejects(api('snapshots.restore', { name: '../library.sqlite' }), { code: 'invalid_input' });
  assert.deepEqual(
    (await api('articles.list', { sort: 'title' })).items.map((item) => item.title),
    ['First', 'Second'],
  );
  assert.ok(!readdirSync(dirname(dbPath)).some((name) => name.includes('.restoring')));
  library.close();
});

function jianbao(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('jianbao backup --snapshot copies the library file whole; jianbao snapshots lists and restores', async () => {
  const dbPath = tempDbPath();
  const { library } = await libraryWith(dbPath, { 'first.md': '# First\n\nKept.\n' });
  library.close();
  const out = join(dirname(dbPath), 'copy.sqlite');
  const toFile = jianbao(['backup', '--snapshot', '--out', out, '--db', dbPath]);
  assert.equal(toFile.code, 0, toFile.err);
  assert.match(toFile.out, /^Wrote a snapshot of the whole library \(\d+ bytes\) to .*copy\.sqlite\n$/u);
  assert.deepEqual(articleTitles(out), ['First']);

  const toFolder = jianbao(['backup', '--snapshot', '--db', dbPath]);
  assert.equal(toFolder.code, 0, toFolder.err);
  const name = /(library-\S+-manual\.sqlite)/u.exec(toFolder.out)![1]!;
  const second = await libraryWith(dbPath, { 'second.md': '# Second\n\nLater.\n' });
  second.library.close();
  const list = jianbao(['snapshots', '--db', dbPath]);
  assert.match(list.out, new RegExp(`^${name}\\tmanual\\t`, 'mu'));
  const restored = jianbao(['snapshots', 'restore', name, '--db', dbPath]);
  assert.equal(restored.code, 0, restored.err);
  assert.match(restored.out, /what it was before is kept as library-\S+-before-restore\.sqlite/u);
  assert.deepEqual(articleTitles(dbPath), ['First']);
  const wrong = jianbao(['snapshots', 'restore', 'nope.sqlite', '--db', dbPath]);
  assert.equal(wrong.code, 1);
  assert.match(wrong.err, /must name a snapshot in the backups folder/);
});
