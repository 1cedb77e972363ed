// PDF e-papers: a page printed by Chromium from real articles is read back into its articles (scored against
// its golden), stored with its file and the articles' places on the page, read again on re-import, and parsed by
// the CLI; damaged, encrypted and image-only files are refused with a sentence saying what to do.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../../main/node/import/read-document';
import { openLibrary } from '../../main/node/library';
import { PdfReadError } from '../../main/node/import/pdf-text';
import { readPdfTextOffThread } from '../../main/node/import/pdf-thread';
import { buildRenderedPages } from '../corpus/rendered';
import { scorePages } from '../corpus/score';
import { loadSample } from '../corpus/sources';
import type { CorpusPage } from '../corpus/types';
import { launchChromium } from '../support/chromium';
import { hostilePdf } from '../support/hostile-pdf';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared');
const dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-'));
const pages = new Map<'zh' | 'en', CorpusPage>();

before(async () => {
  for (const lang of ['zh', 'en'] as const) {
    const [page] = await buildRenderedPages(loadSample(lang).slice(0, 10), {
      lang,
      pages: 1,
      seed: 11,
      families: ['pdf'],
    });
    pages.set(lang, page!);
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

const pdfOf = (lang: 'zh' | 'en'): Uint8Array<ArrayBuffer> => Uint8Array.from(pages.get(lang)!.pdf!);

for (const lang of ['zh', 'en'] as const) {
  test(`a printed ${lang} page comes back as its articles`, async () => {
    const page = pages.get(lang)!;
    const read = await readDocument(`${page.name}.pdf`, pdfOf(lang));
    assert.ok(read.ok, read.ok ? '' : read.reason.en);
    const [scored] = await scorePages([page], () => read.document.page, shared);
    assert.ok((scored?.score.articles ?? 0) >= 0.8, `articles F1 ${scored?.score.articles}`);
    assert.ok((scored?.score.overall ?? 0) >= 0.7, `overall ${scored?.score.overall}`);
    for (const article of read.document.page.articles) {
      assert.ok(article.regions && article.regions.length > 0, `${article.title} has its place on the page`);
      for (const r of article.regions) assert.ok(r.page === 1 && r.x1 > r.x0 && r.y1 > r.y0);
    }
    assert.equal(read.document.encoding, 'pdf');
  });
}

test('an imported PDF keeps its file and the articles their places; re-import reads the file again', async () => {
  const library = openLibrary(join(dir, 'library.db'));
  try {
    const result = await library.services['library.import']({
      files: [{ name: 'page.pdf', data: pdfOf('zh') }],
    });
    assert.equal(result.rejected.length, 0, JSON.stringify(result.rejected));
    const [imported] = result.imported;
    assert.ok(imported && imported.articleIds.length >= 3);
    const stored = library.store.getSource(imported.sourceId);
    assert.deepEqual(Uint8Array.from(stored!.original!), pdfOf('zh'));
    const row = library.store.db
      .prepare<[number], { layout: string | null }>('SELECT layout FROM articles WHERE id = ?')
      .get(imported.articleIds[0]!);
    const layout = JSON.parse(row?.layout ?? 'null') as { regions: unknown[]; blocks: unknown[][] } | null;
    assert.ok(layout && layout.regions.length > 0 && layout.blocks.some((b) => b.length > 0));

    const again = await library.services['library.reimport']({ sourceId: imported.sourceId });
    assert.deepEqual(again.articleIds, imported.articleIds, 'the same articles, read from the kept PDF');
  } finally {
    library.close();
  }
});

test('jianbao parse page.pdf --json prints the articles', () => {
  const file = join(dir, 'page.pdf');
  writeFileSync(file, pdfOf('en'));
  const out = execFileSync(process.execPath, [join(root, 'dist/node/cli.mjs'), 'parse', file, '--json'], {
    encoding: 'utf8',
  });
  const parsed = JSON.parse(out) as { encoding: string; articles: { title: string }[] };
  assert.equal(parsed.encoding, 'pdf');
  const titles = new Set(pages.get('en')!.golden.articles.map((a) => a.title));
  assert.ok(parsed.articles.filter((a) => titles.has(a.title)).length >= titles.size * 0.8);
});

test('a PDF cut short is refused as damaged', async () => {
  const pdf = pdfOf('en');
  const read = await readDocument('cut.pdf', pdf.subarray(0, Math.floor(pdf.length / 3)));
  assert.equal(read.ok, false);
  assert.match(read.ok ? '' : read.reason.en, /damaged|cut short/);
});

test('a password-protected PDF is refused with what to do', async () => {
  const plain = join(dir, 'plain.pdf');
  const locked = join(dir, 'locked.pdf');
  writeFileSync(plain, pdfOf('en'));
  // qpdf is one of the Debian packages the tests need (README; .ci/run installs it).
  execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', plain, locked]);
  const read = await readDocument('locked.pdf', new Uint8Array(readFileSync(locked)));
  assert.equal(read.ok, false);
  assert.match(read.ok ? '' : read.reason.en, /password/);
});

test('a scanned page without a text layer is refused with what to do', async () => {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // A picture of text, and no text: what a scanner makes.
    const png = await (async () => {
      await page.setContent('<p style="font-size:40px">Scanned text</p>');
      return (await page.screenshot()).toString('base64');
    })();
    await page.setContent(`<img src="data:image/png;base64,${png}" style="width:100%">`);
    const pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
    const read = await readDocument('scan.pdf', pdf);
    assert.equal(read.ok, false);
    assert.match(read.ok ? '' : read.reason.en, /no text layer.*OCR/);
  } finally {
    await browser.close();
  }
});

/** A two-page paper printed by Chromium: an article runs from page 1 on to page 2. */
async function continuedPaper(): Promise<Uint8Array> {
  const para = (text: string) => `<p style="font-size:14px;text-indent:2em;margin:0">${text}</p>`;
  const body = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      para(
        `去年冬天，河湾村的志愿者把村口闲置多年的仓库改成了共享书屋，第${i + 1}批图书已经上架，孩子们放学后有了好去处。`,
      ),
    ).join('');
  const head = (folio: string) =>
    `<div style="font-size:10px;border-bottom:1px solid #000;margin-bottom:12px">${folio}　要闻　2024年3月5日 星期二　晨光日报</div>`;
  const html = `<html><body style="font-family:'Noto Serif CJK SC',serif;width:600px">
    <section style="break-after:page">${head('第1版')}
      <h1 style="font-size:30px">河湾村把闲置仓库改成共享书屋</h1>${body(6)}
      ${para('书屋开放以来，借阅人数逐月增加，村里还请来退休教师（下转第2版）')}
      <h1 style="font-size:30px">南岭乡修好后山小路</h1>${body(3)}
    </section>
    <section>${head('第2版')}
      <h2 style="font-size:22px">河湾村把闲置仓库改成共享书屋</h2>
      ${para('（上接第1版）每周六给孩子们讲故事。')}${body(4)}
    </section></body></html>`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await browser.close();
  }
}

test('an article continued on another page of the file is one article, with its places on both pages', async () => {
  const read = await readDocument('paper.pdf', await continuedPaper());
  assert.ok(read.ok, read.ok ? '' : read.reason.en);
  const titles = read.document.page.articles.map((a) => a.title);
  assert.deepEqual(titles, ['河湾村把闲置仓库改成共享书屋', '南岭乡修好后山小路']);
  const [article] = read.document.page.articles;
  const text = article!.blocks.map((b) => b.text).join('\n');
  assert.match(text, /村里还请来退休教师每周六给孩子们讲故事。/, 'the sentence runs on across the pages');
  assert.deepEqual([...new Set(article!.regions!.map((r) => r.page))], [1, 2]);
  assert.ok(article!.notes?.includes('（下转第2版）') && article!.notes.includes('（上接第1版）'));
});

test('a file that only says it is a PDF is refused, not parsed as text', async () => {
  const read = await readDocument('fake.pdf', new TextEncoder().encode('%PDF-1.7\nnot really a pdf\n'));
  assert.equal(read.ok, false);
});

test('a PDF with no pages is refused as such, not sent to OCR', async () => {
  // A catalogue whose page tree is empty; pdf.js rebuilds the cross-reference table it lacks.
  const empty = [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
  ].join('\n');
  const read = await readDocument('empty.pdf', new TextEncoder().encode(empty));
  assert.equal(read.ok ? '' : read.reason.en, 'it has no pages');
});

test('a PDF that keeps pdf.js on one page past the budget is refused with what to do', async () => {
  await assert.rejects(readPdfTextOffThread(pdfOf('zh'), {}, 1), (error: unknown) => {
    assert.ok(error instanceof PdfReadError);
    assert.match(error.said.en, /could not be read within a minute.*print/);
    assert.match(error.said['zh-CN'], /一分钟内仍未读完/);
    return true;
  });
});

test('a long PDF reports its pages as it is read, and a cancelled import stores nothing', async () => {
  const one = join(dir, 'one.pdf');
  const long = join(dir, 'long.pdf');
  writeFileSync(one, pdfOf('en'));
  execFileSync('qpdf', ['--empty', '--pages', one, Array(40).fill('1').join(','), '--', long]);
  const library = openLibrary(join(dir, 'cancel.db'));
  try {
    const { services } = library;
    const running = services['library.import']({
      files: [
        { name: 'long.pdf', data: Uint8Array.from(readFileSync(long)) },
        { name: 'after.txt', data: new TextEncoder().encode('A headline\n\nA paragraph after it.\n') },
      ],
    });
    let seen = { page: 0, pages: 0 };
    while (seen.page < 3) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      const progress = await services['library.importProgress']({});
      assert.ok(progress.running && progress.fileName === 'long.pdf' && progress.files === 2);
      seen = progress;
    }
    assert.equal(seen.pages, 40);
    assert.deepEqual(await services['library.cancelImport']({}), { cancelled: true });
    const result = await running;
    assert.equal(result.imported.length, 0);
    assert.deepEqual(
      result.rejected.map((r) => r.reason),
      [
        'long.pdf was not imported: the import was cancelled.',
        'after.txt was not imported: the import was cancelled.',
      ],
    );
    const stored = library.store.db
      .prepare<[], { sources: number; articles: number }>(
        'SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM articles) AS articles',
      )
      .get();
    assert.deepEqual(stored, { sources: 0, articles: 0 }, 'nothing half-imported');
    assert.equal((await services['library.importProgress']({})).running, false);
    assert.deepEqual(await services['library.cancelImport']({}), { cancelled: false });
  } finally {
    library.close();
  }
});

test('a PDF with JavaScript, a launch action and an embedded file imports as text, and none of it runs', async () => {
  const read = await readDocument('hostile.pdf', hostilePdf());
  assert.ok(read.ok, read.ok ? '' : read.reason.en);
  const [article] = read.document.page.articles;
  assert.equal(article?.title, 'HARBOUR WORKS BEGIN');
  assert.match(article?.blocks.map((b) => b.text).join(' ') ?? '', /harbour wall began on Monday/);
  // Nothing of the actions or the attachment reaches the text.
  assert.doesNotMatch(JSON.stringify(read.document.page), /alert|exportDataObject|calc\.exe|evil\.exe/);
});
