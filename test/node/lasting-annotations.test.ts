import { test } from 'node:test';
import assert from 'node:assert/strict';
import { libraryWithFiles } from '../support/library-api.js';

const RIVERS =
  '# Rivers\n\nThe Yangtze is the longest river in Asia. 长江是亚洲最长的河流。\n\nMountains rise above the valleys.\n';
const HILLS = '# Hills\n\nHills are smaller than MOUNTAINS, and greener.\n';

async function setup() {
  const { library, api, ids } = await libraryWithFiles({ 'rivers.md': RIVERS, 'hills.md': HILLS });
  const rivers = ids['rivers.md']!;
  const hills = ids['hills.md']!;
  const { text } = await api('articles.get', { id: rivers });
  const at = (word: string) => ({
    articleId: rivers,
    start: text.indexOf(word),
    end: text.indexOf(word) + word.length,
  });
  return { library, api, rivers, hills, text, at };
}

test('highlights and underlines carry colour, tags and status; a note on the whole article comes first', async () => {
  const { library, api, rivers, at } = await setup();
  const underline = await api('annotations.create', {
    ...at('valleys'),
    style: 'underline',
    color: 'purple',
    tags: ['geo', 'Geo', '地理'],
  });
  assert.equal(underline.kind, 'highlight');
  assert.equal(underline.style, 'underline');
  assert.equal(underline.status, 'anchored');
  assert.deepEqual(underline.tags, ['geo', '地理']);
  const note = await api('annotations.create', {
    articleId: rivers,
    kind: 'note',
    note: 'About **rivers**.',
    tags: ['summary'],
  });
  assert.deepEqual(
    [note.kind, note.start, note.end, note.quote, note.prefix, note.suffix],
    ['note', 0, 0, '', '', ''],
  );
  const highlight = await api('annotations.create', at('longest river'));
  assert.equal(highlight.style, 'highlight');
  assert.deepEqual(
    (await api('annotations.list', { articleId: rivers })).map((annotation) => annotation.id),
    [note.id, highlight.id, underline.id],
  );

  const changed = await api('annotations.update', {
    id: underline.id,
    color: 'green',
    style: 'highlight',
    tags: ['rivers'],
  });
  assert.deepEqual(
    [changed.color, changed.style, changed.tags, changed.note],
    ['green', 'highlight', ['rivers'], ''],
  );
  const names = (await api('tags.list', {})).tags.map((tag) => tag.name);
  assert.deepEqual(names, ['rivers', 'summary'], 'tags no annotation carries any more are not offered');
  await assert.rejects(api('annotations.update', { id: 9999, note: 'x' }), { code: 'not_found' });
  await assert.rejects(api('annotations.create', { articleId: rivers, kind: 'note', start: 3, end: 3 }), {
    code: 'invalid_input',
  });
  await assert.rejects(api('annotations.create', { articleId: 9999, start: 0, end: 1 }), {
    code: 'not_found',
  });
  library.close();
});

test('a deleted annotation comes back with its id, timestamps and tags (undo), once', async () => {
  const { library, api, rivers, at } = await setup();
  const created = await api('annotations.create', { ...at('Yangtze'), note: 'big', tags: ['china'] });
  await api('annotations.create', at('valleys'));
  assert.deepEqual(await api('annotations.delete', { id: created.id }), { deleted: true });
  assert.deepEqual((await api('tags.list', {})).tags, []);
  const restored = await api('annotations.restore', { annotation: created });
  assert.deepEqual(restored, created);
  assert.deepEqual((await api('annotations.list', { articleId: rivers }))[0], created);
  await assert.rejects(api('annotations.restore', { annotation: created }), {
    code: 'rejected',
    message: /exists already/,
  });
  await assert.rejects(api('annotations.restore', { annotation: { ...created, id: 500, articleId: 9999 } }), {
    code: 'not_found',
  });
  await assert.rejects(
    api('annotations.restore', { annotation: { ...created, id: 501, end: created.start } }),
    {
      code: 'invalid_input',
    },
  );
  library.close();
});

test('a restored annotation is checked as a new one is: offsets inside the article, real dates', async () => {
  const { library, api, rivers, at } = await setup();
  const created = await api('annotations.create', at('Yangtze'));
  await api('annotations.delete', { id: created.id });
  const { text } = await api('articles.get', { id: rivers });
  const outside = { ...created, start: text.length + 10, end: text.length + 20 };
  await assert.rejects(api('annotations.restore', { annotation: outside }), {
    code: 'invalid_input',
    message: /lies outside the article/,
  });
  for (const createdAt of ['yesterday', '2024-13-45T99:00:00Z', '']) {
    await assert.rejects(api('annotations.restore', { annotation: { ...created, createdAt } }), {
      code: 'invalid_input',
      message: /createdAt: must be a date and time/,
    });
  }
  // An orphan's offsets are stale by definition: it comes back with them, quote and all.
  const orphan = { ...outside, status: 'orphaned' as const };
  assert.deepEqual(await api('annotations.restore', { annotation: orphan }), orphan);
  assert.equal((await api('annotations.list', { articleId: rivers })).length, 1);
  library.close();
});

test('the Notes view lists every annotation with its article, filtered by text (any case, Chinese too), tag and colour', async () => {
  const { library, api, hills, at } = await setup();
  const { text: hillText } = await api('articles.get', { id: hills });
  await api('annotations.create', { ...at('长江'), tags: ['china'] });
  await api('annotations.create', { ...at('valleys'), color: 'blue', note: 'Deep and GREEN' });
  await api('annotations.create', {
    articleId: hills,
    start: hillText.indexOf('MOUNTAINS'),
    end: hillText.indexOf('MOUNTAINS') + 9,
    color: 'blue',
  });
  const all = await api('annotations.all', {});
  assert.equal(all.total, 3);
  assert.ok(all.items.every((item) => item.articleTitle !== '' && item.sourceName.endsWith('.md')));
  const quotes = async (input: Parameters<typeof api<'annotations.all'>>[1]) =>
    (await api('annotations.all', input)).items.map((item) => item.quote).sort();
  assert.deepEqual(await quotes({ text: 'mountains' }), ['MOUNTAINS']);
  assert.deepEqual(await quotes({ text: 'green' }), ['valleys']);
  assert.deepEqual(await quotes({ text: '长江' }), ['长江']);
  assert.deepEqual(await quotes({ tag: 'CHINA' }), ['长江']);
  assert.deepEqual(await quotes({ color: 'blue' }), ['MOUNTAINS', 'valleys']);
  assert.deepEqual(await quotes({ color: 'blue', text: '%' }), []);
  const page = await api('annotations.all', { limit: 2, offset: 2 });
  assert.deepEqual([page.items.length, page.total], [1, 3]);
  library.close();
});

test('bookmarks are listed by position, relabelled and deleted; the reading position is remembered', async () => {
  const { library, api, rivers, hills, text } = await setup();
  assert.equal((await api('articles.get', { id: rivers })).readingPosition, null);
  const late = await api('bookmarks.create', { articleId: rivers, offset: 40, label: 'later' });
  const early = await api('bookmarks.create', { articleId: rivers, offset: 5 });
  assert.equal(early.label, '');
  await api('bookmarks.create', { articleId: hills, offset: 0 });
  assert.deepEqual(
    (await api('bookmarks.list', { articleId: rivers })).map((bookmark) => bookmark.id),
    [early.id, late.id],
  );
  assert.equal((await api('bookmarks.update', { id: early.id, label: '开头' })).label, '开头');
  assert.deepEqual(await api('bookmarks.delete', { id: late.id }), { deleted: true });
  assert.deepEqual(await api('bookmarks.delete', { id: late.id }), { deleted: false });
  await assert.rejects(api('bookmarks.update', { id: late.id, label: 'x' }), { code: 'not_found' });
  await assert.rejects(api('bookmarks.create', { articleId: rivers, offset: text.length + 1 }), {
    code: 'invalid_input',
  });
  await assert.rejects(api('bookmarks.list', { articleId: 9999 }), { code: 'not_found' });

  assert.deepEqual(await api('articles.setReadingPosition', { articleId: rivers, offset: 30 }), { ok: true });
  assert.equal((await api('articles.get', { id: rivers })).readingPosition, 30);
  assert.equal((await api('articles.get', { id: hills })).readingPosition, null);
  await assert.rejects(api('articles.setReadingPosition', { articleId: rivers, offset: text.length + 1 }), {
    code: 'invalid_input',
  });
  library.close();
});

test('export.markdown includes the tags of highlights and of the article', async () => {
  const { library, api, rivers, at } = await setup();
  await api('articles.setTags', { articleId: rivers, tags: ['reading list'] });
  await api('annotations.create', { ...at('Yangtze'), tags: ['china'] });
  const { markdown } = await api('export.markdown', { articleId: rivers });
  assert.match(markdown, /#china/);
  assert.match(markdown, /reading-list|reading list/);
  library.close();
});
