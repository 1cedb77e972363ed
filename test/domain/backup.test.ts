import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import {
  contentHash,
  createBackup,
  parseBackup,
  planRestore,
  serializeBackup,
  sourcesToCreate,
} from '../../main/domain/backup/index.js';
import type {
  Backup,
  ExistingUserData,
  LibraryArticleData,
  RestorePlan,
  RestoreTargetArticle,
} from '../../main/domain/backup/index.js';
import { quoteAnchor } from '../../main/domain/anchoring/index.js';
import type { NewArticle } from '../../main/node/storage/library-store.js';
import { storedArticle } from '../support/temp-library.js';
import { NO_STATE } from '../support/article-state.js';

const RIVERS = 'An opening paragraph about rivers.\n\nA second paragraph, about mountains and valleys.';
const MARKET =
  '经过八个月的施工，位于城西老街的菜市场本周一重新开门迎客。改造后的市场保留了原来的青砖外墙和木质屋架。\n\n' +
  '卖豆腐的张阿姨说，最担心的是老顾客找不到她。';
const PLAIN = 'Nothing marked here.';
const SOURCE_HASHES = ['a', 'b', 'c'].map((letter) => letter.repeat(64));

function annotate(text: string, quote: string, extra: { note?: string; tags?: string[]; createdAt: string }) {
  const start = text.indexOf(quote);
  return {
    uuid: randomUUID(),
    kind: 'highlight' as const,
    style: 'highlight' as const,
    status: 'anchored' as const,
    ...quoteAnchor(text, start, start + quote.length),
    color: 'yellow' as const,
    note: extra.note ?? '',
    tags: extra.tags ?? [],
    createdAt: extra.createdAt,
    updatedAt: extra.createdAt,
  };
}

/** The stored article's parse, as a backup keeps it: one paragraph. */
const parseOf = ({ title: _title, text, segments: _segments, ...parsed }: NewArticle, source: number) => ({
  ...parsed,
  source,
  position: 0,
  segments: [{ type: 'paragraph', start: 0, length: text.length }],
  pageLayout: null,
});

function article(source: number, title: string, text: string): LibraryArticleData {
  return {
    text,
    title,
    sourceName: `source-${source}.txt`,
    readingPosition: null,
    parse: parseOf(storedArticle(title, text), source),
    tags: [],
    annotations: [],
    bookmarks: [],
    ...NO_STATE,
    collections: [],
  };
}

const LIBRARY: LibraryArticleData[] = [
  {
    ...article(0, 'Rivers', RIVERS),
    tags: ['Geography'],
    readingPosition: 40,
    annotations: [
      annotate(RIVERS, 'mountains', {
        note: 'High ones.',
        tags: ['peaks'],
        createdAt: '2024-01-01T00:00:00.000Z',
      }),
      annotate(RIVERS, 'rivers', { createdAt: '2024-01-02T00:00:00.000Z' }),
    ],
    bookmarks: [{ offset: 36, label: 'second paragraph', createdAt: '2024-01-03T00:00:00.000Z' }],
  },
  {
    ...article(1, '老街菜市场改造完工', MARKET),
    annotations: [
      annotate(MARKET, '青砖外墙', { createdAt: '2024-02-01T00:00:00.000Z' }),
      annotate(MARKET, '老顾客找不到她', { note: '回迁', createdAt: '2024-02-02T00:00:00.000Z' }),
    ],
  },
  article(2, 'Plain', PLAIN),
];

const backupOf = (articles: readonly LibraryArticleData[]) =>
  createBackup({
    createdAt: '2024-03-01T00:00:00.000Z',
    tags: ['Geography', 'unused'],
    settings: { 'export.template.article': '# {{title}}' },
    sources: SOURCE_HASHES.map((hash, i) => ({
      fileName: `source-${i}.txt`,
      contentHash: hash,
      encoding: 'utf-8',
      byteSize: 1,
      importedAt: '2024-01-01T00:00:00.000Z',
      pageMeta: {},
      content: '',
      original: null,
    })),
    collections: [],
    articles,
  });
const backup = () => backupOf(LIBRARY);
const NOTHING: ExistingUserData = {
  tags: [],
  articleTags: [],
  annotations: [],
  bookmarks: [],
  settingKeys: [],
  collections: [],
  collectionArticles: [],
};

/** A library article as a restore sees it; `source` is the index of its source's hash in SOURCE_HASHES. */
function target(id: number, text: string, title: string, source: number): RestoreTargetArticle {
  return {
    id,
    text,
    title,
    sourceName: `source-${source}.txt`,
    sourceHash: SOURCE_HASHES[source]!,
    position: 0,
    readingPosition: null,
    ...NO_STATE,
  };
}

/** What the library holds after a plan is applied on top of `existing`. */
function apply(existing: ExistingUserData, plan: RestorePlan): ExistingUserData {
  return {
    tags: [...existing.tags, ...plan.tagsToCreate],
    articleTags: [...existing.articleTags, ...plan.articleTags],
    annotations: [...existing.annotations, ...plan.annotations],
    bookmarks: [...existing.bookmarks, ...plan.bookmarks],
    settingKeys: [...existing.settingKeys, ...plan.settings.map((setting) => setting.key)],
    collections: [...existing.collections, ...plan.collectionsToCreate.map((collection) => collection.name)],
    collectionArticles: [...existing.collectionArticles, ...plan.collectionArticles],
  };
}

function failure(result: ReturnType<typeof parseBackup>): string {
  assert.equal(result.ok, false);
  return result.ok ? '' : result.error.en;
}

test('the content hash is SHA-256 of the UTF-8 text, as Node computes it', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      assert.equal(contentHash(text), createHash('sha256').update(text, 'utf8').digest('hex'));
    }),
  );
});

test('a backup holds every article, also one without annotations, and survives serialising unchanged', () => {
  const made = backup();
  assert.deepEqual(
    made.articles.map((a) => a.title),
    ['Rivers', '老街菜市场改造完工', 'Plain'],
  );
  assert.equal(made.version, 2);
  assert.deepEqual(parseBackup(serializeBackup(made)), { ok: true, backup: made });
});

test('broken, cut short, foreign, damaged, unknown and newer backups are refused with a sentence', () => {
  const text = serializeBackup(backup());
  assert.match(failure(parseBackup('{nope')), /not valid JSON/);
  assert.match(failure(parseBackup(text.slice(0, text.length / 2))), /not valid JSON \(is it cut short\?\)/);
  assert.match(failure(parseBackup('{"hello":1}')), /not a Jianbao backup/);
  const made = JSON.parse(text);
  assert.match(failure(parseBackup(JSON.stringify({ ...made, version: 3 }))), /newer Jianbao \(format 3\)/);
  assert.match(failure(parseBackup(JSON.stringify({ ...made, version: 0 }))), /format 0, which no Jianbao/);
  // A version 2 body under a version 1 header is not a version 1 backup.
  assert.match(failure(parseBackup(JSON.stringify({ ...made, version: 1, articles: [{}] }))), /damaged/);
  const broken = (change: (copy: typeof made) => void) => {
    const copy = structuredClone(made);
    change(copy);
    return failure(parseBackup(JSON.stringify(copy)));
  };
  assert.match(
    broken((copy) => (copy.articles[0].annotations[0].end = 0)),
    /damaged at articles\.0\.annotations\.0\.end/,
  );
  assert.match(
    broken((copy) => (copy.articles[0].annotations[0].uuid = 'x')),
    /annotations\.0\.uuid/,
  );
  assert.match(
    broken((copy) => (copy.articles[2].parse.source = 9)),
    /articles\.2\.parse: no source/,
  );
  assert.match(
    broken((copy) => (copy.articles[1].parse = copy.articles[0].parse)),
    /articles\.1\.parse/,
  );
  assert.match(
    broken((copy) => (copy.sources[1].contentHash = SOURCE_HASHES[0])),
    /same content/,
  );
  assert.match(
    broken((copy) => (copy.sources[0].content = 'not base64!')),
    /sources\.0\.content/,
  );
  assert.match(
    broken((copy) => (copy.articles[2].parse.segments[0].length = 999)),
    /segment lies outside the article text/,
  );
});

test('restoring onto the same articles brings back everything, unchanged; twice adds nothing', () => {
  const library = [target(10, MARKET, '老街菜市场改造完工', 1), target(11, RIVERS, 'Rivers', 0)];
  const plan = planRestore(backup(), library, { ...NOTHING, tags: ['geography'] });
  assert.deepEqual(plan.tagsToCreate, ['unused', 'peaks']);
  assert.deepEqual(plan.articleTags, [{ articleId: 11, tag: 'geography' }]);
  assert.deepEqual(
    plan.annotations.map((a) => [a.articleId, a.quote, a.start, a.placement, a.tags, a.uuid]),
    [
      [
        11,
        'mountains',
        RIVERS.indexOf('mountains'),
        'unchanged',
        ['peaks'],
        LIBRARY[0]!.annotations[0]!.uuid,
      ],
      [11, 'rivers', RIVERS.indexOf('rivers'), 'unchanged', [], LIBRARY[0]!.annotations[1]!.uuid],
      [10, '青砖外墙', MARKET.indexOf('青砖外墙'), 'unchanged', [], LIBRARY[1]!.annotations[0]!.uuid],
      [
        10,
        '老顾客找不到她',
        MARKET.indexOf('老顾客找不到她'),
        'unchanged',
        [],
        LIBRARY[1]!.annotations[1]!.uuid,
      ],
    ],
  );
  assert.equal(plan.annotations[0]!.note, 'High ones.');
  assert.deepEqual(plan.bookmarks, [
    { articleId: 11, offset: 36, label: 'second paragraph', createdAt: '2024-01-03T00:00:00.000Z' },
  ]);
  assert.deepEqual(plan.readingPositions, [{ articleId: 11, offset: 40 }]);
  assert.deepEqual(plan.settings, [{ key: 'export.template.article', value: '# {{title}}' }]);
  assert.deepEqual(plan.unmatched, [
    { title: 'Plain', sourceName: 'source-2.txt', annotations: 0, bookmarks: 0 },
  ]);

  const read = library.map((a) => (a.id === 11 ? { ...a, readingPosition: 40 } : a));
  const again = planRestore(backup(), read, apply({ ...NOTHING, tags: ['geography'] }, plan));
  assert.deepEqual(
    [
      again.tagsToCreate,
      again.articleTags,
      again.annotations,
      again.bookmarks,
      again.readingPositions,
      again.settings,
    ],
    [[], [], [], [], [], []],
  );
  assert.deepEqual(again.skipped, { annotations: 4, bookmarks: 1, articleTags: 1, collectionArticles: 0 });
});

test('an annotation a re-import moved and re-quoted is still the same one: its UUID says so', () => {
  const edited = RIVERS.replace('about mountains', 'about tall mountains');
  const library = [target(1, edited, 'Rivers', 0)];
  const existing: ExistingUserData = {
    ...NOTHING,
    // Re-anchored onto the edited text: new offsets, new context, created at the same moment.
    annotations: LIBRARY[0]!.annotations.map((a) => ({
      articleId: 1,
      uuid: a.uuid,
      quote: a.quote + '?',
      createdAt: a.createdAt,
    })),
  };
  const plan = planRestore(backupOf([LIBRARY[0]!]), library, existing);
  assert.deepEqual(plan.annotations, []);
  assert.equal(plan.skipped.annotations, 2);
});

test('restoring onto re-imported, changed texts re-anchors; a lost passage comes back orphaned', () => {
  const reimported =
    '【本报讯】' + MARKET.replace('城西老街', '城西\n老街').replace('，最担心的是老顾客找不到她', '');
  const library = [
    target(1, RIVERS.replace('A second', 'Then a second'), 'Rivers', 0),
    {
      ...target(2, reimported, '老街菜市场改造完工', 1),
      sourceHash: 'd'.repeat(64),
      sourceName: 'market-v2.txt',
    },
    target(3, 'Unrelated.', 'Other', 2),
  ];
  const plan = planRestore(backup(), library, NOTHING);
  const byQuote = new Map(plan.annotations.map((a) => [a.quote, a]));
  const mountains = byQuote.get('mountains')!;
  assert.equal(library[0]!.text.slice(mountains.start, mountains.end), 'mountains');
  assert.equal(mountains.placement, 'diff');
  const brick = byQuote.get('青砖外墙')!;
  assert.deepEqual([reimported.slice(brick.start, brick.end), brick.articleId], ['青砖外墙', 2]);
  assert.equal(byQuote.get('老顾客找不到她')!.placement, 'orphaned');
  assert.equal(plan.annotations.length, 4);
  // The bookmarked character was replaced: the bookmark stays at the start of what replaced it.
  assert.equal(plan.bookmarks[0]!.offset, 36);
});

test('sources are recreated only when the library has no trace of them', () => {
  assert.deepEqual(sourcesToCreate(backup(), []), [0, 1, 2]);
  // Same source content; a re-imported market page (other content, same title); nothing of Plain.
  const library = [
    target(1, RIVERS, 'Rivers', 0),
    { ...target(2, '【本报讯】' + MARKET, '老街菜市场改造完工', 1), sourceHash: 'd'.repeat(64) },
  ];
  assert.deepEqual(sourcesToCreate(backup(), library), [2]);
});

test('a version 1 backup (only annotated articles, texts left out, no UUIDs) is still restored, by search', () => {
  const v1 = {
    format: 'jianbao-backup',
    version: 1,
    createdAt: 'x',
    tags: [],
    articles: [
      {
        contentHash: contentHash(RIVERS),
        title: 'Rivers',
        sourceName: 'rivers.txt',
        text: null,
        tags: [],
        annotations: [{ ...LIBRARY[0]!.annotations[0]!, uuid: undefined, kind: undefined, style: undefined }],
        bookmarks: [],
      },
      {
        contentHash: contentHash(MARKET),
        title: '老街',
        sourceName: 'market.txt',
        text: null,
        tags: [],
        annotations: [],
        bookmarks: [],
      },
    ],
  };
  const parsed = parseBackup(JSON.stringify(v1));
  assert.ok(parsed.ok);
  const read: Backup = parsed.backup;
  assert.deepEqual(
    [read.sources, read.settings, read.articles[0]!.parse, read.articles[0]!.annotations[0]!.uuid],
    [[], {}, null, null],
  );
  assert.deepEqual(sourcesToCreate(read, []), []);
  const library = [{ ...target(1, 'Preface.\n\n' + RIVERS, 'Rivers', 0), sourceName: 'rivers.txt' }];
  const plan = planRestore(read, library, NOTHING);
  const mountains = plan.annotations.find((a) => a.quote === 'mountains')!;
  assert.equal(library[0]!.text.slice(mountains.start, mountains.end), 'mountains');
  assert.deepEqual([mountains.placement, mountains.uuid, mountains.kind], ['search', null, 'highlight']);
  assert.deepEqual(plan.unmatched, [
    { title: '老街', sourceName: 'market.txt', annotations: 0, bookmarks: 0 },
  ]);
  // Without a UUID, the article, creation time and quote tell it is there already.
  assert.equal(planRestore(read, library, apply(NOTHING, plan)).annotations.length, 0);
});

test('property: restoring any backup twice creates no duplicates', () => {
  fc.assert(
    fc.property(
      fc.subarray([...LIBRARY[0]!.annotations]),
      fc.subarray([...LIBRARY[1]!.annotations]),
      (first, second) => {
        const partial = backupOf([
          { ...LIBRARY[0]!, annotations: first },
          { ...LIBRARY[1]!, annotations: second },
        ]);
        const library = [target(1, RIVERS, 'Rivers', 0), target(2, MARKET, '老街菜市场改造完工', 1)];
        const once = apply(NOTHING, planRestore(partial, library, NOTHING));
        const twice = apply(once, planRestore(backup(), library, once));
        assert.equal(twice.annotations.length, 4);
        assert.equal(new Set(twice.annotations.map((a) => a.uuid)).size, 4);
        assert.equal(planRestore(backup(), library, twice).annotations.length, 0);
      },
    ),
  );
});
