import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { html as staticHtml, literal } from 'lit/static-html.js';
import type { Annotation, Article } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { guessLang } from '../../lib/lang.js';
import {
  AnnotationPainter,
  FLASH_HIGHLIGHT,
  PENDING_HIGHLIGHT,
  SEARCH_CURRENT_HIGHLIGHT,
  SEARCH_HIGHLIGHT,
  isPainted,
} from '../../lib/highlights.js';
import { followOutside, outsideLink } from '../../lib/links.js';
import { renderInlineMarkdown } from '../../lib/markdown.js';
import { pointToOffset, rangeToSpan, segmentElements, type TextSpan } from '../../lib/offsets.js';
import { articleStyles } from './jb-article.styles.js';
import { figureStyles } from './jb-figure.styles.js';

type Segment = Article['segments'][number];

export interface SelectionDetail {
  span: TextSpan;
  /** The selection's bounding box in viewport coordinates. */
  rect: DOMRect;
}

/** Kinds of page furniture not shown under the headline. */
const HIDDEN_META = new Set(['sections', 'web']);
const HEAD_TYPES = new Set(['kicker', 'title', 'subtitle', 'rubric', 'dateline', 'byline']);
const HEADING_TAGS = [literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
/** Deeper lists are indented no further, so that a narrow window keeps room for their text. */
const MAX_LIST_INDENT = 6;

/**
 * The article text, one element per segment with `data-start`, and the annotations painted over it
 * with the CSS Custom Highlight API.
 * @fires jb-select - detail: SelectionDetail, or null when the selection is gone
 * @fires jb-activate - detail: the annotation under a click (the innermost one)
 */
export class JbArticle extends LitElement {
  static override properties = {
    article: { attribute: false },
    annotations: { attribute: false },
    pending: { attribute: false },
    searchMatches: { attribute: false },
    currentMatch: { type: Number },
    pageMeta: { attribute: false },
  };
  static override styles = [articleStyles, figureStyles];

  article: Article | null = null;
  annotations: readonly Annotation[] = [];
  pending: TextSpan | null = null;
  /** Search matches to mark, and which one is current (-1: none). */
  searchMatches: readonly TextSpan[] = [];
  currentMatch = -1;
  /** What the article's page printed around it (paper, date, page, running heads…), by kind. */
  pageMeta: Readonly<Record<string, readonly string[]>> = {};
  private pointerDown = false;
  private selectionTimer: ReturnType<typeof setTimeout> | undefined;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private painter = new AnnotationPainter(() => this.renderRoot);

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelectionChange);
    document.addEventListener('pointerup', this.onPointerUp);
    this.addEventListener('pointerdown', this.onPointerDown);
    this.addEventListener('click', this.onClick);
    window.addEventListener('scroll', this.onScroll, { passive: true });
    window.addEventListener('resize', this.onScroll);
  }

  private onScroll = (): void => this.painter.follow();

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('selectionchange', this.onSelectionChange);
    document.removeEventListener('pointerup', this.onPointerUp);
    this.removeEventListener('pointerdown', this.onPointerDown);
    this.removeEventListener('click', this.onClick);
    window.removeEventListener('scroll', this.onScroll);
    window.removeEventListener('resize', this.onScroll);
    clearTimeout(this.selectionTimer);
    clearTimeout(this.flashTimer);
    this.painter.clear();
  }

  /** One range over the span, across segments (from its first piece's start to its last piece's end). */
  private liveRange(span: TextSpan): Range | null {
    const pieces = this.painter.text.ranges(span);
    const [first, last] = [pieces[0], pieces[pieces.length - 1]];
    if (!first || !last) return null;
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(last.endContainer, last.endOffset);
    return range;
  }

  /** Scrolls a span into the middle of the view (unless told not to) and flashes it (idem). */
  reveal(span: TextSpan, flash = true, scroll = true): void {
    const range = this.liveRange(span);
    if (!range) return;
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    const box = range.getBoundingClientRect();
    if (scroll)
      window.scrollBy({
        top: box.top - window.innerHeight / 2 + box.height / 2,
        behavior: still ? 'auto' : 'smooth',
      });
    if (!flash) return;
    this.painter.spans(FLASH_HIGHLIGHT, [span]);
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => this.painter.spans(FLASH_HIGHLIGHT, []), 1600);
  }

  /** Selects a span as a person would (the keyboard's sentence selection), scrolled into view, and reports it. */
  select(span: TextSpan): void {
    const range = this.liveRange(span);
    const selection = document.getSelection();
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range);
    const box = range.getBoundingClientRect();
    // Below the sticky header (3.5rem) and above the window's bottom; otherwise a third of the way down.
    if (box.top < 64 || box.bottom > window.innerHeight)
      window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: 'auto' });
    this.readSelection();
  }

  /**
   * The canonical offset of the first character shown at or below `top` (viewport y): the reading
   * position, independent of the window's size.
   */
  offsetAt(top: number): number | null {
    const root = this.shadowRoot;
    if (!root) return null;
    const elements = segmentElements(root);
    const el = elements.find((candidate) => candidate.getBoundingClientRect().bottom > top);
    if (!el) return null;
    const box = el.getBoundingClientRect();
    if (box.top >= top) return Number(el.dataset.start);
    // Just inside the left edge: the caret before the first character of the line (not after it).
    const x = box.left + 1;
    const caret = document.caretPositionFromPoint?.(x, top + 2, { shadowRoots: [root] });
    const offset = caret ? pointToOffset(caret.offsetNode, caret.offset) : null;
    return offset ?? Number(el.dataset.start);
  }

  /** Scrolls so that the character at `offset` is at viewport y `top`. */
  scrollToOffset(offset: number, top: number): void {
    const range = this.liveRange({ start: offset, end: offset + 1 });
    const box = range?.getClientRects()[0] ?? range?.getBoundingClientRect();
    if (!box) return;
    window.scrollBy({ top: box.top - top, behavior: 'auto' });
  }

  /** A click (not a selection) on a highlighted passage activates its annotation; one on a link follows it. */
  private onClick = (event: MouseEvent): void => {
    const link = outsideLink(event);
    if (link) {
      // Never followed in place; and a click that ends selecting the link's words is a selection.
      event.preventDefault();
      if (!this.currentRange()) followOutside(link);
      return;
    }
    const root = this.shadowRoot;
    if (!root || this.currentRange()) return;
    const caret = document.caretPositionFromPoint?.(event.clientX, event.clientY, { shadowRoots: [root] });
    if (!caret) return;
    const offset = pointToOffset(caret.offsetNode, caret.offset);
    if (offset === null) return;
    const hit = this.annotations
      .filter((a) => isPainted(a) && a.start <= offset && offset < a.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
    if (hit) this.dispatchEvent(new CustomEvent<Annotation>('jb-activate', { detail: hit }));
  };

  private onPointerDown = (): void => {
    this.pointerDown = true;
  };

  private onPointerUp = (): void => {
    if (!this.pointerDown) return;
    this.pointerDown = false;
    this.readSelection();
  };

  private onSelectionChange = (): void => {
    if (this.pointerDown) return;
    clearTimeout(this.selectionTimer);
    this.selectionTimer = setTimeout(() => this.readSelection(), 120);
  };

  private currentRange(): AbstractRange | null {
    const selection = document.getSelection();
    // Not selection.isCollapsed: Chromium reports a selection inside a shadow root as collapsed at the host.
    if (!selection || selection.rangeCount === 0) return null;
    const root = this.shadowRoot;
    if (!root) return null;
    // getComposedRanges sees into this shadow root; older Chromium only has the retargeted getRangeAt.
    const ranges: AbstractRange[] =
      typeof selection.getComposedRanges === 'function'
        ? selection.getComposedRanges({ shadowRoots: [root] })
        : [selection.getRangeAt(0)];
    const range = ranges[0];
    if (!range || range.collapsed) return null;
    const inside = (node: Node) => node.getRootNode() === root;
    return inside(range.startContainer) || inside(range.endContainer) ? range : null;
  }

  private readSelection(): void {
    const range = this.currentRange();
    const span = range ? rangeToSpan(this.renderRoot, range) : null;
    let detail: SelectionDetail | null = null;
    if (range && span) {
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      detail = { span, rect: live.getBoundingClientRect() };
    }
    this.dispatchEvent(new CustomEvent<SelectionDetail | null>('jb-select', { detail }));
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('article')) this.painter.invalidate();
    if (changed.has('article') || changed.has('annotations')) this.painter.paint(this.annotations);
    if (changed.has('article') || changed.has('pending'))
      this.painter.spans(PENDING_HIGHLIGHT, [this.pending]);
    if (changed.has('article') || changed.has('searchMatches') || changed.has('currentMatch')) {
      this.painter.spans(SEARCH_HIGHLIGHT, this.searchMatches);
      this.painter.spans(SEARCH_CURRENT_HIGHLIGHT, [this.searchMatches[this.currentMatch] ?? null]);
    }
  }

  /** `top`: the level of the article's top headings. */
  private segment(segment: Segment, top: number): TemplateResult {
    const html_ = segment.markdown ? renderInlineMarkdown(segment.markdown, segment.text) : null;
    // The text goes in through a property so no template whitespace can ever creep into the segment.
    // A list item's nesting indents it, and CSS draws its number or checkbox from data-marker (a bullet without
    // one), so that it is no text of the article and every offset stays exact.
    const level = segment.level === undefined ? nothing : Math.min(segment.level, MAX_LIST_INDENT);
    const marker = segment.marker ?? nothing;
    const content = (cls: string) =>
      html_ === null
        ? html`<p
            class=${cls}
            data-level=${level}
            data-marker=${marker}
            data-start=${segment.start}
            .textContent=${segment.text}
          ></p>`
        : html`<p
            class=${cls}
            data-level=${level}
            data-marker=${marker}
            data-start=${segment.start}
            .innerHTML=${html_}
          ></p>`;
    switch (segment.type) {
      case 'title':
        return html`<h1 class="title" data-start=${segment.start} .textContent=${segment.text}></h1>`;
      case 'subhead':
        return html`<h2 class="subhead" data-start=${segment.start} .textContent=${segment.text}></h2>`;
      case 'heading':
        return this.heading(segment, top);
      case 'quote':
        return html`<blockquote
          class="quote"
          data-start=${segment.start}
          .textContent=${segment.text}
        ></blockquote>`;
      case 'code':
        return html`<pre><code data-start=${segment.start} .textContent=${segment.text}></code></pre>`;
      case 'figure':
        return this.figure(segment);
      case 'dateline':
      case 'byline':
        return html`<span
          class=${segment.type}
          data-start=${segment.start}
          .textContent=${segment.text}
        ></span>`;
      default:
        // A table's row: its cells are separated by tabs, kept as tabs on screen.
        return content(segment.text.includes('\t') ? `${segment.type} row` : segment.type);
    }
  }

  /**
   * Below the article's title (h1) the article's top headings are h2s, those one level below them h3s and so on
   * (h6 at most), so that no level is skipped; the heading's own level sizes it, so all six of a Markdown note
   * stand apart. A heading without a level (a web page's, a book's) is an h2.
   */
  private heading(segment: Segment, top: number): TemplateResult {
    const depth = Math.min((segment.level ?? top) - top, HEADING_TAGS.length - 1);
    const tag = HEADING_TAGS[Math.max(depth, 0)]!;
    return staticHtml`<${tag}
      class="heading"
      data-level=${segment.level ?? nothing}
      data-start=${segment.start}
      .textContent=${segment.text}
    ></${tag}>`;
  }

  /**
   * A picture from the library (its own address on this page's origin, never the network), or a placeholder
   * naming, as text, the address of one that was not kept. Only the caption is article text (data-start).
   */
  private figure(segment: Segment): TemplateResult {
    const figure = segment.figure;
    const picture = figure?.image
      ? html`<img src=${`/images/${figure.image}`} alt=${figure.alt} />`
      : html`<div class="picture-missing" role="img" aria-label=${figure?.alt || t.reader.pictureNotKept}>
          <span class="picture-missing-label"
            >${t.reader.pictureNotKept}${figure?.alt ? `: ${figure.alt}` : ''}</span
          >
          ${figure?.src ? html`<span class="picture-address" .textContent=${figure.src}></span>` : nothing}
        </div>`;
    return html`<figure class="figure">
      ${picture}
      ${
        segment.text
          ? html`<figcaption data-start=${segment.start} .textContent=${segment.text}></figcaption>`
          : nothing
      }
    </figure>`;
  }

  /** The page's furniture under the headline, the paper and its date first: text the article does not hold. */
  private pageLine() {
    const { paper = [], date = [], page = [], ...rest } = this.pageMeta;
    // Section labels are shown as each article's own section, above its headline; a web page's buttons and links
    // (`web`) were the site's, not the page's, and stay out of sight (search still finds them).
    const others = Object.entries(rest).flatMap(([kind, list]) => (HIDDEN_META.has(kind) ? [] : list));
    const values = [...new Set([...paper, ...date, ...page, ...others])];
    if (values.length === 0) return nothing;
    return html`<p class="page-meta">
      <span class="label">${t.reader.fromPage}</span>${values.join(' · ')}
    </p>`;
  }

  override render() {
    const article = this.article;
    if (!article) return nothing;
    const head = article.segments.filter((s) => HEAD_TYPES.has(s.type));
    const credits = head.filter((s) => s.type === 'dateline' || s.type === 'byline');
    const titles = head.filter((s) => s.type !== 'dateline' && s.type !== 'byline');
    const body = article.segments.filter((s) => !HEAD_TYPES.has(s.type));
    const top = Math.min(...body.map((s) => (s.type === 'heading' ? (s.level ?? 1) : 6)));
    return html`<article lang=${guessLang(article.text)} aria-label=${t.reader.articleLabel}>
      <header>
        ${article.section ? html`<div class="section">${article.section}</div>` : nothing}
        ${titles.map((s) => this.segment(s, top))}
        ${credits.length > 0 ? html`<div class="credits">${credits.map((s) => this.segment(s, top))}</div>` : nothing}
        ${this.pageLine()}
      </header>
      <div class="body">${body.map((s) => this.segment(s, top))}</div>
    </article>`;
  }
}
customElements.define('jb-article', JbArticle);

declare global {
  interface HTMLElementTagNameMap {
    'jb-article': JbArticle;
  }
}
