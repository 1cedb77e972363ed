import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { libraryWithFiles } from '../support/library-api.js';
import { DEFAULT_TEMPLATES } from '../../main/domain/export/index.js';
import { writeExportFolder } from '../../main/node/export/write-export-folder.js';
import { tempDir } from '../support/temp-dir.js';

const HOSTILE = {
  'a.md': '# ../../escape\n\nFirst text to mark.\n',
  'b.md': '# CON\n\nSecond text to mark.\n',
  'c.md': '# a/b\\\\c:d*?"<>|\n\nThird text to mark.\n',
  'd.md': '# ..\n\nFourth text to mark.\n',
  'e.md': '# Same\n\nFifth text to mark.\n',
  'f.md': '# same\n\nSixth text to mark.\n',
  'unmarked.md': '# Unmarked\n\nNothing marked here.\n',
};

async function markedLibrary() {
  const setup = await libraryWithFiles(HOSTILE);
  for (const [name, id] of Object.entries(setup.ids)) {
    if (name === 'unmarked.md') continue;
    const { text } = await setup.api('articles.get', { id });
    const start = text.indexOf('text');
    await setup.api('annotations.create', {
      articleId: id,
      start,
      end: start + 4,
      tags: name === 'a.md' ? ['pick'] : [],
    });
  }
  return setup;
}

test('exporting to a folder twice writes the same safe file names inside it and overwrites them', async () => {
  const { library, api } = await markedLibrary();
  const parent = tempDir('jianbao-export-');
  const folder = join(parent, 'notes', 'deeper');
  const first = await api('export.toFolder', { folder, scope: { kind: 'library' } });
  assert.equal(first.files.length, 6);
  assert.deepEqual(readdirSync(parent), ['notes']);
  assert.deepEqual(readdirSync(join(parent, 'notes')), ['deeper']);
  assert.deepEqual(
    readdirSync(folder).sort(),
    [...first.files].sort(),
    'no temporary files left, nothing else',
  );
  for (const name of first.files) {
    assert.ok(!/[/\\]/.test(name) && name !== '.' && name !== '..' && name.endsWith('.md'), name);
  }
  const stale = join(folder, first.files[0]!);
  writeFileSync(stale, 'edited by hand');
  const second = await api('export.toFolder', { folder, scope: { kind: 'library' } });
  assert.deepEqual(second.files, first.files);
  assert.deepEqual(readdirSync(folder).sort(), [...first.files].sort());
  assert.notEqual(readFileSync(stale, 'utf8'), 'edited by hand');
  assert.match(readFileSync(stale, 'utf8'), /jianbao:\/\/open\/\d+#\d+/);
  library.close();
});

test('a folder that cannot be written is a typed error', async () => {
  const { library, api } = await markedLibrary();
  const file = join(tempDir('jianbao-export-'), 'a-file');
  writeFileSync(file, 'x');
  await assert.rejects(api('export.toFolder', { folder: file, scope: { kind: 'library' } }), {
    code: 'rejected',
    message: /could not be written/,
  });
  library.close();
});

test('a folder path of another platform is refused with a sentence, not made under the working directory', async () => {
  const { library, api } = await markedLibrary();
  const foreign = process.platform === 'win32' ? '/notes/deeper' : 'C:\\Users\\me\\notes';
  const before = readdirSync(process.cwd());
  await assert.rejects(api('export.toFolder', { folder: foreign, scope: { kind: 'library' } }), {
    code: 'invalid_input',
    message: /is not a full folder path on this computer; give one such as/,
  });
  assert.deepEqual(readdirSync(process.cwd()), before);
  library.close();
});

test(
  'a folder the system never lets exist answers at once with a sentence',
  { timeout: 10_000 },
  async (t) => {
    if (!existsSync('/proc/self')) return t.skip('no /proc on this system');
    const { library, api } = await markedLibrary();
    // Node's recursive mkdir spins for ever here: /proc/self exists and /proc/self/nope answers ENOENT.
    await assert.rejects(api('export.toFolder', { folder: '/proc/self/nope/', scope: { kind: 'library' } }), {
      code: 'rejected',
      message: /could not be written to \/proc\/self\/nope\/ \(a folder cannot be made there, ENOENT\)/,
    });
    library.close();
  },
);

test('export.cancel stops a running export, which leaves no temporary file', async () => {
  const { library, api } = await markedLibrary();
  const folder = join(tempDir('jianbao-export-'), 'notes');
  assert.deepEqual(await api('export.cancel', {}), { cancelled: false }, 'nothing running');
  const writing = api('export.toFolder', { folder, scope: { kind: 'library' } });
  // The export has planned its files and started writing before the cancel arrives.
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(await api('export.cancel', {}), { cancelled: true });
  await assert.rejects(writing, { code: 'rejected', message: /the export was cancelled/ });
  await new Promise((resolve) => setTimeout(resolve, 100));
  assert.deepEqual(
    (existsSync(folder) ? readdirSync(folder) : []).filter((name) => name.endsWith('.tmp')),
    [],
  );
  library.close();
});

test('writing a folder stops at its time budget, leaving whole files only', async () => {
  const folder = tempDir('jianbao-export-');
  const files = Array.from({ length: 3000 }, (_, i) => ({ fileName: `${i}.md`, markdown: 'x'.repeat(2000) }));
  await assert.rejects(writeExportFolder(folder, files, AbortSignal.timeout(5)), { name: 'TimeoutError' });
  await new Promise((resolve) => setTimeout(resolve, 200));
  const left = readdirSync(folder);
  assert.ok(left.length < files.length, 'stopped before the end');
  assert.deepEqual(
    left.filter((name) => !/^\d+\.md$/.test(name)),
    [],
    'no temporary file',
  );
  for (const name of left) assert.equal(readFileSync(join(folder, name), 'utf8').length, 2000, name);
});

test('notes export one article, a tag or the library, in one file or one per article', async () => {
  const { library, api, ids } = await markedLibrary();
  const one = await api('export.notes', { scope: { kind: 'article', articleId: ids['b.md']! } });
  assert.equal(one.files.length, 1);
  assert.match(one.files[0]!.markdown, /^---\n/);
  assert.deepEqual(
    one.files[0]!.fileName,
    (await api('export.markdown', { articleId: ids['b.md']! })).fileName,
  );

  const library1 = await api('export.notes', { scope: { kind: 'library' } });
  assert.equal(library1.files.length, 1);
  assert.equal((library1.files[0]!.markdown.match(/\^jb-\d+/g) ?? []).length, 6);
  const perArticle = await api('export.notes', { scope: { kind: 'library' }, layout: 'per-article' });
  assert.equal(perArticle.files.length, 6);

  const tagged = await api('export.notes', { scope: { kind: 'tag', tag: 'PICK' }, layout: 'per-article' });
  assert.equal(tagged.files.length, 1);
  assert.match(tagged.files[0]!.markdown, /#pick/);
  await api('articles.setTags', { articleId: ids['e.md']!, tags: ['pick'] });
  const single = await api('export.notes', { scope: { kind: 'tag', tag: 'pick' } });
  assert.equal((single.files[0]!.markdown.match(/\^jb-\d+/g) ?? []).length, 2);
  await assert.rejects(api('export.notes', { scope: { kind: 'article', articleId: 999 } }), {
    code: 'not_found',
  });
  library.close();
});

test('export templates can be edited, are validated, used by every export, and reset', async () => {
  const { library, api, ids } = await markedLibrary();
  assert.deepEqual(await api('export.templates.get', {}), { ...DEFAULT_TEMPLATES, custom: false });
  const article = '# {{{title}}} (mine)\n{{#highlights}}{{> highlight}}{{/highlights}}';
  const set = await api('export.templates.set', { article });
  assert.deepEqual(set, { ...DEFAULT_TEMPLATES, article, custom: true });
  const { markdown } = await api('export.markdown', { articleId: ids['b.md']! });
  assert.match(markdown, /^# CON \(mine\)\n/);

  await assert.rejects(api('export.templates.set', { highlight: '{{#open}} never closed' }), {
    code: 'invalid_input',
    message: /highlight template/,
  });
  assert.equal(
    (await api('export.templates.get', {})).highlight,
    DEFAULT_TEMPLATES.highlight,
    'nothing half-set',
  );
  assert.deepEqual(await api('export.templates.set', { reset: true }), {
    ...DEFAULT_TEMPLATES,
    custom: false,
  });
  assert.deepEqual(await api('export.templates.set', { article: DEFAULT_TEMPLATES.article }), {
    ...DEFAULT_TEMPLATES,
    custom: false,
  });
  library.close();
});
