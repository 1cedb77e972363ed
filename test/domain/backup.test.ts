import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import {
  contentHash,
  createBackup,
  parseBackup,
  planRestore,
  serializeBackup,
} from '../../main/domain/backup/index.js';
import type { ExistingUserData, LibraryArticleData, RestorePlan } from '../../main/domain/backup/index.js';
import { quoteAnchor } from '../../main/domain/anchoring/index.js';

const RIVERS = 'An opening paragraph about rivers.\n\nA second paragraph, about mountains and valleys.';
const MARKET =
  '经过八个月的施工，位于城西老街的菜市场本周一重新开门迎客。改造后的市场保留了原来的青砖外墙和木质屋架。\n\n' +
  '卖豆腐的张阿姨说，最担心的是老顾客找不到她。';

function annotate(text: string, quote: string, extra: { note?: string; tags?: string[]; createdAt: string }) {
  const start = text.indexOf(quote);
  return {
    ...quoteAnchor(text, start, start + quote.length),
    color: 'yellow' as const,
    note: extra.note ?? '',
    tags: extra.tags ?? [],
    createdAt: extra.createdAt,
    updatedAt: extra.createdAt,
  };
}

const LIBRARY: LibraryArticleData[] = [
  {
    text: RIVERS,
    title: 'Rivers',
    sourceName: 'rivers.txt',
    tags: ['Geography'],
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
    text: MARKET,
    title: '老街菜市场改造完工',
    sourceName: 'market.txt',
    tags: [],
    annotations: [
      annotate(MARKET, '青砖外墙', { createdAt: '2024-02-01T00:00:00.000Z' }),
      annotate(MARKET, '老顾客找不到她', { note: '回迁', createdAt: '2024-02-02T00:00:00.000Z' }),
    ],
    bookmarks: [],
  },
  {
    text: 'Nothing marked here.',
    title: 'Plain',
    sourceName: 'plain.txt',
    tags: [],
    annotations: [],
    bookmarks: [],
  },
];

const backup = () =>
  createBackup({ createdAt: '2024-03-01T00:00:00.000Z', tags: ['Geography', 'unused'], articles: LIBRARY });
const NOTHING: ExistingUserData = { tags: [], articleTags: [], annotations: [], bookmarks: [] };

/** What the library holds after a plan is applied on top of `existing`. */
function apply(existing: ExistingUserData, plan: RestorePlan): ExistingUserData {
  return {
    tags: [...existing.tags, ...plan.tagsToCreate],
    articleTags: [...existing.articleTags, ...plan.articleTags],
    annotations: [...existing.annotations, ...plan.annotations],
    bookmarks: [...existing.bookmarks, ...plan.bookmarks],
  };
}

test('the content hash is SHA-256 of the UTF-8 text, as Node computes it', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      assert.equal(contentHash(text), createHash('sha256').update(text, 'utf8').digest('hex'));
    }),
  );
});

test('a backup survives serialising and parsing unchanged, and leaves out untouched articles', () => {
  const made = backup();
  assert.equal(made.articles.length, 2);
  assert.deepEqual(parseBackup(serializeBackup(made)), { ok: true, backup: made });
});

test('broken, foreign, damaged and newer backups are refused with a message', () => {
  assert.match(failure(parseBackup('{nope')), /not valid JSON/);
  assert.match(failure(parseBackup('{"hello":1}')), /not a Jianbao backup/);
  const made = JSON.parse(serializeBackup(backup()));
  assert.match(failure(parseBackup(JSON.stringify({ ...made, version: 2 }))), /newer Jianbao/);
  made.articles[0].annotations[0].end = 0;
  assert.match(failure(parseBackup(JSON.stringify(made))), /damaged at articles\.0\.annotations\.0\.end/);
});

function failure(result: ReturnType<typeof parseBackup>): string {
  assert.equal(result.ok, false);
  return result.ok ? '' : result.error;
}

test('restoring onto the same articles brings back everything, unchanged; twice adds nothing', () => {
  const library = [
    { id: 10, text: MARKET, title: '老街菜市场改造完工', sourceName: 'market.txt' },
    { id: 11, text: RIVERS, title: 'Rivers', sourceName: 'rivers.txt' },
  ];
  const plan = planRestore(backup(), library, { ...NOTHING, tags: ['geography'] });
  assert.deepEqual(plan.tagsToCreate, ['unused', 'peaks']);
  assert.deepEqual(plan.articleTags, [{ articleId: 11, tag: 'geography' }]);
  assert.deepEqual(
    plan.annotations.map((a) => [a.articleId, a.quote, a.start, a.placement, a.tags]),
    [
      [11, 'mountains', RIVERS.indexOf('mountains'), 'unchanged', ['peaks']],
      [11, 'rivers', RIVERS.indexOf('rivers'), 'unchanged', []],
      [10, '青砖外墙', MARKET.indexOf('青砖外墙'), 'unchanged', []],
      [10, '老顾客找不到她', MARKET.indexOf('老顾客找不到她'), 'unchanged', []],
    ],
  );
  assert.equal(plan.annotations[0]!.note, 'High ones.');
  assert.deepEqual(plan.bookmarks, [
    { articleId: 11, offset: 36, label: 'second paragraph', createdAt: '2024-01-03T00:00:00.000Z' },
  ]);

  const again = planRestore(backup(), library, apply({ ...NOTHING, tags: ['geography'] }, plan));
  assert.deepEqual(
    { ...again, skipped: undefined },
    { tagsToCreate: [], articleTags: [], annotations: [], bookmarks: [], unmatched: [], skipped: undefined },
  );
  assert.deepEqual(again.skipped, { annotations: 4, bookmarks: 1, articleTags: 1 });
});

test('restoring onto re-imported, changed texts re-anchors; a lost passage comes back orphaned', () => {
  const reimported =
    '【本报讯】' + MARKET.replace('城西老街', '城西\n老街').replace('，最担心的是老顾客找不到她', '');
  const library = [
    { id: 1, text: RIVERS.replace('A second', 'Then a second'), title: 'Rivers', sourceName: 'rivers.txt' },
    { id: 2, text: reimported, title: '老街菜市场改造完工', sourceName: 'market-v2.txt' },
    { id: 3, text: 'Unrelated.', title: 'Other', sourceName: 'other.txt' },
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

test('without texts in the backup, changed articles are re-anchored by search', () => {
  const lean = createBackup({ createdAt: 'x', tags: [], articles: LIBRARY }, { includeTexts: false });
  const library = [{ id: 1, text: 'Preface.\n\n' + RIVERS, title: 'Rivers', sourceName: 'rivers.txt' }];
  const plan = planRestore(lean, library, NOTHING);
  const mountains = plan.annotations.find((a) => a.quote === 'mountains')!;
  assert.equal(library[0]!.text.slice(mountains.start, mountains.end), 'mountains');
  assert.equal(mountains.placement, 'search');
  assert.deepEqual(plan.unmatched, [
    { title: '老街菜市场改造完工', sourceName: 'market.txt', annotations: 2, bookmarks: 0 },
  ]);
});

test('property: restoring any backup twice creates no duplicates', () => {
  fc.assert(
    fc.property(
      fc.subarray([...LIBRARY[0]!.annotations]),
      fc.subarray([...LIBRARY[1]!.annotations]),
      (first, second) => {
        const partial = createBackup({
          createdAt: 'x',
          tags: [],
          articles: [
            { ...LIBRARY[0]!, annotations: first },
            { ...LIBRARY[1]!, annotations: second },
          ],
        });
        const library = [
          { id: 1, text: RIVERS, title: 'Rivers', sourceName: 'rivers.txt' },
          { id: 2, text: MARKET, title: '老街菜市场改造完工', sourceName: 'market.txt' },
        ];
        const once = apply(NOTHING, planRestore(partial, library, NOTHING));
        const full = planRestore(backup(), library, once);
        const twice = apply(once, full);
        assert.equal(twice.annotations.length, 4);
        assert.equal(
          new Set(twice.annotations.map((a) => `${a.articleId}|${a.createdAt}|${a.quote}`)).size,
          4,
        );
        assert.equal(planRestore(backup(), library, twice).annotations.length, 0);
      },
    ),
  );
});
