// Prints laid-out pages to PDF with headless Chromium, one browser for many pages. Before printing, each slot's
// copy is cut from the bottom until it fits, so nothing on the sheet is clipped and the golden can say exactly
// what shows.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import type { Sheet } from './render-html';
import type { FitResult } from './render-layout';

export interface Printed {
  pdf: Buffer;
  fit: FitResult;
  /** The fitted page's text as the browser gives it to a reader who selects it all and copies it. */
  copied: string;
  /** The fitted page's markup: what is printed, and nothing cut to fit. */
  html: string;
}

/**
 * Runs in the page: trims each overflowing slot, tallest article first, and reports what is left. No named inner
 * functions: the test loader would wrap them in a helper (__name) the page does not have.
 */
function fitSlots(): { articles: number[]; blocks: string[]; overflow: number } {
  // A headline word wider than its column would be clipped: set the headline smaller, as a designer would.
  for (const head of document.querySelectorAll<HTMLElement>('.headline')) {
    for (let i = 0; i < 20 && head.scrollWidth > head.clientWidth + 1; i++) {
      head.style.fontSize = `${parseFloat(getComputedStyle(head).fontSize) * 0.9}px`;
    }
  }
  for (const slot of document.querySelectorAll('.slot')) {
    while (slot.scrollHeight > slot.clientHeight + 1) {
      const arts = [...slot.querySelectorAll('article')];
      // Per article, its last block that may go: anything but the one paragraph left.
      const cuts = arts.map((art) => {
        const blocks = [...art.querySelectorAll('[data-b]')];
        // Paragraphs by class: a site may mark them up as <p> or as <div>.
        const paragraphs = blocks.filter((b) => b.classList.contains('p')).length;
        return blocks.reverse().find((b) => !(b.classList.contains('p') && paragraphs === 1));
      });
      let best = -1;
      for (const [i, art] of arts.entries()) {
        const h = art.getBoundingClientRect().height;
        if (cuts[i] && (best < 0 || h > (arts[best]?.getBoundingClientRect().height ?? 0))) best = i;
      }
      // A story that cannot fit even cut to one paragraph is left out, as it would be held over for another day.
      if (best >= 0) cuts[best]?.remove();
      else if (arts.length > 0) arts[arts.length - 1]?.remove();
      else break;
    }
  }
  // A subhead with nothing under it is not a subhead: cut it too.
  for (const art of document.querySelectorAll('article')) {
    for (let last = [...art.querySelectorAll('[data-b]')].pop(); last?.tagName === 'H3';) {
      last.remove();
      last = [...art.querySelectorAll('[data-b]')].pop();
    }
  }
  const boxes = [...document.querySelectorAll('.slot, .page')];
  return {
    articles: [...document.querySelectorAll('article')].map((a) => Number(a.getAttribute('data-a'))),
    blocks: [...document.querySelectorAll('[data-b]')].map((b) => b.getAttribute('data-b') ?? ''),
    overflow: boxes.filter((b) => b.scrollHeight > b.clientHeight + 1 || b.scrollWidth > b.clientWidth + 1)
      .length,
  };
}

export class PdfPrinter {
  private constructor(private readonly browser: Browser) {}

  static async open(): Promise<PdfPrinter> {
    return new PdfPrinter(await launchChromium());
  }

  /** The page printed, or null when a box still overflows after fitting (its golden could not be trusted). */
  async print(html: string, sheet: Sheet): Promise<Printed | null> {
    const page = await this.browser.newPage({ viewport: { width: sheet.widthPx, height: sheet.heightPx } });
    try {
      await page.emulateMedia({ media: 'print' });
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      const fit = await page.evaluate(fitSlots);
      if (fit.overflow > 0) return null;
      const { copied, markup } = await page.evaluate(() => ({
        copied: document.body.innerText,
        markup: document.documentElement.outerHTML,
      }));
      const pdf = await page.pdf({
        width: `${sheet.widthMm}mm`,
        height: `${sheet.heightMm}mm`,
        printBackground: true,
        preferCSSPageSize: true,
      });
      return {
        pdf,
        fit: { articles: new Set(fit.articles), blocks: new Set(fit.blocks) },
        copied,
        html: markup,
      };
    } finally {
      await page.close();
    }
  }

  close(): Promise<void> {
    return this.browser.close();
  }
}
