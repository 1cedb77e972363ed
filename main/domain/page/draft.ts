// The mutable article being assembled while the page is read top to bottom.
import type { PageRegion } from '../../../shared/contract/article';

/** A line of running text in an article body, with the layout facts reflow needs from its source line. */
export interface BodyLine {
  kind: 'line';
  /** The line's text after a dateline, marker or credits were taken off it. */
  text: string;
  /** Blank lines between the source line and the previous non-blank one. */
  gapBefore: number;
  /** Leading whitespace of the source line in ems. */
  indent: number;
  /** The line stood where a headline could start: it may turn out to be the title of a short item. */
  headlineLike: boolean;
  /** Set when the line model decided whether the line opens a paragraph; reflow then follows it. */
  opens?: boolean;
  /** Where the line stands on its PDF page. */
  region?: PageRegion;
}

export type BodyItem =
  | BodyLine
  | { kind: 'caption'; text: string; regions?: PageRegion[] }
  | { kind: 'subhead'; text: string; regions?: PageRegion[] }
  /** An item of a list set with bullets (a fact box's), its bullet dropped. */
  | { kind: 'list-item'; text: string; regions?: PageRegion[] };

export interface ArticleDraft {
  section: string | null;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  authors: string[];
  dateline: string | null;
  rubric: string | null;
  body: BodyItem[];
  notes: string[];
  /** The article's own date (YYYY-MM-DD), where its credit gives one. */
  date?: string;
  /** A byline or dateline stood at the top, so credits found at the bottom belong to another item. */
  creditedAtTop: boolean;
  /** Where the headline and blocks stand on the PDF page(s). */
  regions?: PageRegion[];
}

export function newDraft(section: string | null, title = ''): ArticleDraft {
  return {
    section,
    kicker: null,
    title,
    subtitle: null,
    byline: null,
    authors: [],
    dateline: null,
    rubric: null,
    body: [],
    notes: [],
    creditedAtTop: false,
  };
}

export function hasBody(draft: ArticleDraft): boolean {
  return draft.body.length > 0;
}

export function addAuthors(draft: ArticleDraft, names: readonly string[]): void {
  for (const name of names) if (!draft.authors.includes(name)) draft.authors.push(name);
}

/** What a credit tells of the article wherever it stands: its authors, and its date unless one is known. */
export function takeAuthorsAndDate(
  draft: ArticleDraft,
  credit: { readonly authors: readonly string[]; readonly date?: string | null },
): void {
  addAuthors(draft, credit.authors);
  if (credit.date) draft.date ??= credit.date;
}
