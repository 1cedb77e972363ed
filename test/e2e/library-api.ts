/**
 * For the library and search tests: fills the browser-mode library quickly through its HTTP API (the
 * same requests the page sends), and reads the focused element.
 */
import type { Page } from 'playwright-core';
import type { Input, Method, Output } from '../../shared/contract/api.js';
import { fromWire, toWire } from '../../shared/transport/wire.js';

/** One request to the server behind `url` (a page address with its `?token=`). */
export async function callApi<M extends Method>(url: string, method: M, input: Input<M>): Promise<Output<M>> {
  const { origin, searchParams } = new URL(url);
  const response = await fetch(`${origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Jianbao-Token': searchParams.get('token') ?? '' },
    body: toWire(input),
  });
  const reply = fromWire(await response.text()) as
    { ok: true; value: Output<M> } | { ok: false; error: { message: string } };
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

/** Imports Markdown files, 1,000 to a request (the contract's most); returns how many were imported. */
export async function importMarkdown(url: string, files: { name: string; text: string }[]): Promise<number> {
  const encoder = new TextEncoder();
  let imported = 0;
  for (let first = 0; first < files.length; first += 1000) {
    const batch = files.slice(first, first + 1000);
    const reply = await callApi(url, 'library.import', {
      files: batch.map(({ name, text }) => ({ name, data: encoder.encode(text) })),
    });
    if (reply.rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(reply.rejected[0])}`);
    imported += reply.imported.length;
  }
  return imported;
}

/** The focused element through shadow roots: its tag, aria-label and row index (data-index). */
export const focused = (page: Page) =>
  page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      tag: element?.tagName ?? '',
      label: element?.getAttribute('aria-label') ?? null,
      index: element?.getAttribute('data-index') ?? null,
    };
  });
