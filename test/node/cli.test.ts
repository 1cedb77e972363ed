import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIXTURE_PAGE, tempDbPath } from '../support/temp-library.js';
import { openLibrary } from '../../main/node/library.js';
import { tempDir } from '../support/temp-dir.js';

const BIN = fileURLToPath(new URL('../../bin/jianbao.mjs', import.meta.url));
const fixturePath = fileURLToPath(FIXTURE_PAGE);

function jianbao(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('import, list, and re-import through the jianbao command, with --db or JIANBAO_DB', () => {
  const db = tempDbPath();
  const first = jianbao(['import', fixturePath, '--db', db]);
  assert.equal(first.code, 0, first.err);
  assert.match(first.out, /imported \(utf-8\), \d+ articles?/);
  const again = jianbao(['import', fixturePath], { JIANBAO_DB: db });
  assert.match(again.out, /already in the library/);
  const list = jianbao(['list', '--json'], { JIANBAO_DB: db });
  const items = JSON.parse(list.out) as { title: string; sourceName: string }[];
  assert.ok(items.length > 1);
  assert.ok(items.every((item) => item.sourceName === 'party-building-page.txt'));
});

test('bad files make import exit 2 with a message per file, and good ones still go in', () => {
  const dir = tempDir('jianbao-cli-');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'ok.txt'), 'A short note.\n');
  const db = tempDbPath();
  const result = jianbao([
    'import',
    join(dir, 'empty.txt'),
    join(dir, 'missing.txt'),
    join(dir, 'ok.txt'),
    '--db',
    db,
  ]);
  assert.equal(result.code, 2);
  assert.match(result.err, /empty\.txt was not imported: the file is empty/);
  assert.match(result.err, /missing\.txt could not be read: there is no such file/);
  assert.match(result.out, /ok\.txt: imported/);
});

test('a text file damaged in a byte is imported, and the import says so; the article shows the byte as U+FFFD', () => {
  const dir = tempDir('jianbao-cli-');
  const line = '国家统计局今天发布数据显示，经济运行持续回升向好。\n';
  const text = new TextEncoder().encode(line.repeat(20));
  // A stray byte after the first line.
  const at = new TextEncoder().encode(line).length;
  writeFileSync(
    join(dir, 'damaged.txt'),
    new Uint8Array([...text.subarray(0, at), 0xff, ...text.subarray(at)]),
  );
  const db = tempDbPath();
  const result = jianbao(['import', join(dir, 'damaged.txt'), '--db', db]);
  assert.equal(result.code, 0, result.err);
  assert.match(
    result.out,
    /damaged\.txt: imported \(utf-8\), 1 article: ids 1\n  1 place in it could not be read \(the file may be damaged\)/,
  );
  const library = openLibrary(db);
  try {
    const article = library.store.getArticle(1);
    assert.equal([...(article?.text ?? '')].filter((c) => c === '\ufffd').length, 1);
  } finally {
    library.close();
  }
  // Showing how the file would be split says it too.
  const shown = jianbao(['parse', join(dir, 'damaged.txt')]);
  assert.match(shown.out, /^1 place in it could not be read/);
  const asJson = JSON.parse(jianbao(['parse', join(dir, 'damaged.txt'), '--json']).out) as {
    notices: string[];
  };
  assert.deepEqual(asJson.notices, [
    '1 place in it could not be read (the file may be damaged) and shows as \ufffd',
  ]);
});

test('parse prints the page as JSON in the golden shape without touching a library', () => {
  const result = jianbao(['parse', fixturePath, '--json'], {
    JIANBAO_DB: join(tmpdir(), 'must-not-exist', 'x.sqlite'),
  });
  assert.equal(result.code, 0, result.err);
  const page = JSON.parse(result.out) as {
    source: string;
    articles: { title: string; blocks: { type: string; text: string }[] }[];
  };
  assert.equal(page.source, 'party-building-page.txt');
  assert.ok(page.articles.length > 1);
  for (const article of page.articles) {
    assert.equal(typeof article.title, 'string');
    assert.ok(
      article.blocks.every((block) => typeof block.type === 'string' && typeof block.text === 'string'),
    );
  }
});

test('export writes highlights and notes as Markdown to a file', async () => {
  const db = tempDbPath();
  jianbao(['import', fixturePath, '--db', db]);
  const library = openLibrary(db);
  const { text } = library.store.getArticle(1)!;
  const reply = await library.dispatch('annotations.create', {
    articleId: 1,
    start: 10,
    end: 30,
    note: 'Worth a follow-up.',
  });
  assert.ok(reply.ok);
  library.close();
  const out = join(tempDir('jianbao-export-'), 'notes.md');
  const result = jianbao(['export', '--db', db, '--article', '1', '--out', out]);
  assert.equal(result.code, 0, result.err);
  const markdown = readFileSync(out, 'utf8');
  for (const line of text
    .slice(10, 30)
    .split('\n')
    .filter((part) => part.trim() !== '')) {
    assert.ok(markdown.includes(`\n> ${line}\n`), `quote line "${line}" in:\n${markdown}`);
  }
  assert.ok(markdown.includes('Worth a follow-up.'));
  assert.equal(jianbao(['export', '--db', db, '--article', 'x']).code, 2);
});

test('unknown commands and options explain the usage', () => {
  const result = jianbao(['frobnicate']);
  assert.equal(result.code, 2);
  assert.match(result.err, /Unknown command "frobnicate"[\s\S]*Usage:/);
  assert.equal(jianbao(['list', '--nope']).code, 2);
});
