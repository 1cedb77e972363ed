import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../../main/node/cli/run-cli.js';
import { openLibrary } from '../../main/node/library.js';
import { tempDbPath, textFile } from '../support/temp-library.js';

async function jianbao(args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

async function libraryFile(): Promise<string> {
  const db = tempDbPath();
  const library = openLibrary(db);
  for (const [name, text] of [
    ['anthem.md', '# 国歌\n\n我们唱国歌。\n'],
    ['phone.md', '# iPhone发布\n\n新的iPhone发布了，国歌响起。\n'],
  ]) {
    await library.dispatch('library.import', { files: [textFile(name!, text!)] });
  }
  library.close();
  return db;
}

test('jianbao search prints matching articles with marked snippets, or JSON', async () => {
  const db = await libraryFile();
  const text = await jianbao(['search', '国歌', '--db', db, '--sort', 'newest']);
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /^2\tiPhone发布\tphone\.md\t\d{4}-\d{2}-\d{2}\n {2}.*\[国歌\]/);
  assert.match(text.out, /2 of 2 matching articles\.\n$/);

  const json = await jianbao(['search', 'iphone发布', '--db', db, '--json', '--limit', '1']);
  const parsed = JSON.parse(json.out) as {
    hits: { articleId: number; snippet: { hit: boolean }[] }[];
    total: number;
  };
  assert.equal(parsed.total, 1);
  assert.deepEqual(
    parsed.hits.map((hit) => hit.articleId),
    [2],
  );

  const words = await jianbao(['search', '--db', db, '--', '国歌', '-iphone']);
  assert.match(words.out, /^1\t国歌\t/);
  assert.match((await jianbao(['search', '香港', '--db', db])).out, /^No article matches\.\n$/);
});

test('jianbao search explains a bad query or option and exits 2', async () => {
  const db = await libraryFile();
  for (const args of [
    ['search'],
    ['search', '，。'],
    ['search', 'x', '--limit', 'many'],
    ['search', 'x', '--sort', 'title'],
  ]) {
    const result = await jianbao([...args, '--db', db]);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.err, /Usage:/);
  }
  assert.match((await jianbao(['search', 'after:May', '--db', db])).err, /YYYY-MM-DD/);
});

test('jianbao search pages through every hit: --limit past one page, --offset and --all', async () => {
  const db = tempDbPath();
  const library = openLibrary(db);
  const files = Array.from({ length: 450 }, (_, i) =>
    textFile(`day-${i}.txt`, `第${i}天的报道：渡轮照常开。`),
  );
  await library.dispatch('library.import', { files });
  library.close();
  const ids = async (args: string[]) => {
    const result = await jianbao(['search', '渡轮', '--db', db, '--json', '--sort', 'newest', ...args]);
    assert.equal(result.code, 0, result.err);
    return (JSON.parse(result.out) as { hits: { articleId: number }[] }).hits.map((hit) => hit.articleId);
  };
  const all = await ids(['--all']);
  assert.equal(all.length, 450);
  assert.equal(new Set(all).size, 450);
  assert.deepEqual(await ids(['--limit', '201']), all.slice(0, 201));
  assert.deepEqual(await ids(['--limit', '1000']), all);
  assert.deepEqual(await ids(['--limit', '250', '--offset', '190']), all.slice(190, 440));
  assert.deepEqual(await ids(['--all', '--offset', '420']), all.slice(420));
  assert.equal((await ids([])).length, 20);
  const relevance = await jianbao(['search', '渡轮', '--db', db, '--all']);
  assert.match(relevance.out, /450 of 450 matching articles\.\n$/);
  for (const args of [
    ['--limit', '0'],
    ['--offset', '-1'],
    ['--limit', '5', '--all'],
  ]) {
    const result = await jianbao(['search', '渡轮', '--db', db, ...args]);
    assert.equal(result.code, 2, args.join(' '));
    assert.match(result.err, /Usage:/);
  }
});
