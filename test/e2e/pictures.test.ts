/**
 * A saved web page's pictures in the reader: the picture the page held is shown from the library, offline;
 * the one it only linked to is a placeholder with its address as text; the browser asks nothing of any other
 * origin while the article is shown.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, sessionForSuite } from './helpers.js';
import { dataUri, pageWith, pngOf } from '../support/pictures.js';

const session = sessionForSuite();
const REMOTE = 'https://images.example/bridge.jpg';

test('an imported page shows its own picture offline and a remote one as a placeholder, with no network', async () => {
  const { page, problems } = await openPage(session());
  const origin = new URL(session().url).origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));

  const html = pageWith('Bridge closed', [
    `<figure><img src="${dataUri(pngOf([200, 30, 30], 40))}" alt="A red gauge"><figcaption>The gauge at noon.</figcaption></figure>`,
    `<p><img src="${REMOTE}" alt="The old bridge"></p>`,
  ]);
  await page.locator('jb-app input[type=file]').setInputFiles({
    name: 'bridge.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html),
  });
  await page.locator('jb-import-report a').first().click();

  const picture = page.locator('jb-article figure img');
  await picture.waitFor();
  assert.equal(await picture.getAttribute('alt'), 'A red gauge');
  assert.match((await picture.getAttribute('src')) ?? '', /^\/images\/[0-9a-f]{64}$/);
  await page.waitForFunction(() => {
    const img = document
      .querySelector('jb-app')
      ?.shadowRoot?.querySelector('jb-reader')
      ?.shadowRoot?.querySelector('jb-article')
      ?.shadowRoot?.querySelector<HTMLImageElement>('figure img');
    return img?.complete === true;
  });
  assert.equal(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth), 40, 'the picture loaded');
  // The caption is article text (it carries its offset), so highlights run across it.
  const caption = page.locator('jb-article figcaption');
  assert.equal(await caption.textContent(), 'The gauge at noon.');
  assert.ok((await caption.getAttribute('data-start')) !== null);

  const placeholder = page.locator('jb-article .picture-missing');
  assert.match((await placeholder.textContent()) ?? '', /The old bridge/);
  assert.equal(await placeholder.locator('.picture-address').textContent(), REMOTE);
  assert.equal(await placeholder.locator('a, img').count(), 0, 'the address is text, not a link or an image');

  assert.deepEqual(
    requests.filter((url) => !url.startsWith(`${origin}/`)),
    [],
    'nothing was asked of another origin',
  );
  assert.ok(requests.some((url) => url.startsWith(`${origin}/images/`)));
  assert.deepEqual(problems, []);
  await page.close();
});
