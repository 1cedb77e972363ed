/**
 * What library management sets on articles (read, archived, last read, a date, a source name, a new
 * title, collections), restored onto a library that has the articles already: only what it lacks is
 * filled in, collections merge by name, and restoring twice is restoring once. Into an empty library
 * it all comes back: see backup-restore.test.ts and backup-property.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { libraryWithFiles, type Api } from '../support/library-api.js';

const FILES = {
  'rivers.md': '# Rivers\n\nThe Yangtze is the longest river in Asia.\n',
  'hills.md': '# Hills\n\nHills are smaller than mountains, and greener.\n',
  'plain.md': '# Plain\n\nNothing of the user is on this one.\n',
};

/** What library management shows of each article, by file, and the collections with their sizes. */
async function managed(api: Api, ids: Record<string, number>) {
  const articles: Record<string, unknown> = {};
  for (const [name, id] of Object.entries(ids)) {
    const article = await api('articles.get', { id });
    const { title, date, sourceName, read, archived, lastReadAt, annotationCount } = article;
    const { collections } = await api('collections.list', { articleId: id });
    articles[name] = {
      ...{ title, date, sourceName, read, archived, lastReadAt, annotationCount },
      collections: collections.map((collection) => collection.name),
    };
  }
  const { collections } = await api('collections.list', {});
  return { articles, collections: collections.map(({ name, articleCount }) => [name, articleCount]) };
}

test("restored onto a library that has the articles, an article's states fill only what it lacks and collections merge by name", async () => {
  const first = await libraryWithFiles(FILES);
  const [rivers, hills, plain] = ['rivers.md', 'hills.md', 'plain.md'].map((name) => first.ids[name]!);
  await first.api('articles.update', { id: rivers!, read: true, archived: true, date: '2024-05-04' });
  await first.api('articles.update', { id: hills!, read: true, sourceName: 'Hill Monthly' });
  await first.api('articles.setReadingPosition', { articleId: hills!, offset: 3 });
  // Renamed in the backup only: still the same article, by its place in the same file.
  await first.api('articles.update', { id: plain!, title: 'Renamed', archived: true });
  const { text } = await first.api('articles.get', { id: plain! });
  await first.api('annotations.create', {
    articleId: plain!,
    start: text.indexOf('user'),
    end: text.indexOf('user') + 4,
  });
  const reading = await first.api('collections.create', { name: 'Reading list' });
  await first.api('collections.addArticles', { id: reading.id, articleIds: [rivers!, hills!] });
  const later = await first.api('collections.create', { name: 'Later' });
  await first.api('collections.addArticles', { id: later.id, articleIds: [plain!] });
  const { json } = await first.api('backup.create', {});
  first.library.close();

  // The same files, and the user's own changes since: another date, hills read (later than in the
  // backup), a collection named as the backup's but for case, holding other articles.
  const second = await libraryWithFiles(FILES);
  const { api, ids } = second;
  await api('articles.update', { id: ids['rivers.md']!, date: '2025-01-01' });
  await api('articles.update', { id: ids['hills.md']!, read: true });
  const mine = await api('collections.create', { name: 'READING LIST' });
  await api('collections.addArticles', { id: mine.id, articleIds: [ids['plain.md']!, ids['hills.md']!] });
  const hillsInBackup = JSON.parse(json).articles.find((a: { title: string }) => a.title === 'Hills');
  assert.equal(typeof hillsInBackup.lastReadAt, 'string');

  const counts = await api('backup.restore', { json });
  assert.deepEqual([counts.sources, counts.articles, counts.annotations, counts.unmatched], [0, 0, 1, 0]);
  const expected = {
    articles: {
      'rivers.md': {
        ...{ title: 'Rivers', date: '2025-01-01', sourceName: 'rivers.md', read: true, archived: true },
        ...{ lastReadAt: null, annotationCount: 0, collections: ['READING LIST'] },
      },
      'hills.md': {
        ...{ title: 'Hills', date: null, sourceName: 'Hill Monthly', read: true, archived: false },
        ...{ lastReadAt: hillsInBackup.lastReadAt, annotationCount: 0, collections: ['READING LIST'] },
      },
      'plain.md': {
        ...{ title: 'Plain', date: null, sourceName: 'plain.md', read: false, archived: true },
        ...{ lastReadAt: null, annotationCount: 1, collections: ['Later', 'READING LIST'] },
      },
    },
    collections: [
      ['Later', 1],
      ['READING LIST', 3],
    ],
  };
  assert.deepEqual(await managed(api, ids), expected);
  // The highlight on the article renamed in the backup found its passage, after the headline.
  const [highlight] = await api('annotations.list', { articleId: ids['plain.md']! });
  assert.deepEqual([highlight!.status, highlight!.quote], ['anchored', 'user']);

  // The library's own read time is kept: hills was read in the library, later than in the backup.
  const restored = JSON.parse((await api('backup.create', {})).json);
  const hillsNow = restored.articles.find((a: { title: string }) => a.title === 'Hills');
  assert.ok(hillsNow.readAt > hillsInBackup.readAt);

  // Twice: the annotation and the three memberships are there already.
  const twice = await api('backup.restore', { json });
  assert.deepEqual([twice.annotations, twice.unmatched, twice.skipped], [0, 0, 1 + 3]);
  assert.deepEqual(await managed(api, ids), expected);
  second.library.close();
});
