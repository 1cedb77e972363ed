// The rendered-pages corpus: one small page per language, laid out, printed by Chromium and read back. The golden
// must be what the page shows (every title and paragraph comes out of the PDF), made of real text only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument, readExtractedPage } from '../main/domain/import/parse-document';
import { normalizeExtractedText } from '../main/domain/import/normalize-text';
import { KICKER_LABELS } from './corpus/desk-phrases';
import { sentences } from './corpus/render-text';
import { buildRenderedPages } from './corpus/rendered';
import { loadSample } from './corpus/sources';
import type { CorpusPage, Family } from './corpus/types';
import { assertNothingLost } from './support/conservation';

// OCR is left out: it takes seconds a page and proves nothing about the golden that pdftotext does not.
const FAMILIES: Family[] = ['pdftotext', 'pdftotext-raw', 'pdftotext-layout', 'pdfjs', 'browser', 'pandoc'];

// Whitespace is where the tools differ most (column breaks, justification); NFKC folds full-width forms.
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

for (const lang of ['zh', 'en'] as const) {
  test(`a rendered ${lang} page reads back as its golden says`, async () => {
    const sources = loadSample(lang).slice(0, 8);
    const pages = await buildRenderedPages(sources, { lang, pages: 1, seed: 7, families: FAMILIES });
    assert.deepEqual(pages.map((p) => p.family).sort(), [...FAMILIES].sort());
    const byFamily = new Map<Family, CorpusPage>(pages.map((p) => [p.family, p]));
    const golden = pages[0]?.golden;
    assert.ok(golden && golden.articles.length >= 3, 'at least three articles on the page');

    for (const page of pages) {
      assert.ok(page.text.trim().length > 200, `${page.family} gives text`);
      assert.equal(page.golden, golden, 'every family shares the page golden');
    }

    // Furniture is never an article: every golden title is a source article's title (in the paper's case), with
    // its text under it.
    const folded = (s: string) => squash(s).toLowerCase();
    const titles = new Set(sources.map((s) => folded(s.title)));
    const corpus = folded(sources.flatMap((s) => [s.title, ...s.paragraphs]).join('\n'));
    for (const art of golden.articles) {
      assert.ok(titles.has(folded(art.title)), `not a source title: ${art.title}`);
      assert.ok(
        art.blocks.some((b) => b.type === 'paragraph'),
        `${art.title} has text`,
      );
      // Kickers, subtitles, subheads and what captions say are borrowed real text, never made up; a caption
      // adds only 图为 and a photo credit to its sentence, and a kicker may name the kind of piece instead.
      const said = art.blocks.map((b) =>
        b.type === 'caption' ? (sentences(b.text.replace(/^图为/, ''), lang)[0] ?? b.text) : b.text,
      );
      const label = KICKER_LABELS.some((l) => folded(l) === folded(art.kicker ?? ''));
      for (const borrowed of [label ? null : art.kicker, art.subtitle, ...said]) {
        if (borrowed) assert.ok(corpus.includes(folded(borrowed)), `not from the sources: ${borrowed}`);
      }
    }

    // Everything the golden says is printed: pdftotext -raw, which reads in drawing order, finds each title and
    // paragraph whole (an English word hyphenated at a line end is read either way).
    const raw = byFamily.get('pdftotext-raw')?.text ?? '';
    const plain = squash(raw);
    const joined = squash(raw.replace(/-\n/g, ''));
    for (const art of golden.articles) {
      for (const w of [art.title, ...art.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text)]) {
        assert.ok(
          plain.includes(squash(w)) || joined.includes(squash(w)),
          `pdftotext -raw lacks: ${w.slice(0, 40)}`,
        );
      }
    }
    // pdftotext's default mode reads the same characters in its own order: on Chinese pages it often runs
    // neighbouring columns together line by line, which is the point of having it as a family. It drops the
    // hyphen of a word split at a line end.
    const glyphs = (s: string) => [...squash(s).replace(/-/g, '')].sort().join('');
    assert.equal(
      glyphs(byFamily.get('pdftotext')?.text ?? ''),
      glyphs(raw),
      'pdftotext reads every character',
    );

    // Whichever way the parser reads each family's text, nothing is lost or doubled.
    for (const page of pages) {
      const normalized = normalizeExtractedText(page.text);
      // Columns side by side are read one after the other: the order to keep is that reading order.
      assertNothingLost(
        readExtractedPage(normalized).text,
        parseDocument(`${page.name}.txt`, normalized).page,
      );
    }
  });
}
