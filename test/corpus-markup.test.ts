// A site that marks its paragraphs up as `<div>` blocks prints the same page as one that uses `<p>`, but the
// browser copies its paragraphs on line after line, with no blank line between them: the corpus's browser family
// holds both, as people copy from both.
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pdftotext } from './corpus/extract-poppler';
import { PdfPrinter } from './corpus/render-pdf';
import { layoutPage } from './corpus/render-layout';
import { SHEETS, type ParagraphMarkup } from './corpus/render-html';
import { loadSample } from './corpus/sources';

for (const lang of ['zh', 'en'] as const) {
  test(`a ${lang} page with <div> paragraphs prints as with <p>, and is copied without blank lines between them`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jianbao-markup-'));
    const printer = await PdfPrinter.open();
    try {
      const read = async (markup: ParagraphMarkup, seed: number) => {
        const page = layoutPage(loadSample(lang), { lang, seed, markup });
        const printed = await printer.print(page.html, page.sheet);
        assert.ok(printed, 'the page fits');
        const pdf = join(dir, `${markup}-${seed}.pdf`);
        await writeFile(pdf, printed.pdf);
        return { page, printed, text: await pdftotext(pdf, 'raw') };
      };
      const [p, div] = [await read('p', 7), await read('div', 7)];
      assert.equal(div.text, p.text, 'the same text is printed in the same places');
      assert.deepEqual(div.printed.fit, p.printed.fit, 'the same blocks fit');

      // Two paragraphs of one article that both still show, one after the other.
      const pair = p.page.articles
        .map((art) => art.blocks.filter((b) => b.type === 'paragraph' && p.printed.fit.blocks.has(b.id)))
        .find((paragraphs) => paragraphs.length >= 2);
      assert.ok(pair, 'an article shows two paragraphs');
      const [first, second] = pair.map((b) => b.shown ?? b.text);
      assert.ok(p.printed.copied.includes(`${first}\n\n${second}`), '<p>: a blank line between paragraphs');
      assert.ok(div.printed.copied.includes(`${first}\n${second}`), '<div>: one line break between them');
    } finally {
      await printer.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
}

test('the fitter leaves out a story whose one paragraph cannot fit, whichever markup its paragraphs have', async () => {
  const printer = await PdfPrinter.open();
  try {
    for (const tag of ['p', 'div']) {
      const paragraphs = [0, 1]
        .map(
          (i) => `<${tag} class="p" data-b="0.${i}">${'A long sentence of the story. '.repeat(60)}</${tag}>`,
        )
        .join('');
      const html = `<!doctype html><html><body><div class="slot" style="height:120px;overflow:hidden"><article data-a="0"><h2>Headline</h2><div class="body">${paragraphs}</div></article></div></body></html>`;
      const printed = await printer.print(html, SHEETS.A4);
      assert.deepEqual([...(printed?.fit.articles ?? [0])], [], `<${tag}>: the story is held over whole`);
    }
  } finally {
    await printer.close();
  }
});
