import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { encode, libraryWithFiles } from '../support/library-api.js';
import { FIXTURE_PAGE } from '../support/temp-library.js';

const P1 = 'The Yangtze is the longest river in Asia and flows east to the sea.';
const P2 = 'Mountains rise high above the valleys of the west, 高山在西边。';
const P3 = 'A closing paragraph that the next version of the file leaves out entirely.';
const V1 = `# Rivers\n\n${P1}\n\n${P2}\n\n${P3}\n`;
const INSERTED = 'An inserted paragraph about lakes and ponds.';
const V2 = `# Rivers\n\n${P1}\n\n${INSERTED}\n\n${P2}\n`;

async function annotated() {
  const { library, api, ids, sources } = await libraryWithFiles({ 'rivers.md': V1 });
  const id = ids['rivers.md']!;
  const { text } = await api('articles.get', { id });
  const at = (word: string) => ({
    articleId: id,
    start: text.indexOf(word),
    end: text.indexOf(word) + word.length,
  });
  const stays = await api('annotations.create', { ...at('longest river'), tags: ['asia'] });
  const moves = await api('annotations.create', {
    ...at('valleys of the west'),
    note: 'west',
    color: 'blue',
  });
  const lost = await api('annotations.create', { ...at('leaves out entirely'), note: 'Gone next time.' });
  const note = await api('annotations.create', { articleId: id, kind: 'note', note: 'Whole article.' });
  const bookmark = await api('bookmarks.create', {
    articleId: id,
    offset: text.indexOf('Mountains'),
    label: 'P2',
  });
  await api('articles.setReadingPosition', { articleId: id, offset: text.indexOf('Mountains') });
  return { library, api, id, sourceId: sources['rivers.md']!, stays, moves, lost, note, bookmark };
}

test('re-importing a changed file keeps the article and re-anchors every annotation: in place, moved or orphaned', async () => {
  const { library, api, id, sourceId, stays, moves, lost, note, bookmark } = await annotated();
  const result = await api('library.reimport', {
    sourceId,
    file: { name: 'rivers-v2.md', data: encode(V2) },
  });
  assert.deepEqual(result, { articleIds: [id], encoding: 'utf-8', anchored: 1, moved: 1, orphaned: 1 });

  const { text } = await api('articles.get', { id });
  assert.ok(text.includes(INSERTED) && !text.includes(P3));
  const after = new Map((await api('annotations.list', { articleId: id })).map((a) => [a.id, a]));
  assert.equal(after.size, 4, 'nothing dropped');
  assert.deepEqual(after.get(stays.id), stays);
  const moved = after.get(moves.id)!;
  assert.equal(text.slice(moved.start, moved.end), 'valleys of the west');
  assert.deepEqual(
    [moved.status, moved.note, moved.color, moved.quote],
    ['anchored', 'west', 'blue', moves.quote],
  );
  const orphan = after.get(lost.id)!;
  assert.deepEqual(
    [orphan.status, orphan.quote, orphan.prefix, orphan.suffix, orphan.note],
    ['orphaned', lost.quote, lost.prefix, lost.suffix, 'Gone next time.'],
  );
  assert.deepEqual(after.get(note.id), note);

  const [followed] = await api('bookmarks.list', { articleId: id });
  assert.equal(followed!.id, bookmark.id);
  assert.equal(text.slice(followed!.offset).startsWith('Mountains'), true);
  const { readingPosition } = await api('articles.get', { id });
  assert.equal(text.slice(readingPosition!).startsWith('Mountains'), true);

  // The old text again: the orphan's quote is found by search, so it is placed (moved) once more.
  const back = await api('library.reimport', { sourceId, file: { name: 'rivers.md', data: encode(V1) } });
  assert.deepEqual(back, { articleIds: [id], encoding: 'utf-8', anchored: 1, moved: 2, orphaned: 0 });
  const rescued = (await api('annotations.list', { articleId: id })).find((a) => a.id === lost.id)!;
  assert.equal(rescued.status, 'anchored');
  assert.equal(
    (await api('articles.get', { id })).text.slice(rescued.start, rescued.end),
    'leaves out entirely',
  );
  library.close();
});

test('re-importing without a file parses the stored text again and keeps everything in place', async () => {
  const { library, api, id, sourceId } = await annotated();
  const before = await api('annotations.list', { articleId: id });
  assert.deepEqual(await api('library.reimport', { sourceId }), {
    articleIds: [id],
    encoding: 'utf-8',
    anchored: 3,
    moved: 0,
    orphaned: 0,
  });
  assert.deepEqual(await api('annotations.list', { articleId: id }), before);
  library.close();
});

test('an article the new file lacks is kept when it holds annotations, and deleted when it holds nothing', async () => {
  const { library, api, id, sourceId } = await annotated();
  const desert = '# Deserts\n\nSand dunes stretch across the Gobi without end.\n';
  const result = await api('library.reimport', {
    sourceId,
    file: { name: 'deserts.md', data: encode(desert) },
  });
  assert.equal(result.articleIds.length, 2);
  assert.equal(result.articleIds[1], id, 'the annotated article is kept, after the new one');
  assert.equal((await api('annotations.list', { articleId: id })).length, 4);
  const fresh = result.articleIds[0]!;
  assert.equal((await api('articles.get', { id: fresh })).title, 'Deserts');

  const plain = await libraryWithFiles({ 'plain.md': '# Plain\n\nNothing marked here at all.\n' });
  const plainId = plain.ids['plain.md']!;
  const again = await plain.api('library.reimport', {
    sourceId: plain.sources['plain.md']!,
    file: { name: 'plain.md', data: encode(desert) },
  });
  assert.notDeepEqual(again.articleIds, [plainId]);
  await assert.rejects(plain.api('articles.get', { id: plainId }), { code: 'not_found' });
  plain.library.close();
  library.close();
});

test('a re-import that fails half-way leaves the library exactly as it was', async () => {
  const { library, api, id, sourceId } = await annotated();
  const snapshot = async () => ({
    article: await api('articles.get', { id }),
    annotations: await api('annotations.list', { articleId: id }),
    bookmarks: await api('bookmarks.list', { articleId: id }),
    source: library.store.getSource(sourceId),
    found: await api('search.query', { query: 'Yangtze' }),
  });
  const before = await snapshot();
  // A real failure from inside SQLite, late in the transaction: when the bookmarks move.
  library.store.db.exec(
    `CREATE TEMP TRIGGER fail_on_move BEFORE UPDATE ON bookmarks BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`,
  );
  const reply = await library.dispatch('library.reimport', {
    sourceId,
    file: { name: 'v2.md', data: encode(V2) },
  });
  assert.equal(reply.ok, false);
  assert.equal(!reply.ok && reply.error.code, 'internal');
  assert.deepEqual(await snapshot(), before);
  library.close();
});

test('re-import refuses what it cannot do with a typed error', async () => {
  const { library, api, sourceId } = await annotated();
  await assert.rejects(api('library.reimport', { sourceId: 999 }), { code: 'not_found' });
  await assert.rejects(
    api('library.reimport', { sourceId, file: { name: 'empty.md', data: new Uint8Array(0) } }),
    {
      code: 'invalid_input',
      message: /empty/,
    },
  );
  const { sources } = {
    sources: (
      await api('library.import', { files: [{ name: 'other.md', data: encode('# Other\n\nText.\n') }] })
    ).imported,
  };
  assert.equal(sources.length, 1);
  await assert.rejects(
    api('library.reimport', {
      sourceId,
      file: { name: 'other-copy.md', data: encode('# Other\n\nText.\n') },
    }),
    { code: 'rejected', message: /already in the library/ },
  );
  library.close();
});

test('re-importing a newspaper page keeps every article and every annotation, each on its passage', async () => {
  const page = readFileSync(FIXTURE_PAGE, 'utf8');
  const { library, api, sources } = await libraryWithFiles({ 'page.txt': page });
  const sourceId = sources['page.txt']!;
  const ids = library.store.articleIdsOf(sourceId);
  assert.ok(ids.length > 1);
  const quotes = new Map<number, string>();
  for (const id of ids) {
    const { text } = await api('articles.get', { id });
    const start = Math.floor(text.length / 2);
    const created = await api('annotations.create', {
      articleId: id,
      start,
      end: Math.min(start + 12, text.length),
    });
    quotes.set(created.id, created.quote);
  }
  // An edit in the first article only: words added after a phrase it shares with the page, once.
  const first = (await api('articles.get', { id: ids[0]! })).text;
  const phrase = [...Array(first.length - 8).keys()]
    .map((i) => first.slice(i, i + 8))
    .find((candidate) => !/\s/u.test(candidate) && page.split(candidate).length === 2);
  assert.ok(phrase !== undefined, 'the first article shares a phrase with the page');
  const changed = page.replace(phrase, `${phrase}（补充一句。）`);
  const result = await api('library.reimport', {
    sourceId,
    file: { name: 'page.txt', data: encode(changed) },
  });
  assert.deepEqual(result.articleIds, ids);
  assert.ok((await api('articles.get', { id: ids[0]! })).text.includes('补充一句'));
  assert.equal(result.anchored + result.moved, ids.length);
  for (const id of ids) {
    const { text } = await api('articles.get', { id });
    for (const annotation of await api('annotations.list', { articleId: id })) {
      assert.equal(text.slice(annotation.start, annotation.end), quotes.get(annotation.id));
    }
  }
  library.close();
});
