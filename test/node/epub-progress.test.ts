// A long EPUB is read chapter by chapter: the import says which chapter it is at, and Cancel stops it with
// nothing stored.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookOfChapters } from '../support/packaged-documents';
import { tempLibrary } from '../support/temp-library';

const CHAPTERS = 500;

const longBook = () =>
  bookOfChapters(CHAPTERS, () =>
    '<p>The road ran on past the mill and the river, and nobody spoke.</p>'.repeat(20),
  );

test('a 500-chapter EPUB reports the chapter it is at, and a cancelled import stores nothing', async () => {
  const library = tempLibrary();
  try {
    const { services } = library;
    const running = services['library.import']({ files: [{ name: 'long.epub', data: longBook() }] });
    let seen = await services['library.importProgress']({});
    while (seen.page < 3) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      seen = await services['library.importProgress']({});
      assert.ok(seen.running && seen.fileName === 'long.epub');
    }
    assert.deepEqual({ unit: seen.unit, pages: seen.pages }, { unit: 'chapter', pages: CHAPTERS });
    assert.ok(seen.page < CHAPTERS, 'progress is seen while the book is still being read');
    assert.deepEqual(await services['library.cancelImport']({}), { cancelled: true });
    const result = await running;
    assert.deepEqual(
      result.rejected.map((r) => r.reason),
      ['long.epub was not imported: the import was cancelled.'],
    );
    const count = library.store.db.prepare<[], number>('SELECT count(*) FROM articles').pluck().get();
    assert.equal(count, 0);

    const whole = await services['library.import']({ files: [{ name: 'long.epub', data: longBook() }] });
    assert.equal(whole.imported[0]?.articleIds.length, CHAPTERS);
  } finally {
    library.close();
  }
});
