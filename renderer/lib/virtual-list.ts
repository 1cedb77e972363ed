/**
 * Arithmetic of a virtualised list of fixed-height rows, and a cache of the pages a long list is
 * fetched in. No DOM: the library list (components/library/jb-article-list.ts) uses both.
 */

/** The rows [start, end) to render: those in the viewport plus `overscan` above and below. */
export function visibleRows(
  /** Viewport y of the list's top edge (negative once scrolled past it). */
  listTop: number,
  viewportHeight: number,
  rowHeight: number,
  count: number,
  overscan: number,
): { start: number; end: number } {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(-listTop / rowHeight);
  const last = Math.ceil((viewportHeight - listTop) / rowHeight);
  const start = Math.min(count, Math.max(0, first - overscan));
  const end = Math.max(start, Math.min(count, last + overscan));
  return { start, end };
}

/** The page numbers holding rows [start, end). */
export function pagesFor(start: number, end: number, pageSize: number): number[] {
  if (end <= start) return [];
  const pages: number[] = [];
  for (let page = Math.floor(start / pageSize); page <= Math.floor((end - 1) / pageSize); page++)
    pages.push(page);
  return pages;
}

export interface Page<T> {
  items: T[];
  total: number;
}

/**
 * Pages of a list fetched on demand and kept. `reset()` forgets them (a new filter or order, or the
 * library changed): a page that was asked for before it arrives afterwards is dropped.
 */
export class PageCache<T> {
  /** Rows in the list, from the latest reply; null before the first one. */
  total: number | null = null;
  private pages = new Map<number, T[]>();
  private pending = new Set<number>();
  /** Pages whose request failed: not asked for again until reset(), so an error cannot loop. */
  private failed = new Set<number>();
  private stale = new Map<number, T[]>();
  private generation = 0;

  constructor(
    readonly pageSize: number,
    private fetchPage: (offset: number, limit: number) => Promise<Page<T>>,
    /** Called when a page arrived (or failed) for the current generation. */
    private onChange: (error?: unknown) => void,
  ) {}

  /**
   * Forgets every page. With `keepShowing`, the old pages (and total) are still shown until new
   * ones replace them, so a list that merely changed does not flash empty.
   */
  reset(keepShowing = false): void {
    this.generation++;
    this.stale = keepShowing ? new Map([...this.stale, ...this.pages]) : new Map();
    this.pages.clear();
    this.pending.clear();
    this.failed.clear();
    if (!keepShowing) this.total = null;
  }

  /** The row at `index`, or undefined while its page is not here. */
  at(index: number): T | undefined {
    const page = Math.floor(index / this.pageSize);
    if (this.total !== null && index >= this.total) return undefined;
    return (this.pages.get(page) ?? this.stale.get(page))?.[index % this.pageSize];
  }

  /** Fetches the pages of rows [start, end) not yet here or on their way. */
  ensure(start: number, end: number): void {
    for (const page of pagesFor(start, Math.max(end, start + 1), this.pageSize)) {
      if (this.pages.has(page) || this.pending.has(page) || this.failed.has(page)) continue;
      if (this.total !== null && page * this.pageSize >= this.total && page > 0) continue;
      void this.load(page);
    }
  }

  private async load(page: number): Promise<void> {
    const generation = this.generation;
    this.pending.add(page);
    try {
      const reply = await this.fetchPage(page * this.pageSize, this.pageSize);
      if (generation !== this.generation) return;
      this.pages.set(page, reply.items);
      this.stale.delete(page);
      // The list changed length: old pages past the first new one may be shifted; drop them.
      if (reply.total !== this.total) this.stale.clear();
      this.total = reply.total;
      this.onChange();
    } catch (error) {
      if (generation !== this.generation) return;
      this.failed.add(page);
      this.onChange(error);
    } finally {
      if (generation === this.generation) this.pending.delete(page);
    }
  }
}

/** "1,234" in the UI's locale. */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}
