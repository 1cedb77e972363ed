// A re-import keeps what the person changed of what the file said: a headline they rewrote, the authors they
// set, and their highlights where they were.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiOf, encode } from '../support/library-api.js';
import { tempLibrary } from '../support/temp-library.js';

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
    const { json } = await api('backup.create', {});
    const restored = tempLibrary();
    try {
      const other = apiOf(restored);
      await other('backup.restore', { json });
      const [copy] = (await other('articles.list', {})).items;
      await other('library.reimport', { sourceId: copy!.sourceId });
      const again = await other('articles.get', { id: copy!.id });
      assert.equal(again.title, '港口贸易翻番');
      assert.deepEqual(again.authors, ['Li Ming']);
    } finally {
      restored.close();
    }
  } finally {
    library.close();
  }
});
