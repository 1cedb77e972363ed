// The "rendered pages" families of the corpus: real articles laid out as newspaper pages, printed to PDF by
// Chromium and read back by the tools people really use, copied as text from the browser that shows the page, or
// the page's markup converted to text by pandoc.
// Every family of one page shares that page's golden.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfjsText } from './extract-pdfjs';
import { pandocText } from './extract-pandoc';
import { ocr, pdftotext } from './extract-poppler';
import { goldenPage, layoutPage } from './render-layout';
import type { Sheet } from './render-html';
import { PdfPrinter } from './render-pdf';
import { STYLE_SPECS, STYLES } from './render-styles';
import type { CorpusPage, Family, SourceArticle } from './types';

export type RenderedFamily = Extract<
  Family,
  'pdf' | 'pdftotext' | 'pdftotext-raw' | 'pdftotext-layout' | 'pdfjs' | 'ocr' | 'browser' | 'pandoc'
>;
/** Families read from the page itself rather than extracted from its PDF. */
type PageFamily = Extract<RenderedFamily, 'pdf' | 'browser' | 'pandoc'>;
const PAGE_FAMILIES: readonly RenderedFamily[] = ['pdf', 'browser', 'pandoc'] satisfies PageFamily[];
export const RENDERED_FAMILIES: readonly RenderedFamily[] = [
  'pdf',
  'pdftotext',
  'pdftotext-raw',
  'pdftotext-layout',
  'pdfjs',
  'ocr',
  'browser',
  'pandoc',
];

export interface RenderedOptions {
  lang: 'zh' | 'en';
  pages: number;
  seed: number;
  /** Default: all rendered families. */
  families?: Family[];
  /** OCR takes seconds a page: read only the first this many pages with it (default: all). */
  ocrPages?: number;
  /** The paper size, else A3, or A4 for short stories. */
  sheet?: Sheet['name'];
  /** Keep each page's PDF here as `<name>.pdf`, to look at. */
  pdfDir?: string;
}

function extract(
  family: Exclude<RenderedFamily, PageFamily>,
  pdf: string,
  lang: 'zh' | 'en',
): Promise<string> {
  switch (family) {
    case 'pdftotext':
      return pdftotext(pdf, 'default');
    case 'pdftotext-raw':
      return pdftotext(pdf, 'raw');
    case 'pdftotext-layout':
      return pdftotext(pdf, 'layout');
    case 'pdfjs':
      return pdfjsText(pdf);
    case 'ocr':
      return ocr(pdf, lang);
  }
}

export async function buildRenderedPages(
  articles: SourceArticle[],
  opts: RenderedOptions,
): Promise<CorpusPage[]> {
  const { lang } = opts;
  const wanted = RENDERED_FAMILIES.filter((f) => !opts.families || opts.families.includes(f));
  const usable = articles.filter((a) => a.lang === lang).length;
  // A design needs its fewest articles plus two left unprinted to borrow kickers and captions from.
  const styles = STYLES.filter((s) => STYLE_SPECS[s].articles[0] + 2 <= usable);
  if (!styles.length) throw new Error(`too few ${lang} articles for any page design: ${usable}`);

  const dir = opts.pdfDir ?? (await mkdtemp(join(tmpdir(), 'jianbao-rendered-')));
  const printer = await PdfPrinter.open();
  const out: CorpusPage[] = [];
  try {
    for (let i = 0; i < opts.pages; i++) {
      const seed = opts.seed + i;
      // Designs in turn, so even a short run sees each of them.
      const style = styles[(opts.seed + i) % styles.length];
      const page = layoutPage(articles, { lang, seed, style, ...(opts.sheet ? { sheet: opts.sheet } : {}) });
      const printed = await printer.print(page.html, page.sheet);
      if (!printed) {
        console.warn(`${page.name}: left out, a box still overflows after fitting`);
        continue;
      }
      const pdf = join(dir, `${page.name}.pdf`);
      await writeFile(pdf, printed.pdf);
      const golden = goldenPage(page, printed.fit);
      const families = wanted.filter(
        (f): f is Exclude<RenderedFamily, PageFamily> =>
          !PAGE_FAMILIES.includes(f) && (f !== 'ocr' || i < (opts.ocrPages ?? Infinity)),
      );
      const texts = await Promise.all(families.map((f) => extract(f, pdf, lang)));
      for (const [k, family] of families.entries()) {
        out.push({ family, lang, name: page.name, text: texts[k] ?? '', golden });
      }
      if (wanted.includes('browser'))
        out.push({ family: 'browser', lang, name: page.name, text: printed.copied, golden });
      if (wanted.includes('pandoc'))
        out.push({
          family: 'pandoc',
          lang,
          name: page.name,
          text: await pandocText(printed.html, seed),
          golden,
        });
      if (wanted.includes('pdf'))
        out.push({ family: 'pdf', lang, name: page.name, text: '', pdf: printed.pdf, golden });
    }
  } finally {
    await printer.close();
    if (!opts.pdfDir) await rm(dir, { recursive: true, force: true });
  }
  return out;
}
