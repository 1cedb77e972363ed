// A re-import keeps what the person changed of what the file said: a headline they rewrote, the authors they
// set, their highlights where they were, and the articles they deleted deleted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { apiOf, encode, type Api } from '../support/library-api.js';
import { FIXTURE_PAGE, tempLibrary } from '../support/temp-library.js';

/**
 * The library backed up, restored into an empty one and its (first) source re-imported there; then `check`
 * looks at the copy.
 */
async function reimportedFromBackup(
  api: Api,
  check: (other: Api, copy: { id: number; sourceId: number }) => Promise<void>,
): Promise<void> {
  const { json } = await api('backup.create', {});
  const restored = tempLibrary();
  try {
    const other = apiOf(restored);
    await other('backup.restore', { json });
    const [copy] = (await other('articles.list', {})).items;
    await other('library.reimport', { sourceId: copy!.sourceId });
    await check(other, copy!);
  } finally {
    restored.close();
  }
}

const PASSAGE = 'The rail link opens next spring, a year late.';
const FILE = `# Harbour trade doubles\n\nThe port handled record volumes this year, officials said.\n\n${PASSAGE}\n`;

test('a re-import, of the same file or a newer one, keeps a renamed headline and the authors set by hand', async () => {
  const library = tempLibrary();
  try {
    const api = apiOf(library);
    const { imported } = await api('library.import', { files: [{ name: 'harbour.md', data: encode(FILE) }] });
    const { sourceId, articleIds } = imported[0]!;
    const id = articleIds[0]!;
    await api('articles.update', { id, title: '港口贸易翻番', authors: ['Li Ming'] });
    const { text } = await api('articles.get', { id });
    const start = text.indexOf(PASSAGE);
    await api('annotations.create', { articleId: id, start, end: start + PASSAGE.length });

    for (const file of [undefined, { name: 'harbour.md', data: encode(`${FILE}\nA new closing line.\n`) }]) {
      const result = await api('library.reimport', { sourceId, file });
      assert.deepEqual(result.articleIds, [id]);
      const article = await api('articles.get', { id });
      assert.equal(article.title, '港口贸易翻番');
      assert.ok(
        article.text.startsWith('港口贸易翻番'),
        'the headline in the text is the one the person wrote',
      );
      assert.deepEqual(article.authors, ['Li Ming']);
      const [highlight] = await api('annotations.list', { articleId: id });
      assert.equal(highlight?.quote, PASSAGE);
      assert.equal(highlight?.status, 'anchored');
    }
    // Through a backup into an empty library, the edits are still the person's.
    await reimportedFromBackup(api, async (other, copy) => {
      const again = await other('articles.get', { id: copy.id });
      assert.equal(again.title, '港口贸易翻番');
      assert.deepEqual(again.authors, ['Li Ming']);
    });
  } finally {
    library.close();
  }
});

const PAGE = readFileSync(FIXTURE_PAGE, 'utf8');

test('an article deleted from a file stays deleted when the file is re-imported; undone, it comes back for good', async () => {
  const library = tempLibrary();
  try {
    const api = apiOf(library);
    const { imported } = await api('library.import', { files: [{ name: 'page.txt', data: encode(PAGE) }] });
    const { sourceId, articleIds } = imported[0]!;
    assert.ok(articleIds.length > 2);
    const titles = async () =>
      (await api('articles.list', { limit: 100 })).items.map((item) => item.title).sort();
    const all = await titles();
    const gone = (await api('articles.get', { id: articleIds[1]! })).title;
    const without = all.filter((title) => title !== gone);

    // Deleted and undone: it is the person's again, and a re-import keeps it.
    const { token } = await api('articles.delete', { ids: [articleIds[1]!] });
    await api('library.undoDelete', { token });
    await api('library.reimport', { sourceId });
    assert.deepEqual(await titles(), all);

    await api('articles.delete', { ids: [articleIds[1]!] });
    await api('library.reimport', { sourceId });
    assert.deepEqual(await titles(), without);
    const newer = encode(`${PAGE}\n（本版编辑：王明）\n`);
    await api('library.reimport', { sourceId, file: { name: 'page.txt', data: newer } });
    assert.deepEqual(await titles(), without, 'a newer version of the file does not bring it back either');

    // Through a backup into an empty library, the deletion still holds.
    await reimportedFromBackup(api, async (other) => {
      const again = (await other('articles.list', { limit: 100 })).items.map((item) => item.title).sort();
      assert.deepEqual(again, without);
    });
  } finally {
    library.close();
  }
});
