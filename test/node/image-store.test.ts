// The library's pictures: stored once by SHA-256 with the import (in its transaction), read back by hash,
// shared between sources, deleted with the last source that shows them (and back with an undo), replaced by a
// re-import, carried by the JSON backup into an empty library.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { Library } from '../../main/node/library.js';
import { tempLibrary } from '../support/temp-library.js';
import { dataUri, pageWith, pngOf } from '../support/pictures.js';

const RED = pngOf([255, 0, 0]);
const GREEN = pngOf([0, 255, 0]);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const htmlFile = (name: string, figures: string[]) => ({
  name,
  data: new TextEncoder().encode(pageWith(name, figures)),
});
const picture = (png: Uint8Array, caption = 'A picture.') =>
  `<figure><img src="${dataUri(png)}" alt="alt"><figcaption>${caption}</figcaption></figure>`;

async function call<T>(library: Library, method: string, input: unknown): Promise<T> {
  const reply = await library.dispatch(method, input);
  assert.ok(reply.ok, reply.ok ? '' : reply.error.message);
  return reply.value as T;
}

async function importOne(library: Library, file: { name: string; data: Uint8Array }) {
  const result = await call<{ imported: { sourceId: number; articleIds: number[] }[] }>(
    library,
    'library.import',
    { files: [file] },
  );
  return result.imported[0]!;
}

const imageCount = (library: Library) =>
  library.store.db.prepare<[], number>('SELECT count(*) FROM images').pluck().get();

test('a picture is stored once however many files show it, and goes with the last of them', async () => {
  const library = tempLibrary();
  const first = await importOne(library, htmlFile('first', [picture(RED), picture(GREEN)]));
  const second = await importOne(library, htmlFile('second', [picture(RED)]));
  assert.equal(imageCount(library), 2, 'red is stored once for both files');
  const red = library.store.images.get(sha256(RED));
  assert.equal(red?.mediaType, 'image/png');
  assert.deepEqual(new Uint8Array(red!.data), RED);

  // The article's figure names the stored picture, and its caption is in the text.
  const article = await call<{ text: string; segments: { type: string; figure?: { image: string } }[] }>(
    library,
    'articles.get',
    { id: first.articleIds[0] },
  );
  const figure = article.segments.find((segment) => segment.type === 'figure');
  assert.equal(figure?.figure?.image, sha256(RED));
  assert.ok(article.text.includes('A picture.'));

  const deleted = await call<{ token: string }>(library, 'sources.delete', {
    sourceId: first.sourceId,
    confirmed: true,
  });
  assert.equal(imageCount(library), 1, 'green went with its only file; red stays for the second');
  assert.equal(library.store.images.get(sha256(GREEN)), undefined);

  await call(library, 'library.undoDelete', { token: deleted.token });
  assert.equal(imageCount(library), 2, 'an undo brings the picture back with its file');

  await call(library, 'sources.delete', { sourceId: first.sourceId, confirmed: true });
  await call(library, 'sources.delete', { sourceId: second.sourceId, confirmed: true });
  assert.equal(imageCount(library), 0);
  library.close();
});

test('an undo after the same picture came back with another file still restores its own file', async () => {
  const library = tempLibrary();
  const first = await importOne(library, htmlFile('first', [picture(RED)]));
  // Kept, so that the next file does not take the deleted one's id (SQLite reuses the highest).
  await importOne(library, htmlFile('kept', [picture(GREEN)]));
  const { token } = await call<{ token: string }>(library, 'sources.delete', {
    sourceId: first.sourceId,
    confirmed: true,
  });
  await importOne(library, htmlFile('other', [picture(RED)]));
  await call(library, 'library.undoDelete', { token });
  assert.equal(imageCount(library), 2);
  const links = library.store.db.prepare('SELECT count(*) FROM source_images').pluck().get();
  assert.equal(links, 3);
  library.close();
});

test('a file refused for its pictures leaves nothing behind', async () => {
  const library = tempLibrary();
  const big = new Uint8Array(21 * 1024 * 1024);
  big.set(RED.subarray(0, 8));
  const result = await call<{ imported: unknown[]; rejected: { reason: string }[] }>(
    library,
    'library.import',
    {
      files: [htmlFile('big', [`<img src="${dataUri(big)}" alt="big">`])],
    },
  );
  assert.equal(result.imported.length, 0);
  assert.match(
    result.rejected[0]!.reason,
    /big was not imported: a picture embedded in it is 21 MB; pictures up to 20 MB are kept\./,
  );
  assert.equal(imageCount(library), 0);
  library.close();
});

test('a re-import with a new file keeps the pictures it still shows and drops the others', async () => {
  const library = tempLibrary();
  const { sourceId } = await importOne(library, htmlFile('story', [picture(RED), picture(GREEN)]));
  await call(library, 'library.reimport', {
    sourceId,
    file: htmlFile('story', [picture(RED, 'Now alone.')]),
  });
  assert.ok(library.store.images.get(sha256(RED)));
  assert.equal(library.store.images.get(sha256(GREEN)), undefined);
  library.close();
});

test('the JSON backup carries the pictures; restored into an empty library they show again', async () => {
  const library = tempLibrary();
  await importOne(library, htmlFile('story', [picture(RED), picture(GREEN)]));
  const { json } = await call<{ json: string }>(library, 'backup.create', {});
  const backup = JSON.parse(json) as { images: { hash: string }[]; sources: { images: string[] }[] };
  assert.deepEqual(backup.images.map((image) => image.hash).sort(), [sha256(RED), sha256(GREEN)].sort());
  assert.deepEqual(backup.sources[0]!.images.sort(), [sha256(RED), sha256(GREEN)].sort());

  const empty = tempLibrary();
  await call(empty, 'backup.restore', { json });
  assert.deepEqual(new Uint8Array(empty.store.images.get(sha256(GREEN))!.data), GREEN);
  const [summary] = (await call<{ items: { id: number }[] }>(empty, 'articles.list', {})).items;
  const article = await call<{ segments: { figure?: { image: string | null } }[] }>(empty, 'articles.get', {
    id: summary!.id,
  });
  assert.deepEqual(
    article.segments.flatMap((segment) => (segment.figure ? [segment.figure.image] : [])),
    [sha256(RED), sha256(GREEN)],
  );

  // A picture whose bytes do not match its name is damage: nothing of the backup is restored.
  const damaged = json.replace(Buffer.from(GREEN).toString('base64'), Buffer.from(RED).toString('base64'));
  const other = tempLibrary();
  const reply = await other.dispatch('backup.restore', { json: damaged });
  assert.ok(!reply.ok);
  assert.match(reply.error.message, /a picture of story does not match its SHA-256/);
  assert.equal(imageCount(other), 0);
  for (const opened of [library, empty, other]) opened.close();
});
