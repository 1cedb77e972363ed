import { ContextConsumer } from '@lit/context';
import { css, html, LitElement, nothing } from 'lit';
import type { Article } from '../../../shared/contract/api.js';
import { t } from '../../i18n/index.js';
import { updateWhenLanguageChanges } from '../../i18n/language-controller.js';
import { reportError } from '../../lib/errors.js';
import { articleHref } from '../../lib/route.js';
import { currentEntry, tocEntries, type TocEntry } from '../../lib/toc.js';
import { followWindowScroll } from '../../lib/window-scroll.js';
import { apiContext } from '../../state/context.js';
import { controls } from '../shared.styles.js';

type Chapter = { id: number; title: string };

/**
 * The side panel's contents: the article's headings, the one being read marked while scrolling, a
 * click jumps there; and, for a file of several articles (a book's chapters, a page's stories), those
 * articles in their order.
 * @fires jb-jump - detail: the offset of the heading chosen
 */
export class JbToc extends LitElement {
  static override properties = {
    article: { attribute: false },
    locate: { attribute: false },
    current: { state: true },
    chapters: { state: true },
  };
  static override styles = [
    controls,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
      }
      h2 {
        font-size: 0.78rem;
        font-weight: 700;
        letter-spacing: 0.08em;
        text-transform: uppercase;
        color: var(--jb-muted);
        margin: 0 0 0.4rem;
      }
      ol {
        list-style: none;
        margin: 0 0 1rem;
        padding: 0;
        border-left: 2px solid var(--jb-rule);
      }
      button,
      a {
        display: block;
        width: 100%;
        text-align: left;
        padding: 0.3rem 0.6rem;
        border: none;
        border-radius: 0;
        margin-left: -2px;
        border-left: 2px solid transparent;
        background: none;
        color: inherit;
        font: inherit;
        text-decoration: none;
        line-height: 1.4;
      }
      .level-2 button {
        padding-left: 1.4rem;
      }
      [aria-current='true'],
      [aria-current='page'] {
        border-left-color: var(--jb-accent);
        color: var(--jb-accent-text);
        font-weight: 600;
      }
    `,
  ];

  article: Article | null = null;
  /** The reading position now (the reader's), or null before the text is laid out. */
  locate: () => number | null = () => null;
  current = -1;
  chapters: Chapter[] = [];
  private entries: TocEntry[] = [];
  private api = new ContextConsumer(this, { context: apiContext });
  private followPosition = followWindowScroll(this, {
    events: ['scroll'],
    update: () => {
      const offset = this.locate();
      if (offset !== null) this.current = currentEntry(this.entries, offset);
    },
    wanted: () => this.entries.length > 0,
  });

  constructor() {
    super();
    updateWhenLanguageChanges(this);
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (!changed.has('article')) return;
    this.entries = tocEntries(this.article?.segments ?? []);
    this.current = -1;
    this.followPosition();
    void this.loadChapters();
  }

  private async loadChapters(): Promise<void> {
    const article = this.article;
    this.chapters = [];
    if (!article) return;
    try {
      const { items } = await this.api.value!['articles.list']({
        source: article.sourceName,
        archived: 'include',
        limit: 1000,
      });
      if (article !== this.article) return;
      const mine = items.filter((item) => item.sourceId === article.sourceId);
      this.chapters = mine.length > 1 ? mine.sort((a, b) => a.position - b.position) : [];
    } catch (error) {
      reportError(this, error);
    }
  }

  private jump(index: number): void {
    this.current = index;
    this.dispatchEvent(new CustomEvent<number>('jb-jump', { detail: this.entries[index]!.start }));
  }

  override render() {
    if (this.entries.length === 0 && this.chapters.length === 0) return nothing;
    return html`<nav aria-label=${t.toc.label}>
      ${
        this.entries.length > 0
          ? html`<h2>${t.toc.heading}</h2>
              <ol>
                ${this.entries.map(
                  (entry, index) =>
                    html`<li class="level-${entry.level}">
                      <button
                        aria-current=${index === this.current ? 'true' : 'false'}
                        @click=${() => this.jump(index)}
                        .textContent=${entry.text}
                      ></button>
                    </li>`,
                )}
              </ol>`
          : nothing
      }
      ${
        this.chapters.length > 0
          ? html`<h2>${t.toc.inFile}</h2>
              <ol class="chapters">
                ${this.chapters.map(
                  (chapter) =>
                    html`<li>
                      <a
                        class="target"
                        href=${articleHref(chapter.id)}
                        aria-current=${chapter.id === this.article?.id ? 'page' : 'false'}
                        .textContent=${chapter.title}
                      ></a>
                    </li>`,
                )}
              </ol>`
          : nothing
      }
    </nav>`;
  }
}
customElements.define('jb-toc', JbToc);

declare global {
  interface HTMLElementTagNameMap {
    'jb-toc': JbToc;
  }
}
