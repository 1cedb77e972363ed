/**
 * Narrow windows, checked by geometry rather than screenshots: at 360, 768 and 1280 px the page never
 * scrolls sideways (library and reader), the header fits, the side panel is a drawer with a toggle
 * below 900 px, and the selection toolbar stays inside the window. At 360 px every control is a finger's
 * size (44 × 44 px), links inside running text aside.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { FIXTURE, importThroughPicker, openPage, selectText, sessionForSuite } from './helpers.js';

const session = sessionForSuite();

const overflow = (page: Page) =>
  page.evaluate(() => ({
    page: document.scrollingElement!.scrollWidth - window.innerWidth,
    header: (() => {
      const header = document.querySelector('jb-app')!.shadowRoot!.querySelector('header')!;
      return header.scrollWidth - header.clientWidth;
    })(),
  }));

/** Controls on screen smaller than 44 px either way, through every shadow root (a string: no bundler helpers). */
const smallTargets = (page: Page): Promise<string[]> =>
  page.evaluate(`(() => {
    const found = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) visit(el.shadowRoot);
        if (!el.matches('button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button]')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || (el.matches('a') && el.closest('.paragraph'))) continue;
        if (box.width < 44 || box.height < 44)
          found.push(el.tagName + ' ' + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 24) +
            ' ' + Math.round(box.width) + 'x' + Math.round(box.height));
      }
    };
    visit(document);
    return found;
  })()`);

test('at 360, 768 and 1280 px: no sideways scrolling, a drawer below 900 px, the toolbar on screen', async () => {
  const { page: first } = await openPage(session());
  const articleId = await importThroughPicker(first, [FIXTURE]);
  await first.close();

  for (const width of [360, 768, 1280]) {
    const page = await session().browser.newPage({ viewport: { width, height: 800 }, locale: 'en-US' });
    await page.goto(session().url);
    await page.locator('jb-library a[data-article-id]').first().waitFor();
    assert.deepEqual(await overflow(page), { page: 0, header: 0 }, `library at ${width}px`);
    if (width === 360) assert.deepEqual(await smallTargets(page), [], 'library controls at 360 px');

    await page.goto(`${session().url}#article=${articleId}`);
    const paragraph = page.locator('jb-article .paragraph').nth(1);
    await paragraph.waitFor();
    assert.deepEqual(await overflow(page), { page: 0, header: 0 }, `reader at ${width}px`);

    const toggle = page.getByRole('button', { name: 'Contents & notes' });
    const panel = page.locator('jb-reader aside');
    if (width < 900) {
      assert.equal(await panel.isVisible(), false, `the drawer starts closed at ${width}px`);
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await page.getByRole('heading', { name: 'Highlights & notes' }).waitFor();
      await page.waitForTimeout(250); // the drawer's slide
      if (width === 360) assert.deepEqual(await smallTargets(page), [], 'drawer controls at 360 px');
      const box = (await panel.boundingBox())!;
      assert.ok(box.x >= 0 && box.x + box.width <= width + 0.5, `the open drawer fits at ${width}px`);
      assert.deepEqual(await overflow(page), { page: 0, header: 0 }, `the open drawer at ${width}px`);
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'hidden' });
      assert.ok(page.url().endsWith(`#article=${articleId}`), 'Esc closes the drawer first');
    } else {
      assert.equal(await toggle.isVisible(), false, 'no toggle in a wide window');
      assert.equal(await panel.isVisible(), true);
    }

    // A passage near the right edge of the column: its toolbar stays inside the window.
    const text = (await paragraph.textContent()) ?? '';
    await paragraph.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await selectText(page, paragraph, Math.max(0, text.length - 4), text.length);
    const toolbar = (await page.locator('jb-selection-toolbar .bar').boundingBox())!;
    assert.ok(
      toolbar.x >= 0 && toolbar.x + toolbar.width <= width,
      `the toolbar (${toolbar.x}, ${toolbar.width}) is inside ${width}px`,
    );
    assert.deepEqual(await overflow(page), { page: 0, header: 0 }, `the toolbar open at ${width}px`);
    if (width === 360)
      assert.deepEqual(await smallTargets(page), [], 'reader and toolbar controls at 360 px');
    await page.close();
  }
});
