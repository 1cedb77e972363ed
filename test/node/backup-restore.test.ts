import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../shared/contract/api.js';
import { encode, libraryWithFiles, type Api } from '../support/library-api.js';

const FILES = {
  'rivers.md': '# Rivers\n\nThe Yangtze is the longest river in Asia. 长江是亚洲最长的河流。\n',
  'hills.md': '# Hills\n\nHills are smaller than mountains, and greener.\n',
  'plain.md': '# Plain\n\nNothing of the user is on this one.\n',
};

/** What must survive a backup: everything but the library's own ids. */
const portable = ({ id: _id, articleId: _articleId, ...rest }: Annotation) => rest;

async function userData(api: Api, ids: Record<string, number>) {
  const data: Record<string, unknown> = {};
  for (const [name, id] of Object.entries(ids)) {
    data[name] = {
      annotations: (await api('annotations.list', { articleId: id })).map(portable),
      bookmarks: (await api('bookmarks.list', { articleId: id })).map(({ offset, label, createdAt }) => ({
        offset,
        label,
        createdAt,
      })),
      tags: (await api('tags.list', { articleId: id })).tags.map((tag) => tag.name),
    };
  }
  return data;
}

async function annotatedLibrary() {
  const source = await libraryWithFiles(FILES);
  const { api, ids } = source;
  const rivers = ids['rivers.md']!;
  const { text } = await api('articles.get', { id: rivers });
  await api('annotations.create', {
    articleId: rivers,
    start: text.indexOf('长江'),
    end: text.indexOf('长江') + 2,
    color: 'pink',
    style: 'underline',
    note: '**Long**',
    tags: ['china', 'rivers'],
  });
  await api('annotations.create', {
    articleId: rivers,
    kind: 'note',
    note: 'On the whole article.',
    tags: ['summary'],
  });
  await api('annotations.create', { articleId: ids['hills.md']!, start: 0, end: 5, color: 'green' });
  await api('bookmarks.create', { articleId: rivers, offset: 10, label: 'here' });
  await api('articles.setTags', { articleId: ids['hills.md']!, tags: ['landscape'] });
  // Orphaned by a re-import, then backed up: it must stay orphaned, with its quote.
  const { text: hillText } = await api('articles.get', { id: ids['hills.md']! });
  await api('annotations.create', {
    articleId: ids['hills.md']!,
    start: hillText.indexOf('greener'),
    end: hillText.indexOf('greener') + 7,
  });
  return source;
}

test('a backup restored onto a fresh library with the same articles brings back every annotation, bookmark and tag', async () => {
  const first = await annotatedLibrary();
  const { json, fileName } = await first.api('backup.create', {});
  assert.match(fileName, /^jianbao-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const expected = await userData(first.api, first.ids);

  const second = await libraryWithFiles(FILES);
  assert.deepEqual(await second.api('backup.restore', { json }), {
    sources: 0,
    articles: 0,
    annotations: 4,
    bookmarks: 1,
    tags: 4,
    skipped: 0,
    orphaned: 0,
    unmatched: 0,
  });
  assert.deepEqual(await userData(second.api, second.ids), expected);

  // Twice: nothing new, everything skipped.
  const again = await second.api('backup.restore', { json });
  assert.deepEqual(again, {
    sources: 0,
    articles: 0,
    annotations: 0,
    bookmarks: 0,
    tags: 0,
    skipped: 6,
    orphaned: 0,
    unmatched: 0,
  });
  assert.deepEqual(await userData(second.api, second.ids), expected);
  first.library.close();
  second.library.close();
});

test('orphaned annotations stay orphaned through a backup; sources the library lacks are recreated', async () => {
  const first = await annotatedLibrary();
  const hillsSource = (await first.api('articles.get', { id: first.ids['hills.md']! })).sourceId;
  const changed = '# Hills\n\nHills are smaller than mountains.\n';
  const reimported = await first.api('library.reimport', {
    sourceId: hillsSource,
    file: { name: 'hills.md', data: encode(changed) },
  });
  assert.equal(reimported.orphaned, 1);
  const { json } = await first.api('backup.create', {});

  const second = await libraryWithFiles({ 'hills.md': changed });
  const counts = await second.api('backup.restore', { json });
  assert.deepEqual(
    [counts.sources, counts.articles, counts.annotations, counts.orphaned, counts.unmatched],
    [2, 2, 4, 1, 0],
  );
  const orphan = (await second.api('annotations.list', { articleId: second.ids['hills.md']! })).find(
    (annotation) => annotation.status === 'orphaned',
  );
  assert.equal(orphan?.quote, 'greener');
  first.library.close();
  second.library.close();
});

test('a damaged or foreign backup is refused with a clear message and changes nothing', async () => {
  const { library, api } = await libraryWithFiles(FILES);
  await assert.rejects(api('backup.restore', { json: '{not json' }), {
    code: 'invalid_input',
    message: /not valid JSON/,
  });
  await assert.rejects(api('backup.restore', { json: '{"format":"other"}' }), { code: 'invalid_input' });
  await assert.rejects(
    api('backup.restore', { json: JSON.stringify({ format: 'jianbao-backup', version: 99 }) }),
    { code: 'invalid_input', message: /newer Jianbao/ },
  );
  assert.equal((await api('annotations.all', {})).total, 0);
  library.close();
});
