/**
 * The page picks the Electron transport when the preload's `window.jianbao` exists: requests go through
 * the bridge (never HTTP) and app events (menu:export, library:changed, open:link) reach
 * the UI.
 * The bridge here is a stand-in injected before the page loads, shaped like main/preload/bridge.ts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { READER_DEFAULTS } from '../../shared/contract/reader-settings.js';
import { sessionForSuite } from './helpers.js';

const session = sessionForSuite();

const STAND_IN_BRIDGE = `
  const listeners = new Map();
  const calls = [];
  const article = {
    id: 7, sourceId: 1, title: '桥接测试', section: null, sourceName: 'bridge.txt',
    importedAt: '2026-01-02T03:04:05.000Z', position: 0, annotationCount: 0,
    date: null, read: false, archived: false, progress: null, lastReadAt: null,
  };
  const replies = {
    'articles.list': { items: [article], total: 1 },
    'tags.list': { tags: [] },
    'collections.list': { collections: [] },
    'settings.get': { language: null, reader: ${JSON.stringify(READER_DEFAULTS)} },
    'export.markdown': { fileName: 'bridge.md', markdown: '# 桥接测试\\n' },
    'export.notes': { files: [{ fileName: 'bridge.md', markdown: '# 桥接测试\\n' }] },
  };
  const api = new Proxy({}, {
    get: (_target, method) => async () => {
      calls.push(method);
      return method in replies
        ? { ok: true, value: replies[method] }
        : { ok: false, error: { code: 'internal', message: 'No ' + method + ' here.' } };
    },
  });
  window.jianbao = {
    api,
    on(event, listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    },
  };
  window.bridgeCalls = calls;
  window.hasAppListener = (event) => (listeners.get(event)?.size ?? 0) > 0;
  window.emitAppEvent = (event, ...payload) =>
    listeners.get(event)?.forEach((listener) => listener(...payload));
`;

test('the Electron bridge carries requests and app events', async () => {
  const page = await session().browser.newPage();
  // A string, not a function: the test loader would add helpers (__name) that do not exist in the page.
  await page.addInitScript(STAND_IN_BRIDGE);
  const httpCalls: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) httpCalls.push(request.url());
  });
  await page.goto(session().url);

  await page.locator('jb-library').getByText('桥接测试').waitFor();
  const listed = () =>
    page.evaluate(() =>
      (window as unknown as { bridgeCalls: string[] }).bridgeCalls.filter((m) => m === 'articles.list'),
    );
  assert.deepEqual(await listed(), ['articles.list']);

  // library:changed (sent after File > Import in main) reloads the list.
  await page.evaluate(() =>
    (window as unknown as { emitAppEvent(e: string): void }).emitAppEvent('library:changed'),
  );
  await page.waitForFunction(
    () =>
      (window as unknown as { bridgeCalls: string[] }).bridgeCalls.filter((m) => m === 'articles.list')
        .length === 2,
  );
  // menu:export in the reader opens the export dialog for the article, which downloads its notes.
  await page.locator('jb-library a').first().click();
  // articles.get has no reply in this stand-in.
  await page.getByRole('alert').filter({ hasText: 'No articles.get here.' }).waitFor();
  await page.evaluate(() =>
    (window as unknown as { emitAppEvent(e: string): void }).emitAppEvent('menu:export'),
  );
  const dialog = page.getByRole('dialog', { name: 'Export notes' });
  assert.equal(await dialog.getByRole('radio', { name: 'This article' }).isChecked(), true);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export', exact: true }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'bridge.md');
  assert.equal(await page.getByRole('alert').filter({ hasText: 'No articles.get here.' }).count(), 1);

  await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();

  // open:link (a jianbao:// link) opens the article at the annotation.
  await page.locator('jb-app').getByRole('button', { name: 'Library' }).click();
  await page.locator('jb-library').getByText('桥接测试').waitFor();
  await page.evaluate(() =>
    (window as unknown as { emitAppEvent(e: string, p: unknown): void }).emitAppEvent('open:link', {
      articleId: 7,
      annotationId: 3,
    }),
  );
  await page.waitForURL(/#article=7&annotation=3$/);
  await page.locator('jb-reader').waitFor();

  assert.deepEqual(httpCalls, [], 'no request went over HTTP');
  await page.close();
});

test('browser mode uses HTTP with the page token', async () => {
  const page = await session().browser.newPage();
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().endsWith('/api/articles.list')),
    page.goto(session().url),
  ]);
  const headers = request.headers();
  assert.equal(headers['content-type'], 'application/json');
  assert.equal(headers['x-jianbao-token'], new URL(session().url).searchParams.get('token'));
  assert.equal(request.method(), 'POST');
  await page.close();
});
