// The one place that talks to pdf.js in the main process: a PDF's bytes → each page's text runs with their
// geometry (main/domain/pdf works from those). No script runs (no eval, no scripting, no XFA), nothing is
// fetched: fonts and CMaps come from the package itself. The import runs it on a thread of its own
// (pdf-thread.ts); pages are read one at a time, each reported as it is done.
import { said, type Said } from '../../../shared/i18n/said.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { getDocument as GetDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageText, TextRun } from '../../domain/pdf/geometry.js';
import { CANCELLED, type ReadProgress } from './page-result.js';

/**
 * The package's folder, for its CMaps and fonts. The Electron main bundle is CommonJS and has `require`; the
 * Node bundle defines one; only an unbundled ES module (tests) needs createRequire.
 */
function packageDir(): string {
  const req = typeof require === 'function' ? require : createRequire(import.meta.url);
  return dirname(req.resolve('pdfjs-dist/package.json'));
}

/** Why a PDF cannot be read, in a sentence a user can act on. */
export class PdfReadError extends Error {
  constructor(readonly said: Said) {
    super(said.en);
  }
}

function describe(error: unknown): Said {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException')
    return said(
      'it is protected by a password; open it in a PDF reader, save an unprotected copy and import that',
      '它有密码保护；请在 PDF 阅读器中打开，另存一份不加密的副本再导入',
    );
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException')
    return said(
      'it is damaged or not a PDF (it may be cut short); download it again and retry',
      '它已损坏或不是 PDF（可能不完整）；请重新下载后再试',
    );
  const detail = (error as Error)?.message ?? String(error);
  return said(`pdf.js could not read it (${detail})`, `pdf.js 无法读取它（${detail}）`);
}

/** The face's name without the subset prefix ("ABCDEF+NotoSerifCJKsc-Bold" → "NotoSerifCJKsc-Bold"). */
function fontName(objs: { has(id: string): boolean; get(id: string): unknown }, id: string): string {
  const font = objs.has(id) ? (objs.get(id) as { name?: unknown } | null) : null;
  const name = typeof font?.name === 'string' ? font.name : id;
  return name.replace(/^[A-Z]{6}\+/, '');
}

/** Text runs of one page, y measured down from the page's top. */
/** pdf.js is an ES module loaded from the package at run time (the app's bundles leave it out), once. */
let pdfjs: Promise<{ getDocument: typeof GetDocument }> | null = null;
const loadPdfjs = () => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

async function pageText(
  doc: Awaited<ReturnType<typeof GetDocument>['promise']>,
  n: number,
  faces: Map<string, string>,
): Promise<PageText> {
  const page = await doc.getPage(n);
  const viewport = page.getViewport({ scale: 1 });
  const [left = 0, , , top = viewport.height] = page.view;
  const content = await page.getTextContent();
  // The operator list loads the fonts, whose names tell faces apart (the text items only number them). Pages
  // of one file share their fonts, so it is asked for only when the page uses one not seen before.
  const unseen = content.items.some((item) => 'fontName' in item && !faces.has(item.fontName));
  if (unseen) {
    await page.getOperatorList();
    for (const item of content.items)
      if ('fontName' in item && !faces.has(item.fontName))
        faces.set(item.fontName, fontName(page.commonObjs, item.fontName));
  }
  const face = (id: string): string => faces.get(id) ?? id;
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a = 0, b = 0, , , e = 0, f = 0] = item.transform as number[];
    runs.push({
      text: item.str,
      x: e - left,
      y: top - f,
      width: item.width,
      size: Math.hypot(a, b),
      font: face(item.fontName),
    });
  }
  page.cleanup();
  return { number: n, width: viewport.width, height: viewport.height, runs };
}

export async function readPdfText(data: Uint8Array, options: ReadProgress = {}): Promise<PageText[]> {
  const { getDocument } = await loadPdfjs();
  const pkg = packageDir();
  const task = getDocument({
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    data: new Uint8Array(data),
    isEvalSupported: false,
    enableXfa: false,
    // pdf.js wants directory URLs ending in a slash; in Node a plain path is read from disk.
    cMapUrl: join(pkg, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pkg, 'standard_fonts') + '/',
    verbosity: 0,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy();
    throw new PdfReadError(describe(error));
  }
  try {
    if (doc.numPages === 0) throw new PdfReadError(said('it has no pages', '其中没有页面'));
    const pages: PageText[] = [];
    const faces = new Map<string, string>();
    for (let n = 1; n <= doc.numPages; n++) {
      if (options.signal?.aborted) throw new PdfReadError(CANCELLED);
      pages.push(await pageText(doc, n, faces));
      options.progress?.(n, doc.numPages, 'page');
      await nextTurn();
    }
    if (pages.every((p) => p.runs.every((r) => r.text.trim() === '')))
      throw new PdfReadError(
        said(
          'it has no text layer (a scanned or image-only PDF); run it through OCR (for example OCRmyPDF) and import the result',
          '它没有文字层（是扫描件或纯图片的 PDF）；请先用 OCR 工具（例如 OCRmyPDF）识别，再导入识别结果',
        ),
      );
    return pages;
  } catch (error) {
    throw error instanceof PdfReadError ? error : new PdfReadError(describe(error));
  } finally {
    await doc.destroy();
  }
}
