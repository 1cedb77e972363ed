import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openLibrary } from '../../main/node/library.js';
import { FIXTURE_PAGE, tempDbPath } from '../support/temp-library.js';

const BIN = fileURLToPath(new URL('../../bin/jianbao.mjs', import.meta.url));

function jianbao(db: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const listed = (db: string, ...flags: string[]) =>
  (JSON.parse(jianbao(db, 'list', '--json', ...flags).out) as { id: number; title: string }[]).map(
    (item) => item.id,
  );

test('jianbao delete and undelete: articles, then a source that asks for --yes because of its annotations', async () => {
  const db = tempDbPath();
  assert.equal(jianbao(db, 'import', fileURLToPath(FIXTURE_PAGE)).code, 0);
  const ids = listed(db);
  const deleted = jianbao(db, 'delete', String(ids[0]));
  assert.equal(deleted.code, 0, deleted.err);
  assert.match(deleted.out, /Deleted 1 article, 0 annotations/);
  const token = /jianbao undelete (\S+)/.exec(deleted.out)![1]!;
  assert.deepEqual(listed(db), ids.slice(1));
  assert.match(jianbao(db, 'undelete', token).out, new RegExp(`Brought back 1 article: ids ${ids[0]}`));
  assert.deepEqual(listed(db), ids);
  const again = jianbao(db, 'undelete', token);
  assert.equal(again.code, 1);
  assert.match(again.err, /can no longer be undone/);

  const library = openLibrary(db);
  await library.dispatch('annotations.create', { articleId: ids[1], start: 0, end: 4 });
  library.close();
  const asked = jianbao(db, 'delete', '--source', '1');
  assert.equal(asked.code, 1);
  assert.match(asked.err, /holding 1 annotation; nothing was deleted\. Add --yes/);
  const confirmed = jianbao(db, 'delete', '--source', '1', '--yes');
  assert.equal(confirmed.code, 0, confirmed.err);
  assert.deepEqual(listed(db), []);

  assert.equal(jianbao(db, 'delete').code, 2);
  const missing = jianbao(db, 'delete', '999');
  assert.equal(missing.code, 1);
  assert.match(missing.err, /There is no article 999/);
});

test('jianbao edit renames and archives; jianbao collections makes, fills and filters', () => {
  const db = tempDbPath();
  jianbao(db, 'import', fileURLToPath(FIXTURE_PAGE));
  const [first, second] = listed(db);
  const edited = jianbao(
    db,
    'edit',
    String(first),
    '--title',
    '新标题',
    '--authors',
    '王明, 李华',
    '--date',
    '2024-05-04',
    '--source-name',
    '辽宁日报',
    '--read',
  );
  assert.equal(edited.code, 0, edited.err);
  assert.equal(edited.out, `${first}\t新标题\t辽宁日报\t2024-05-04\tread\n`);
  const bad = jianbao(db, 'edit', String(first), '--date', '5 May');
  assert.equal(bad.code, 1);
  assert.match(bad.err, /date: must be a date written YYYY-MM-DD/);
  assert.equal(jianbao(db, 'edit', String(first)).code, 2, 'nothing to change');
  assert.equal(jianbao(db, 'edit', String(first), '--read', '--unread').code, 2);

  assert.equal(jianbao(db, 'edit', String(second), '--archive').code, 0);
  assert.ok(!listed(db).includes(second!));
  assert.deepEqual(listed(db, '--archived'), [second]);

  assert.match(jianbao(db, 'collections').out, /No collection yet/);
  assert.equal(jianbao(db, 'collections', 'create', '待读', '文章').out, '1\t待读 文章\t0 articles\n');
  assert.equal(
    jianbao(db, 'collections', 'add', '1', String(first), String(second)).out,
    '1\t待读 文章\t2 articles\n',
  );
  assert.deepEqual(listed(db, '--collection', '1'), [first]);
  assert.equal(jianbao(db, 'collections', 'rename', '1', 'Later').out, '1\tLater\t2 articles\n');
  assert.equal(jianbao(db, 'collections', 'remove', '1', String(first)).out, '1\tLater\t1 article\n');
  const duplicate = jianbao(db, 'collections', 'create', 'later');
  assert.equal(duplicate.code, 1);
  assert.match(duplicate.err, /There is a collection named “Later” already/);
  assert.match(jianbao(db, 'collections', 'delete', '1').out, /its articles stay/);
  assert.equal(jianbao(db, 'collections', 'frobnicate').code, 2);
});
