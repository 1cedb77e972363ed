import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { apiOf, encode } from '../support/library-api.js';
import { tempDbPath, tempLibrary } from '../support/temp-library.js';
import { tempDir } from '../support/temp-dir.js';

const BIN = fileURLToPath(new URL('../../bin/jianbao.mjs', import.meta.url));
const BIG5_TEXT =
  '臺灣新聞\n\n臺灣大學今天舉行畢業典禮。校長致詞，勉勵畢業生勇於面對挑戰。\n\n香港立法會議員表示，佢哋歡迎新政策。\n';
const big5 = () => new Uint8Array(iconv.encode(BIG5_TEXT, 'big5hkscs'));

async function importedBig5() {
  const library = tempLibrary();
  const api = apiOf(library);
  const { imported } = await api('library.import', { files: [{ name: 'taiwan.txt', data: big5() }] });
  const [file] = imported;
  assert.ok(file);
  return { library, api, sourceId: file.sourceId, articleId: file.articleIds[0]! };
}

test('a Big5 file is imported as Big5 and its bytes kept, so another encoding can be chosen on re-import', async () => {
  const { library, api, sourceId, articleId } = await importedBig5();
  try {
    const { text, encoding } = await api('articles.get', { id: articleId });
    assert.match(text, /畢業生勇於面對挑戰/);
    assert.equal(encoding, 'big5', 'the reader is told the encoding can be chosen');
    const start = text.indexOf('佢哋歡迎');
    await api('annotations.create', { articleId, start, end: start + 4 });

    const wrong = await api('library.reimport', { sourceId, encoding: 'gb18030' });
    assert.equal(wrong.encoding, 'gb18030');
    const misread = await api('articles.get', { id: wrong.articleIds[0]! });
    assert.doesNotMatch(misread.text, /畢業生/);
    assert.equal(misread.encoding, 'gb18030');
    // Parsed again without a choice, the source stays in the encoding chosen last.
    assert.equal((await api('library.reimport', { sourceId })).encoding, 'gb18030');

    const right = await api('library.reimport', { sourceId, encoding: 'big5' });
    assert.equal(right.encoding, 'big5');
    const back = await api('articles.get', { id: right.articleIds[0]! });
    assert.match(back.text, /畢業生勇於面對挑戰/);
    const [highlight] = await api('annotations.list', { articleId: back.id });
    assert.equal(highlight?.quote, '佢哋歡迎');
  } finally {
    library.close();
  }
});

test('a chosen encoding the bytes are not in, a UTF-8 source or a web page is refused with a sentence', async () => {
  const { library, api, sourceId } = await importedBig5();
  try {
    await assert.rejects(api('library.reimport', { sourceId, encoding: 'shift_jis' }), {
      code: 'invalid_input',
      message: 'taiwan.txt was not re-imported: its bytes are not valid shift_jis text.',
    });
    await assert.rejects(api('library.reimport', { sourceId, encoding: 'koi8-r' as never }), {
      code: 'invalid_input',
      message: /encoding/,
    });
    const page = encode('<!doctype html><title>T</title><article><h1>T</h1><p>Body text here.</p></article>');
    await assert.rejects(
      api('library.reimport', { sourceId, file: { name: 'page.html', data: page }, encoding: 'big5' }),
      { message: /it is read as HTML, and an encoding can be chosen only for a text or Markdown file/ },
    );
    const { imported } = await api('library.import', {
      files: [{ name: 'plain.txt', data: encode('Plain UTF-8 text, certain.\n') }],
    });
    assert.equal((await api('articles.get', { id: imported[0]!.articleIds[0]! })).encoding, null);
    await assert.rejects(api('library.reimport', { sourceId: imported[0]!.sourceId, encoding: 'big5' }), {
      message: /plain.txt cannot be read again in big5: it was read as utf-8 with certainty/,
    });
  } finally {
    library.close();
  }
});

function jianbao(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

test('jianbao reimport ID [FILE] --encoding NAME, as a process', () => {
  const db = tempDbPath();
  const dir = tempDir('jianbao-encoding-');
  const path = join(dir, 'taiwan.txt');
  writeFileSync(path, big5());
  const imported = jianbao(['import', path, '--db', db]);
  assert.equal(imported.code, 0, imported.err);
  assert.match(imported.out, /imported \(big5\)/);
  const [article] = JSON.parse(jianbao(['list', '--json', '--db', db]).out) as { sourceId: number }[];
  const id = String(article!.sourceId);

  const wrong = jianbao(['reimport', id, '--encoding', 'GBK', '--db', db]);
  assert.equal(wrong.code, 0, wrong.err);
  assert.match(wrong.out, new RegExp(`Re-imported source ${id} \\(gb18030\\)`));
  const right = jianbao(['reimport', id, path, '--encoding', 'Big5-HKSCS', '--db', db]);
  assert.equal(right.code, 0, right.err);
  assert.match(right.out, /\(big5\)/);

  const unknown = jianbao(['reimport', id, '--encoding', 'klingon', '--db', db]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /--encoding takes one of utf-8, utf-16le, .*windows-1252, not "klingon"/);
  const refused = jianbao(['reimport', id, '--encoding', 'shift_jis', '--db', db]);
  assert.equal(refused.code, 1);
  assert.match(refused.err, /its bytes are not valid shift_jis text/);
});

test('a re-import with a file whose name holds a control character is refused as bad input', async () => {
  const library = tempLibrary();
  try {
    const api = apiOf(library);
    const { imported } = await api('library.import', {
      files: [{ name: 'a.md', data: encode('# A\n\nText.\n') }],
    });
    await assert.rejects(
      api('library.reimport', {
        sourceId: imported[0]!.sourceId,
        file: { name: '\u0000', data: encode('A') },
      }),
      { code: 'invalid_input', message: /file\.name: must not contain control characters/ },
    );
  } finally {
    library.close();
  }
});
