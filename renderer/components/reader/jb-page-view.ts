import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import type * as PdfJsModule from 'pdfjs-dist';
import type { Annotation, Api, Article } from '../../../shared/contract/api.js';
import type { ArticleLayout, PageRegion } from '../../../shared/contract/article.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { reportError } from '../../lib/errors.js';
import { highlightMarks } from '../../lib/page-marks.js';
import { cssProps } from '../../lib/place-at.js';
import { articleHref } from '../../lib/route.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';

type PdfJs = typeof PdfJsModule;
type SourcePages = Awaited<ReturnType<Api['sources.pages']>>;

/**
 * pdf.js, loaded the first time a page is shown (it is large and most articles are not from PDFs), with its
 * worker, CMaps and fonts served by the app itself: nothing comes from the network, no code is evaluated.
 */
let pdfjs: Promise<PdfJs> | null = null;
function loadPdfjs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = './pdfjs/pdf.worker.min.mjs';
    return lib;
  });
  return pdfjs;
}

interface ShownPage {
  number: number;
  width: number;
  height: number;
  scale: number;
}

/**
 * The PDF page(s) an article was read from, drawn by pdf.js, with every article of the file outlined and
 * labelled by its title (click one to open it), the open article's place flashed, and its highlights marked.
 */
export class JbPageView extends LitElement {
  static override properties = {
    article: { attribute: false },
    layout: { attribute: false },
    annotations: { attribute: false },
    pages: { state: true },
    source: { state: true },
  };
  static override styles = [
    controls,
    css`
      :host {
        display: block;
      }
      .page {
        position: relative;
        margin: 0 auto 1.5rem;
        box-shadow: 0 1px 4px rgb(0 0 0 / 25%);
        background: #fff;
      }
      canvas {
        display: block;
        width: 100%;
        height: 100%;
      }
      .region {
        position: absolute;
        border: 1.5px solid rgb(30 90 200 / 55%);
        background: rgb(30 90 200 / 4%);
        cursor: pointer;
        padding: 0;
        font: inherit;
      }
      .region:hover,
      .region:focus-visible {
        background: rgb(30 90 200 / 12%);
        outline: 2px solid rgb(30 90 200);
      }
      .region.current {
        border-color: rgb(200 110 0 / 80%);
      }
      .region.flash {
        animation: flash 1.2s ease-out 2;
      }
      @keyframes flash {
        from {
          background: rgb(255 180 0 / 45%);
        }
      }
      .label {
        position: absolute;
        left: 0;
        bottom: 100%;
        max-width: 100%;
        overflow: hidden;
        white-space: nowrap;
        text-overflow: ellipsis;
        font-size: 0.7rem;
        padding: 0 0.3em;
        color: #fff;
        background: rgb(30 90 200 / 85%);
      }
      .mark {
        position: absolute;
        pointer-events: none;
        mix-blend-mode: multiply;
        opacity: 0.45;
      }
      .status {
        color: var(--jb-muted);
      }
    `,
  ];

  article: Pick<Article, 'id' | 'sourceId' | 'segments'> | null = null;
  layout: ArticleLayout | null = null;
  annotations: Annotation[] = [];
  pages: ShownPage[] = [];
  source: SourcePages | null = null;
  private api = new ContextConsumer(this, { context: apiContext });
  private loadedFor = 0;

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('article') && this.article && this.article.sourceId !== this.loadedFor) void this.load();
  }

  private async load(): Promise<void> {
    const article = this.article;
    const api = this.api.value;
    if (!article || !api) return;
    this.loadedFor = article.sourceId;
    try {
      this.source = await api['sources.pages']({ sourceId: article.sourceId });
      await this.draw();
    } catch (error) {
      reportError(this, error);
    }
  }

  /** The pages holding the open article, drawn to fit the view's width. */
  private async draw(): Promise<void> {
    const source = this.source;
    if (!source) return;
    const lib = await loadPdfjs();
    const doc = await lib.getDocument({
      data: source.data.slice(),
      isEvalSupported: false,
      enableXfa: false,
      cMapUrl: './pdfjs/cmaps/',
      cMapPacked: true,
      standardFontDataUrl: './pdfjs/standard_fonts/',
    }).promise;
    try {
      const wanted = [...new Set((this.layout?.regions ?? []).map((r) => r.page))].sort((a, b) => a - b);
      const numbers = wanted.length > 0 ? wanted : [1];
      const width = Math.max(320, this.clientWidth || 800);
      const shown: ShownPage[] = [];
      for (const number of numbers) {
        const page = await doc.getPage(number);
        const base = page.getViewport({ scale: 1 });
        shown.push({ number, width: base.width, height: base.height, scale: width / base.width });
      }
      this.pages = shown;
      await this.updateComplete;
      for (const p of shown) {
        const canvas = this.renderRoot.querySelector<HTMLCanvasElement>(`canvas[data-page="${p.number}"]`);
        if (!canvas) continue;
        const page = await doc.getPage(p.number);
        const ratio = window.devicePixelRatio || 1;
        const viewport = page.getViewport({ scale: p.scale * ratio });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        await page.render({ canvas, viewport }).promise;
      }
      this.flashCurrent();
    } finally {
      await doc.destroy();
    }
  }

  /** Scrolls to the open article's place on the page and flashes it. */
  flashCurrent(): void {
    const first = this.renderRoot.querySelector<HTMLElement>('.region.current');
    if (!first) return;
    first.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const region of this.renderRoot.querySelectorAll('.region.current')) {
      region.classList.remove('flash');
      void (region as HTMLElement).offsetWidth;
      region.classList.add('flash');
    }
  }

  private box(r: PageRegion, page: ShownPage, extra: Record<string, string> = {}) {
    const s = page.scale;
    return cssProps({
      left: `${r.x0 * s}px`,
      top: `${r.y0 * s}px`,
      width: `${(r.x1 - r.x0) * s}px`,
      height: `${(r.y1 - r.y0) * s}px`,
      ...extra,
    });
  }

  private page(p: ShownPage) {
    const articles = this.source?.articles ?? [];
    const marks =
      this.article && this.layout ? highlightMarks(this.article, this.layout, this.annotations) : [];
    return html`<div
      class="page"
      ${cssProps({ width: `${p.width * p.scale}px`, height: `${p.height * p.scale}px` })}
      role="group"
      aria-label=${t.page.pageLabel(p.number)}
    >
      <canvas data-page=${p.number} aria-hidden="true"></canvas>
      ${articles.flatMap((a) => {
        // The first region is the headline: it carries the label; the rest outline the article's blocks.
        const regions = a.regions.filter((r) => r.page === p.number);
        return regions.map(
          (r, i) =>
            html`<button
              class="region ${a.id === this.article?.id ? 'current' : ''}"
              ${this.box(r, p)}
              title=${a.title}
              aria-label=${t.page.open(a.title)}
              tabindex=${i === 0 ? 0 : -1}
              @click=${() => (location.hash = articleHref(a.id))}
            >
              ${i === 0 ? html`<span class="label">${a.title}</span>` : nothing}
            </button>`,
        );
      })}
      ${marks
        .filter((m) => m.rect.page === p.number)
        .map(
          (m) =>
            html`<span
              class="mark"
              data-annotation=${m.annotationId}
              ${this.box(m.rect, p, { background: `var(--jb-hl-${m.color})` })}
            ></span>`,
        )}
    </div>`;
  }

  override render() {
    if (!this.source) return html`<p class="status" role="status">${t.page.loading}</p>`;
    return html`${this.pages.map((p) => this.page(p))}`;
  }
}

customElements.define('jb-page-view', JbPageView);

declare global {
  interface HTMLElementTagNameMap {
    'jb-page-view': JbPageView;
  }
}
