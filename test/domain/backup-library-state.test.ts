/**
 * What library management sets on articles, in the backup and its restore plan: states fill only what
 * the library's article lacks, collections merge by name, a version 2 backup from before them still
 * reads, and an article renamed on one side is still found at its place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBackup, parseBackup, planRestore, serializeBackup } from '../../main/domain/backup/index.js';
import type {
  Backup,
  ExistingUserData,
  LibraryArticleData,
  RestoreTargetArticle,
} from '../../main/domain/backup/index.js';
import { NO_STATE } from '../support/article-state.js';

const HASHES = ['a', 'b'].map((letter) => letter.repeat(64));
const RIVERS = 'Rivers\n\nThe Yangtze is the longest river in Asia.';
const HILLS = 'Hills\n\nHills are smaller than mountains.';
const NOTHING: ExistingUserData = {
  ...{ tags: [], articleTags: [], annotations: [], bookmarks: [], settingKeys: [] },
  ...{ collections: [], collectionArticles: [] },
};

/** An article of a Markdown file of its own, its headline the text's first line. */
function article(source: number, text: string, extra: Partial<LibraryArticleData> = {}): LibraryArticleData {
  const title = text.slice(0, text.indexOf('\n'));
  return {
    text,
    title,
    sourceName: `${source}.md`,
    readingPosition: null,
    parse: {
      ...{ source, position: 0, format: 'markdown', section: null, kicker: null, subtitle: null },
      ...{ byline: null, dateline: null, rubric: null, authors: [], pageLayout: null },
      segments: [
        { type: 'title', start: 0, length: title.length },
        { type: 'paragraph', start: title.length + 2, length: text.length - title.length - 2 },
      ],
    },
    tags: [],
    annotations: [],
    bookmarks: [],
    ...NO_STATE,
    collections: [],
    ...extra,
  };
}

/** The backup as written… */
function made(articles: LibraryArticleData[], collections: { name: string; createdAt: string }[] = []) {
  return createBackup({
    createdAt: '2024-08-01T00:00:00.000Z',
    tags: [],
    settings: {},
    sources: HASHES.map((contentHash, i) => ({
      ...{ fileName: `${i}.md`, contentHash, encoding: 'utf-8', byteSize: 1 },
      ...{ importedAt: '2024-01-01T00:00:00.000Z', pageMeta: {}, content: '', original: null },
    })),
    collections,
    articles,
  });
}

/** …and as a restore reads it. */
function backupOf(...args: Parameters<typeof made>): Backup {
  const parsed = parseBackup(serializeBackup(made(...args)));
  assert.ok(parsed.ok);
  return parsed.backup;
}

function target(id: number, source: number, text: string): RestoreTargetArticle {
  const title = text.slice(0, text.indexOf('\n'));
  const place = { sourceName: `${source}.md`, sourceHash: HASHES[source]!, position: 0 };
  return { id, text, title, ...place, readingPosition: null, ...NO_STATE };
}

test("an article's states fill only what the library's lacks; collections merge by name; twice adds nothing", () => {
  const backup = backupOf(
    [
      article(0, RIVERS, {
        ...{ date: '2024-05-04', ownSourceName: 'The River Weekly', readAt: '2024-05-05T00:00:00.000Z' },
        ...{ archivedAt: '2024-05-06T00:00:00.000Z', lastReadAt: '2024-05-04T12:00:00.000Z' },
        collections: [
          { name: 'Reading list', addedAt: '2024-05-01T00:00:00.000Z' },
          { name: 'Water', addedAt: '2024-05-02T00:00:00.000Z' },
        ],
      }),
      article(1, HILLS, {
        readAt: '2024-06-01T00:00:00.000Z',
        collections: [{ name: 'Water', addedAt: 'x' }],
      }),
    ],
    [
      { name: 'Water', createdAt: '2024-04-01T00:00:00.000Z' },
      { name: 'Reading list', createdAt: '2024-04-02T00:00:00.000Z' },
      { name: 'Empty', createdAt: '2024-04-03T00:00:00.000Z' },
    ],
  );
  // Since the backup, the library's Rivers was read and given a date, and put in "reading LIST".
  const library = [
    { ...target(11, 0, RIVERS), readAt: '2024-07-01T00:00:00.000Z', date: '2024-07-01' },
    target(10, 1, HILLS),
  ];
  const existing: ExistingUserData = {
    ...NOTHING,
    collections: ['reading LIST'],
    collectionArticles: [{ articleId: 11, collection: 'reading LIST' }],
  };
  const plan = planRestore(backup, library, existing);
  assert.deepEqual(plan.articleStates, [
    {
      articleId: 11,
      ownSourceName: 'The River Weekly',
      archivedAt: '2024-05-06T00:00:00.000Z',
      lastReadAt: '2024-05-04T12:00:00.000Z',
    },
    { articleId: 10, readAt: '2024-06-01T00:00:00.000Z' },
  ]);
  assert.deepEqual(plan.collectionsToCreate, [
    { name: 'Water', createdAt: '2024-04-01T00:00:00.000Z' },
    { name: 'Empty', createdAt: '2024-04-03T00:00:00.000Z' },
  ]);
  assert.deepEqual(plan.collectionArticles, [
    { articleId: 11, collection: 'Water', addedAt: '2024-05-02T00:00:00.000Z' },
    { articleId: 10, collection: 'Water', addedAt: 'x' },
  ]);
  assert.equal(plan.skipped.collectionArticles, 1);

  const filled = library.map((a) => ({ ...a, ...plan.articleStates.find((s) => s.articleId === a.id) }));
  const again = planRestore(backup, filled, {
    ...existing,
    collections: [...existing.collections, ...plan.collectionsToCreate.map((c) => c.name)],
    collectionArticles: [...existing.collectionArticles, ...plan.collectionArticles],
  });
  assert.deepEqual([again.articleStates, again.collectionsToCreate, again.collectionArticles], [[], [], []]);
  assert.equal(again.skipped.collectionArticles, 3);
});

test('two backed-up copies of one text on one article: the second fills only what the first did not', () => {
  const backup = backupOf([
    article(0, RIVERS, { readAt: '2024-05-05T00:00:00.000Z' }),
    article(1, RIVERS, { readAt: '2024-06-06T00:00:00.000Z', date: '2024-06-06' }),
  ]);
  const plan = planRestore(backup, [target(1, 0, RIVERS)], NOTHING);
  assert.deepEqual(plan.articleStates, [
    { articleId: 1, readAt: '2024-05-05T00:00:00.000Z' },
    { articleId: 1, date: '2024-06-06' },
  ]);
});

test('a version 2 backup made before library management reads with no states and no collections', () => {
  const old = JSON.parse(serializeBackup(made([article(0, RIVERS), article(1, HILLS)])));
  delete old.collections;
  for (const item of old.articles) {
    for (const field of ['date', 'ownSourceName', 'readAt', 'archivedAt', 'lastReadAt', 'collections'])
      delete item[field];
  }
  const parsed = parseBackup(JSON.stringify(old));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.backup, backupOf([article(0, RIVERS), article(1, HILLS)]));
});

test('a state the library would refuse makes the backup damaged, not the restore fail half-way', () => {
  const damaged = JSON.parse(serializeBackup(made([article(0, RIVERS)])));
  damaged.articles[0].date = '4 May 2024';
  const parsed = parseBackup(JSON.stringify(damaged));
  assert.equal(parsed.ok, false);
  assert.match(parsed.ok ? '' : parsed.error.en, /articles\.0\.date/);
});

test('an article renamed since the backup (or in it) is still found at its place: only its headline differs', () => {
  const renamed = `My own title${RIVERS.slice('Rivers'.length)}`;
  const plan = planRestore(
    backupOf([article(0, RIVERS, { readAt: '2024-05-05T00:00:00.000Z' })]),
    [target(7, 0, renamed)],
    NOTHING,
  );
  assert.deepEqual(
    [plan.unmatched, plan.articleStates],
    [[], [{ articleId: 7, readAt: '2024-05-05T00:00:00.000Z' }]],
  );
  // A body changed too is another text: not matched by its place.
  const rewritten = planRestore(
    backupOf([article(0, RIVERS)]),
    [target(7, 0, renamed.replace('longest', 'widest'))],
    NOTHING,
  );
  assert.equal(rewritten.unmatched.length, 1);
});
