import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openLibrary } from '../../main/node/library.js';
import { apiOf } from '../support/library-api.js';
import { tempDbPath } from '../support/temp-library.js';
import { tempDir } from '../support/temp-dir.js';

const BIN = fileURLToPath(new URL('../../bin/jianbao.mjs', import.meta.url));

function jianbao(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const RIVERS = '# Rivers\n\nThe Yangtze is long. It flows east.\n';
const HILLS = '# Hills\n\nHills are green.\n';

/** A library file with two articles, each with a highlight; one tagged. */
async function annotatedDb() {
  const dir = tempDir('jianbao-cli-notes-');
  writeFileSync(join(dir, 'rivers.md'), RIVERS);
  writeFileSync(join(dir, 'hills.md'), HILLS);
  const db = tempDbPath();
  assert.equal(jianbao(['import', join(dir, 'rivers.md'), join(dir, 'hills.md'), '--db', db]).code, 0);
  const library = openLibrary(db);
  const api = apiOf(library);
  for (const item of (await api('articles.list', {})).items) {
    const { text } = await api('articles.get', { id: item.id });
    const start = text.indexOf(item.title === 'Rivers' ? 'Yangtze' : 'green');
    await api('annotations.create', {
      articleId: item.id,
      start,
      end: start + 5,
      tags: item.title === 'Rivers' ? ['water'] : [],
    });
  }
  library.close();
  return { dir, db };
}

test('export writes one file per article into a folder (twice the same), or one file for a tag', async () => {
  const { dir, db } = await annotatedDb();
  const folder = join(dir, 'out') + '/';
  const first = jianbao(['export', '--db', db, '--out', folder]);
  assert.equal(first.code, 0, first.err);
  const names = readdirSync(folder).sort();
  assert.deepEqual(names, ['Hills.md', 'Rivers.md']);
  assert.equal(jianbao(['export', '--db', db, '--out', join(dir, 'out')]).code, 0, 'an existing folder');
  assert.deepEqual(readdirSync(folder).sort(), names);

  const tagFile = join(dir, 'water.md');
  assert.equal(jianbao(['export', '--db', db, '--tag', 'water', '--out', tagFile]).code, 0);
  const markdown = readFileSync(tagFile, 'utf8');
  assert.match(markdown, /## Rivers\n[^]*> Yangt\n/);
  assert.doesNotMatch(markdown, /## Hills/);
  assert.equal(jianbao(['export', '--db', db, '--tag', 'nothing']).code, 1);
  assert.equal(jianbao(['export', '--db', db, '--tag', 'water', '--article', '1']).code, 2);
});

test('backup, restore onto another library, and restore again adds nothing', async () => {
  const { dir, db } = await annotatedDb();
  const backup = join(dir, 'backup.json');
  assert.equal(jianbao(['backup', '--db', db, '--out', backup]).code, 0);
  assert.ok(existsSync(backup));
  const other = tempDbPath();
  jianbao(['import', join(dir, 'rivers.md'), join(dir, 'hills.md'), '--db', other]);
  const restored = jianbao(['restore', backup, '--db', other]);
  assert.equal(restored.code, 0, restored.err);
  assert.match(restored.out, /Restored 2 annotations/);
  assert.match(jianbao(['restore', backup, '--db', other]).out, /Restored 0 annotations.*2 already present/s);
  writeFileSync(join(dir, 'bad.json'), '{');
  const bad = jianbao(['restore', join(dir, 'bad.json'), '--db', other]);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /not valid JSON/);
  assert.equal(jianbao(['restore', '--db', other]).code, 2);
});

test('reimport parses a source again or replaces it with a file, and reports where the annotations went', async () => {
  const { dir, db } = await annotatedDb();
  const library = openLibrary(db);
  const { items } = await apiOf(library)('articles.list', {});
  library.close();
  const rivers = items.find((item) => item.title === 'Rivers')!;
  const same = jianbao(['reimport', String(rivers.sourceId), '--db', db]);
  assert.equal(same.code, 0, same.err);
  assert.match(same.out, /1 in place, 0 moved, 0 orphaned/);
  writeFileSync(join(dir, 'rivers-v2.md'), '# Rivers\n\nIt flows east.\n');
  const changed = jianbao(['reimport', String(rivers.sourceId), join(dir, 'rivers-v2.md'), '--db', db]);
  assert.equal(changed.code, 0, changed.err);
  assert.match(changed.out, /0 in place, 0 moved, 1 orphaned/);
  assert.equal(jianbao(['reimport', 'x', '--db', db]).code, 2);
  assert.equal(jianbao(['reimport', '--db', db]).code, 2);
  assert.match(jianbao(['reimport', '999', '--db', db]).err, /no source 999/);
});
