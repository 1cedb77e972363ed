/** Failures reach the person as a clear, dismissable message (role=alert) rather than a silent no-op. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  charPoints,
  dragSelect,
  FIXTURE,
  importThroughPicker,
  openPage,
  sessionForSuite,
} from './helpers.js';

const session = sessionForSuite();

test('an article that does not exist shows a not_found message', async () => {
  const { page } = await openPage(session(), '#article=987654');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /not_found/);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await alert.waitFor({ state: 'detached' });
  await page.close();
});

test('a server error while saving a highlight is shown with its message and code', async () => {
  const { page } = await openPage(session());
  const articleId = await importThroughPicker(page, [FIXTURE]);
  await page.goto(`${session().url}#article=${articleId}`);
  await page.route('**/api/annotations.create', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'internal', message: 'The library database is read-only.' },
      }),
    }),
  );
  const paragraph = page.locator('jb-article .paragraph').first();
  await paragraph.waitFor();
  const passage = await charPoints(paragraph, 0, 8);
  await dragSelect(page, passage.start, passage.end);
  await page.getByRole('button', { name: 'Highlight Yellow' }).click();

  const alert = page.getByRole('alert');
  await alert.waitFor();
  const text = (await alert.textContent()) ?? '';
  assert.match(text, /The library database is read-only\./);
  assert.match(text, /internal/);
  assert.equal(await page.locator('jb-annotation-panel li').count(), 0);
  await page.close();
});

test('a page holding a wrong access token explains the refusal', async () => {
  // The first visit sets the page cookie; the second serves the page but its API calls carry the wrong token.
  const { page } = await openPage(session());
  await page.goto(session().url.replace(/\?token=[^#]*/, '?token=wrong'));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /token/i);
  await page.close();
});

test('an unreachable server is reported', async () => {
  const { page } = await openPage(session());
  await page.locator('jb-library h1').waitFor();
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await page.evaluate(() => (location.hash = '#article=1'));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match((await alert.textContent()) ?? '', /Cannot reach the Jianbao server/);
  await page.close();
});
