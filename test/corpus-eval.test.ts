// The measuring pipeline behind `npm run eval:pages`: pages written as `npm run corpus` writes them are read
// back, parsed, scored with the shared scorer and summed into one row per family × language.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../main/domain/import/parse-document';
import { loadBookSample } from './corpus/books';
import { readCorpus, writeCorpusPage } from './corpus/corpus-files';
import { comparePages, formatTable, scorePages, summarise } from './corpus/score';
import type { CorpusPage, GoldenPage } from './corpus/types';

const shared = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');

test('corpus pages round-trip through disk and score per family × language, worst pages named', async () => {
  const fixture: CorpusPage = {
    family: 'pdfjs',
    lang: 'zh',
    name: 'party-building',
    text: readFileSync(join(shared, 'fixtures/pages/party-building-page.txt'), 'utf8'),
    golden: JSON.parse(
      readFileSync(join(shared, 'fixtures/pages/party-building-page.golden.json'), 'utf8'),
    ) as GoldenPage,
  };
  // The same page read bottom to top, every line apart, cannot score full marks.
  const scrambled: CorpusPage = {
    ...fixture,
    name: 'scrambled',
    text: fixture.text.split('\n').reverse().join('\n\n'),
  };
  const books = loadBookSample();
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-corpus-'));
  try {
    for (const page of [fixture, scrambled, ...books]) writeCorpusPage(dir, page);
    const pages = readCorpus(dir);
    assert.deepEqual(
      pages.map((p) => `${p.family}/${p.lang}/${p.name}`).sort(),
      [
        ...books.map((b) => `gutenberg/${b.lang}/${b.name}`),
        'pdfjs/zh/party-building',
        'pdfjs/zh/scrambled',
      ].sort(),
    );
    const scored = await scorePages(pages, (p) => parseDocument(`${p.name}.txt`, p.text).page, shared);
    const byName = new Map(scored.map((s) => [s.page.name, s.score]));
    assert.equal(byName.get('party-building')?.overall, 1);
    assert.ok((byName.get('scrambled')?.overall ?? 1) < 0.5);
    const rows = summarise(scored);
    const pdfjs = rows.find((r) => r.family === 'pdfjs');
    assert.equal(pdfjs?.pages, 2);
    assert.equal(pdfjs?.worst[0]?.page.name, 'scrambled');
    assert.ok(
      Math.abs((pdfjs?.means.overall ?? 0) - ((byName.get('scrambled')?.overall ?? 0) + 1) / 2) < 1e-9,
    );
    const table = formatTable(rows);
    assert.match(table, /\| gutenberg \| en \| \d+ \|/);
    assert.match(table, /scrambled \d\.\d\d/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two runs compared page by page: moves past the margin up and down, largest first, new pages left out', () => {
  const page = (name: string, overall: number) => ({
    family: 'pdftotext',
    lang: 'en',
    name,
    score: { overall },
  });
  const { up, down } = comparePages(
    [page('a', 0.5), page('b', 0.9), page('c', 0.7), page('d', 0.6), page('e', 0.4)],
    [page('a', 0.8), page('b', 0.5), page('c', 0.703), page('d', 0.5), page('e', 0.45), page('f', 0.1)],
  );
  assert.deepEqual(
    up.map((c) => [c.name, c.before, c.after]),
    [
      ['a', 0.5, 0.8],
      ['e', 0.4, 0.45],
    ],
  );
  assert.deepEqual(
    down.map((c) => [c.name, c.before, c.after]),
    [
      ['b', 0.9, 0.5],
      ['d', 0.6, 0.5],
    ],
  );
});
