/** Shared set-up for the end-to-end tests: the real browser-mode server and headless Chromium. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { REPO_ROOT, startBrowserMode } from '../support/browser-mode.js';

export const FIXTURE = join(REPO_ROOT, '../shared/fixtures/pages/party-building-page.txt');

export interface Session {
  browser: Browser;
  /** The page URL with its `?token=`. */
  url: string;
  stop(): Promise<void>;
}

/** The suite's session: browser mode and Chromium start before its tests and stop after them. */
export function sessionForSuite(): () => Session {
  let session: Session | undefined;
  before(async () => {
    session = await startSession();
  });
  after(async () => {
    await session?.stop();
  });
  return () => {
    if (!session) throw new Error('The browser session is not running: use it inside a test.');
    return session;
  };
}

/**
 * Starts browser mode with an empty temporary library (or uses the server at JIANBAO_E2E_URL, e.g. one
 * started by hand) and launches Chromium.
 */
export async function startSession(): Promise<Session> {
  const external = process.env.JIANBAO_E2E_URL;
  const server = external ? null : await startBrowserMode();
  const browser = await launchChromium();
  return {
    browser,
    url: external ?? server!.url,
    async stop() {
      await browser.close();
      await server?.stop();
    },
  };
}

/** A fresh page that fails the test on any uncaught page error or CSP violation. */
export async function openPage(session: Session, hash = ''): Promise<{ page: Page; problems: string[] }> {
  const page = await session.browser.newPage({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    // The interface follows the browser's language at first start; the tests read its English strings.
    locale: 'en-US',
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      problems.push(message.text());
  });
  await page.goto(session.url + hash);
  await page.locator('jb-app').waitFor();
  return { page, problems };
}

/** Imports files through the hidden file input and returns the id of the first article of the first file. */
export async function importThroughPicker(page: Page, files: string[]): Promise<number> {
  await page.locator('jb-app input[type=file]').setInputFiles(files);
  const open = page.locator('jb-import-report a').first();
  await open.waitFor();
  const href = (await open.getAttribute('href')) ?? '';
  return Number(/#article=(\d+)/.exec(href)?.[1]);
}

/**
 * The viewport points just inside the first and last characters of [from, to) of a segment element's
 * text (across its text nodes, e.g. Markdown emphasis).
 */
export async function charPoints(
  segment: Locator,
  from: number,
  to: number,
): Promise<{ start: { x: number; y: number }; end: { x: number; y: number }; text: string }> {
  return segment.evaluate(
    (el, [a, b]) => {
      // No named inner functions: the test loader's helpers (__name) do not exist in the page.
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const [first, last] = [a!, b! - 1].map((index) => {
        let rest = index;
        const node = nodes.find((candidate) =>
          rest < candidate.data.length ? true : ((rest -= candidate.data.length), false),
        )!;
        const range = document.createRange();
        range.setStart(node, rest);
        range.setEnd(node, rest + 1);
        return range.getClientRects()[0]!;
      });
      return {
        start: { x: first!.left + 1, y: first!.top + first!.height / 2 },
        end: { x: last!.right - 1, y: last!.top + last!.height / 2 },
        text: nodes
          .map((node) => node.data)
          .join('')
          .slice(a, b),
      };
    },
    [from, to],
  );
}

/** Selects text with the mouse, as a person would: press, drag, release. */
export async function dragSelect(
  page: Page,
  start: { x: number; y: number },
  end: { x: number; y: number },
): Promise<void> {
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

/** The text of every range in a named CSS custom highlight (live or static ranges), in text order. */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((key) => {
    const ranges = [...(CSS.highlights.get(key) ?? [])].map((item) => {
      const range = document.createRange();
      range.setStart(item.startContainer, item.startOffset);
      range.setEnd(item.endContainer, item.endOffset);
      return range;
    });
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    return ranges.map((range) => String(range));
  }, name);
}

/** Selects characters [from, to) of a segment element with the mouse and waits for the toolbar. */
export async function selectText(page: Page, segment: Locator, from: number, to: number): Promise<string> {
  const passage = await charPoints(segment, from, to);
  await dragSelect(page, passage.start, passage.end);
  await page.locator('jb-selection-toolbar').waitFor();
  return passage.text;
}

/** Imports text files given as name and content; returns the id of the first article of the first. */
export async function importTexts(page: Page, files: { name: string; text: string }[]): Promise<number> {
  await page
    .locator('jb-app input[type=file]')
    .first()
    .setInputFiles(
      files.map(({ name, text }) => ({
        name,
        mimeType: name.endsWith('.md') ? 'text/markdown' : 'text/plain',
        buffer: Buffer.from(text),
      })),
    );
  const open = page.locator('jb-import-report a').first();
  await open.waitFor();
  const href = (await open.getAttribute('href')) ?? '';
  return Number(/#article=(\d+)/.exec(href)?.[1]);
}

/** The side panel's entry for a quote. */
export const panelItem = (page: Page, text: string): Locator =>
  page.locator('jb-annotation-panel li[data-annotation-id]').filter({ hasText: text });

/** Polls until `read()` returns `expected` (5 s), then returns it. */
export async function until<T>(read: () => Promise<T>, expected: T, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  return value;
}

/** The file the page downloads when `click` is done, with its suggested name and its text. */
export async function download(
  page: Page,
  click: () => Promise<void>,
): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}
