/**
 * What main says to a person (refusals, errors, a file not imported) is said in the language they read:
 * the library's chosen one for the page, the locale for the CLI. Every such sentence is written in both
 * languages where it is said; a scan of the sources finds any still written in one.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { tempDbPath, tempLibrary } from '../support/temp-library.js';
import { tempDir } from '../support/temp-dir.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(root, 'bin/jianbao.mjs');

test("the page's requests are answered in the library's language: refusals, errors and bad input", async () => {
  const library = tempLibrary();
  try {
    const { dispatch } = library;
    await dispatch('settings.update', { language: 'zh-CN' });
    const imported = await dispatch('library.import', {
      files: [{ name: 'empty.txt', data: new Uint8Array() }],
    });
    assert.ok(imported.ok);
    const [rejected] = (imported.value as { rejected: { reason: string; said: Record<string, string> }[] })
      .rejected;
    assert.equal(rejected?.said['zh-CN'], 'empty.txt 未导入：文件是空的。');
    assert.equal(rejected?.reason, 'empty.txt was not imported: the file is empty.');

    const missing = await dispatch('articles.get', { id: 999 });
    assert.deepEqual(missing, {
      ok: false,
      error: { code: 'not_found', message: '没有编号为 999 的文章，可能已被删除。' },
    });
    const invalid = await dispatch('articles.get', { id: 'x' });
    assert.ok(!invalid.ok);
    assert.match(invalid.error.message, /^articles\.get 的输入无效：id: /);
    const backwards = await dispatch('articles.update', { id: 1 });
    assert.ok(!backwards.ok);
    assert.match(backwards.error.message, /请说明要改什么/, "the contract's own sentences too");
    const query = await dispatch('search.query', { query: 'after:yesterday' });
    assert.ok(!query.ok);
    assert.match(query.error.message, /^after: 后面要写 YYYY-MM-DD 格式的日期/);

    await dispatch('settings.update', { language: 'en' });
    const english = await dispatch('articles.get', { id: 999 });
    assert.ok(!english.ok);
    assert.equal(english.error.message, 'There is no article 999; it may have been deleted.');
    // A transport may name the language itself (the CLI does).
    const named = await dispatch('articles.get', { id: 999 }, 'zh-CN');
    assert.ok(!named.ok);
    assert.match(named.error.message, /^没有编号为 999/);
  } finally {
    library.close();
  }
});

test('the CLI passes on what the library says in the locale it speaks', () => {
  const db = tempDbPath();
  const empty = join(tempDir('jianbao-said-'), 'empty.txt');
  writeFileSync(empty, '');
  const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' };
  const run = (args: string[]) =>
    spawnSync(process.execPath, [BIN, ...args, '--db', db], { encoding: 'utf8', env });
  const refused = run(['import', empty]);
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /未导入：文件是空的。/);
  const search = run(['search', 'before:soon']);
  assert.match(search.stderr, /before: 后面要写 YYYY-MM-DD 格式的日期/);
  const gone = run(['reimport', '99']);
  assert.match(gone.stderr, /没有编号为 99 的来源/);
  assert.match(run(['import', join(root, 'package.json')]).stdout, /已导入/);
});

/** Places where main writes a sentence for a person: each must be `said(en, zh)`, never one literal. */
const ONE_LANGUAGE = [
  /new ApiError\(\s*'[a-z_]+',\s*[`'"]/,
  /\breason:\s*[`'"]/,
  /new (?:DocumentRefusal|PdfReadError|QueryError|ExportFolderError)\(\s*[`'"]/,
  /\berror:\s*[`'"][A-Z]/,
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

test('no sentence main says to a person is written in one language only', () => {
  const found = [...sources(join(root, 'main/node')), ...sources(join(root, 'main/domain'))].flatMap((path) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        ONE_LANGUAGE.some((pattern) => pattern.test(line))
          ? [`${path.slice(root.length)}:${index + 1}: ${line.trim()}`]
          : [],
      ),
  );
  assert.deepEqual(found, []);
});
