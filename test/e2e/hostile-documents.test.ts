/**
 * The XSS corpus in a web page, an EPUB chapter and a Word file, imported through the picker and read in
 * Chromium: nothing in them runs, opens a dialog or loads from the network, and their text is still there.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildDocx, buildEpub, docxParagraph } from '../support/packaged-documents.js';
import { HOSTILE } from '../support/xss-payloads.js';
import { openPage, sessionForSuite, until } from './helpers.js';
import { tempDir } from '../support/temp-dir.js';

const session = sessionForSuite();

const PROSE =
  'The harbour board met on Monday to hear the engineers, who said the old sea wall would need another winter of work before it could take the spring tides.';

function hostileFiles(): string[] {
  const folder = tempDir('jianbao-hostile-');
  const body = `<h1>Hostile harbour</h1><p>${PROSE}</p>${HOSTILE.join('\n')}<p>${PROSE}</p>`;
  const files: Record<string, Uint8Array> = {
    'hostile.html': new TextEncoder().encode(
      `<!doctype html><html><head><meta charset="utf-8"><title>Hostile harbour</title></head><body><article>${body}</article></body></html>`,
    ),
    'hostile.epub': buildEpub({
      version: 3,
      title: 'Hostile harbour',
      authors: ['A. Writer'],
      language: 'en',
      chapters: [{ file: 'one.xhtml', tocTitle: 'Hostile harbour', body }],
    }),
    // In a Word file markup is text: it must show as written.
    'hostile.docx': buildDocx({
      title: 'Hostile harbour',
      body: [PROSE, ...HOSTILE.map((payload) => payload.replaceAll('&', '&amp;').replaceAll('<', '&lt;'))]
        .map((text) => docxParagraph(text))
        .join(''),
    }),
  };
  return Object.entries(files).map(([name, data]) => {
    const path = join(folder, name);
    writeFileSync(path, data);
    return path;
  });
}

test('scripts, handlers and remote loads in a web page, an EPUB and a Word file never run in the reader', async () => {
  const { page, problems } = await openPage(session());
  const dialogs: string[] = [];
  const remote: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(session().url.replace(/\/[^/]*$/, ''))) remote.push(request.url());
  });
  await page.locator('jb-app input[type=file]').setInputFiles(hostileFiles());
  const opened = page.locator('jb-import-report a');
  await opened.nth(2).waitFor();
  const hrefs = await opened.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  assert.equal(hrefs.length, 3, 'each file is one article');

  for (const href of hrefs) {
    await page.goto(session().url + href);
    const article = page.locator('jb-article');
    await article.locator('.paragraph', { hasText: 'harbour board' }).first().waitFor();
    const rendered = await article.evaluate((element) => {
      const root = element.shadowRoot!;
      const all = [...root.querySelectorAll('*')];
      return {
        active: root.querySelectorAll('script, iframe, object, embed, form, input, base, meta, link').length,
        handlers: all.filter((node) => [...node.attributes].some((a) => a.name.startsWith('on'))).length,
        scriptLinks: all.filter((node) => /^\s*javascript:/i.test(node.getAttribute('href') ?? '')).length,
        text: root.textContent ?? '',
      };
    });
    const { text, ...active } = rendered;
    assert.deepEqual(active, { active: 0, handlers: 0, scriptLinks: 0 }, href);
    // The text around the payloads is all there.
    assert.match(text, /a link/, href);
  }
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => (globalThis as { __jianbaoRan?: string }).__jianbaoRan), undefined);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(remote, []);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a web page's link opens outside the app only when the reader says yes, and the app stays where it was", async () => {
  const { page, problems } = await openPage(session());
  const folder = tempDir('jianbao-links-');
  const path = join(folder, 'links.html');
  writeFileSync(
    path,
    `<!doctype html><html><head><meta charset="utf-8"><title>Ferry news</title></head><body><article><h1>Ferry news</h1>` +
      `<p>${PROSE} The timetable is on <a href="https://ferry.example/timetable">the company's site</a>, and <em>nowhere</em> else.</p></article></body></html>`,
  );
  await page.locator('jb-app input[type=file]').setInputFiles(path);
  await page.locator('jb-import-report a').first().click();
  const link = page.locator('jb-article a', { hasText: "the company's site" });
  await link.waitFor();
  assert.equal(await page.locator('jb-article em', { hasText: 'nowhere' }).count(), 1, 'emphasis is shown');
  const here = page.url();

  const asked: string[] = [];
  page.once('dialog', (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await link.click();
  await until(async () => asked.length, 1);
  assert.match(asked[0]!, /https:\/\/ferry\.example\/timetable/);
  assert.equal(page.url(), here, 'declined: the app did not navigate');

  // The outside site, answered here: the test machine has no network.
  await page.context().route('https://ferry.example/**', (route) => route.fulfill({ body: 'timetable' }));
  page.once('dialog', (dialog) => void dialog.accept());
  const [popup] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await popup.waitForLoadState();
  assert.equal(popup.url(), 'https://ferry.example/timetable');
  await popup.close();
  assert.equal(page.url(), here, 'accepted: the address opened in a new window, the app stayed');
  assert.deepEqual(problems, []);
  await page.close();
});
