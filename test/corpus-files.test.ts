// The `files` corpus family: articles one after another as their corpora store them. Its golden must say exactly
// what the text holds, in order (a dateline split off its paragraph as the shared convention asks), and the
// parser must keep every character of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../main/domain/import/parse-document';
import { filesPages } from './corpus/render-files';
import { loadSample } from './corpus/sources';
import { assertNothingLost } from './support/conservation';

const squash = (s: string) => s.replace(/\s+/g, '');

for (const lang of ['zh', 'en'] as const) {
  test(`files ${lang} pages are their golden's text in order, and parse without losing a character`, () => {
    const pages = filesPages(loadSample(lang), lang, 1, 6);
    assert.equal(pages.length, 6);
    for (const page of pages) {
      const said = page.golden.articles.flatMap((a) => [
        a.title,
        a.dateline ?? '',
        a.byline ?? '',
        ...a.blocks.map((b) => b.text),
      ]);
      // In order, and nothing else but the dash a dateline ends with ("LONDON, March 3 - ").
      const flat = squash(page.text);
      let at = 0;
      for (const piece of said.map(squash).filter(Boolean)) {
        const found = flat.indexOf(piece, at);
        assert.ok(found >= at, `${page.name}: ${piece.slice(0, 30)}`);
        at = found + piece.length;
      }
      assert.ok(flat.length - squash(said.join('')).length <= page.golden.articles.length, page.name);
      assert.ok(page.golden.articles.length >= 3 && page.golden.articles.length <= 6);
      assertNothingLost(page.text, parseDocument(`${page.name}.txt`, page.text).page);
    }
    assert.ok(new Set(pages.map((p) => p.text)).size === pages.length, 'each page its own articles');
  });
}
