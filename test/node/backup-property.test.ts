/**
 * Property: for a random library and a random sequence of edits (through the services, on real SQLite
 * files: annotations, bookmarks, tags, reading, re-imports, and what library management sets: read,
 * archived, dates, source names, new titles, collections), backup → restore into an empty library →
 * backup gives the same document, and restoring twice gives what restoring once did. The document
 * holds no local id; only `createdAt`, when the backup was made, may differ.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Input, Method, Output } from '../../shared/contract/api.js';
import { HIGHLIGHT_COLORS } from '../../shared/contract/vocabulary.js';
import { apiOf, encode, type Api } from '../support/library-api.js';
import { tempLibrary } from '../support/temp-library.js';

const WORDS = [
  '长江',
  '黄河',
  'river',
  'mountain',
  '菜市场',
  'the',
  'old',
  '改造',
  'street',
  '。',
  ',',
  'valley',
];
const TAGS = ['china', 'China', 'rivers', '地理', 'later'];
/** Two differ only in case: the same collection to the library. */
const COLLECTIONS = ['Reading list', 'reading LIST', '稍后读', 'Water'];

const paragraph = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 })
  .map((w) => w.join(' '));
const file = fc.record({
  title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 3 }),
});
const markdown = (f: { title: string; paragraphs: string[] }, i: number) =>
  `# ${f.title} ${i}\n\n${f.paragraphs.join('\n\n')}\n`;

/** An edit, its numbers picking an article, an annotation or a place by proportion. */
const edit = fc.oneof(
  fc.record({
    kind: fc.constant('highlight' as const),
    article: fc.nat(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.integer({ min: 1, max: 12 }),
    color: fc.constantFrom(...HIGHLIGHT_COLORS),
    note: fc.constantFrom('', 'A note', '**笔记**'),
    tags: fc.subarray(TAGS, { maxLength: 2 }),
  }),
  fc.record({
    kind: fc.constant('note' as const),
    article: fc.nat(),
    note: fc.constantFrom('On it all', '全文'),
  }),
  fc.record({
    kind: fc.constant('update' as const),
    pick: fc.nat(),
    note: fc.constantFrom('Changed', ''),
    tags: fc.subarray(TAGS, { maxLength: 2 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(), undo: fc.boolean() }),
  fc.record({
    kind: fc.constant('bookmark' as const),
    article: fc.nat(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    label: fc.constantFrom('', 'here', 'here'),
  }),
  fc.record({ kind: fc.constant('articleTags' as const), article: fc.nat(), tags: fc.subarray(TAGS) }),
  fc.record({
    kind: fc.constant('reading' as const),
    article: fc.nat(),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ kind: fc.constant('template' as const), text: fc.constantFrom('# {{title}}\n', 'Notes\n') }),
  fc.record({
    kind: fc.constant('states' as const),
    article: fc.nat(),
    read: fc.option(fc.boolean(), { nil: undefined }),
    archived: fc.option(fc.boolean(), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('meta' as const),
    article: fc.nat(),
    date: fc.constantFrom(null, '2024-05-04', '1999-12-31'),
    sourceName: fc.constantFrom(null, 'People’s Daily', '人民日报'),
  }),
  fc.record({
    kind: fc.constant('rename' as const),
    article: fc.nat(),
    title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  }),
  fc.record({
    kind: fc.constant('collection' as const),
    action: fc.constantFrom('create', 'add', 'add', 'remove', 'rename', 'delete'),
    name: fc.constantFrom(...COLLECTIONS),
    pick: fc.nat(),
    article: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('reimport' as const),
    source: fc.nat(),
    cut: fc.double({ min: 0, max: 1, noNaN: true }),
    /** How much is deleted at the cut: enough, at times, to orphan highlights beyond the new end. */
    drop: fc.integer({ min: 0, max: 120 }),
    insert: paragraph,
  }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** An annotation of the Notes view as the reader holds it (and undoes its deletion with). */
const inLibrary = ({
  articleTitle: _title,
  sourceName: _source,
  ...annotation
}: Output<'annotations.all'>['items'][number]) => annotation;
const pickFrom = <T>(items: readonly T[], n: number): T | undefined => items[n % Math.max(1, items.length)];
const place = (text: string, at: number) => Math.min(text.length - 1, Math.floor(at * text.length));

async function applyEdit(api: Api, sources: number[], step: Edit): Promise<void> {
  const articles = (await api('articles.list', { limit: 1000, archived: 'include' })).items;
  const annotations = (await api('annotations.all', { limit: 1000 })).items;
  const article = 'article' in step ? pickFrom(articles, step.article) : undefined;
  const text = article ? (await api('articles.get', { id: article.id })).text : '';
  const call = <M extends Method>(method: M, input: Input<M>) => api(method, input);
  switch (step.kind) {
    case 'highlight': {
      const start = place(text, step.at);
      const end = Math.min(text.length, start + step.length);
      await call('annotations.create', {
        articleId: article!.id,
        start,
        end,
        color: step.color,
        note: step.note,
        tags: step.tags,
      });
      return;
    }
    case 'note':
      await call('annotations.create', { articleId: article!.id, kind: 'note', note: step.note });
      return;
    case 'update': {
      const chosen = pickFrom(annotations, step.pick);
      if (chosen) await call('annotations.update', { id: chosen.id, note: step.note, tags: step.tags });
      return;
    }
    case 'delete': {
      const chosen = pickFrom(annotations, step.pick);
      if (!chosen) return;
      await call('annotations.delete', { id: chosen.id });
      if (step.undo) await call('annotations.restore', { annotation: inLibrary(chosen) });
      return;
    }
    case 'bookmark':
      await call('bookmarks.create', {
        articleId: article!.id,
        offset: place(text, step.at),
        label: step.label,
      });
      return;
    case 'articleTags':
      await call('articles.setTags', { articleId: article!.id, tags: step.tags });
      return;
    case 'reading':
      await call('articles.setReadingPosition', { articleId: article!.id, offset: place(text, step.at) });
      return;
    case 'template':
      await call('export.templates.set', { article: step.text });
      return;
    case 'states':
      if (step.read === undefined && step.archived === undefined) return;
      await call('articles.update', { id: article!.id, read: step.read, archived: step.archived });
      return;
    case 'meta':
      await call('articles.update', { id: article!.id, date: step.date, sourceName: step.sourceName });
      return;
    case 'rename':
      await call('articles.update', { id: article!.id, title: step.title });
      return;
    case 'collection':
      await editCollection(api, step, article!.id).catch((error: { code?: string }) => {
        // A name another collection has (in any case): nothing changed.
        if (error.code !== 'rejected') throw error;
      });
      return;
    case 'reimport': {
      const sourceId = pickFrom(sources, step.source)!;
      const sourceArticles = articles.filter((a) => a.sourceId === sourceId);
      const old = (await api('articles.get', { id: sourceArticles[0]!.id })).text;
      const cut = place(old, step.cut);
      const changed = `# ${sourceArticles[0]!.title}\n\n${old.slice(0, cut)} ${step.insert}\n\n${old.slice(cut + step.drop)}\n`;
      await call('library.reimport', {
        sourceId,
        file: { name: `edited-${sourceId}.md`, data: encode(changed) },
      }).catch((error: { code?: string }) => {
        // The edit made it another source's content: nothing changed.
        if (error.code !== 'rejected') throw error;
      });
      return;
    }
  }
}

async function editCollection(api: Api, step: Extract<Edit, { kind: 'collection' }>, articleId: number) {
  const chosen = pickFrom((await api('collections.list', {})).collections, step.pick);
  if (step.action === 'create' || !chosen) await api('collections.create', { name: step.name });
  else if (step.action === 'add')
    await api('collections.addArticles', { id: chosen.id, articleIds: [articleId] });
  else if (step.action === 'remove')
    await api('collections.removeArticles', { id: chosen.id, articleIds: [articleId] });
  else if (step.action === 'rename') await api('collections.rename', { id: chosen.id, name: step.name });
  else await api('collections.delete', { id: chosen.id });
}

const withoutDate = (json: string) => ({ ...JSON.parse(json), createdAt: null });

/**
 * What the library shows, without local ids: a backup that leaves something out would still equal
 * its own restore's backup, so the property compares the libraries too.
 */
async function shown(api: Api) {
  const { items } = await api('articles.list', { sort: 'source', limit: 1000, archived: 'include' });
  const articles = [];
  for (const item of items) {
    const { collections } = await api('collections.list', { articleId: item.id });
    const names = collections.map((collection) => collection.name);
    articles.push({ ...item, id: undefined, sourceId: undefined, collections: names });
  }
  const { collections } = await api('collections.list', {});
  return { articles, collections: collections.map(({ id: _id, ...collection }) => collection) };
}

test('property: backup → restore into an empty library → backup is the same document; restoring twice is restoring once', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.array(file, { minLength: 1, maxLength: 3 }),
      fc.array(edit, { maxLength: 16 }),
      async (files, edits) => {
        const original = tempLibrary();
        const copy = tempLibrary();
        try {
          const api = apiOf(original);
          const { imported } = await api('library.import', {
            files: files.map((f, i) => ({ name: `file-${i}.md`, data: encode(markdown(f, i)) })),
          });
          const sources = imported.map((f) => f.sourceId);
          for (const step of edits) await applyEdit(api, sources, step);
          const { json } = await api('backup.create', {});

          const restore = apiOf(copy);
          const once = await restore('backup.restore', { json });
          assert.equal(once.unmatched, 0);
          const afterOnce = (await restore('backup.create', {})).json;
          assert.deepEqual(withoutDate(afterOnce), withoutDate(json));
          assert.deepEqual(await shown(restore), await shown(api));
          const twice = await restore('backup.restore', { json });
          assert.deepEqual(
            [twice.sources, twice.articles, twice.annotations, twice.bookmarks, twice.tags],
            [0, 0, 0, 0, 0],
          );
          assert.deepEqual(withoutDate((await restore('backup.create', {})).json), withoutDate(afterOnce));
          assert.equal(copy.store.db.pragma('integrity_check', { simple: true }), 'ok');
        } finally {
          original.close();
          copy.close();
        }
      },
    ),
    { numRuns: 60 },
  );
});
