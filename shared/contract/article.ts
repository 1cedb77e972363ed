/**
 * The shape of articles as the parser produces them and as the reader shows them.
 * Offsets are UTF-16 code units into the article's canonical text (JavaScript string indices).
 */

export type BlockType =
  'paragraph' | 'subhead' | 'caption' | 'heading' | 'quote' | 'list-item' | 'code' | 'figure';

/**
 * The picture of a 'figure' block. The block's text is the figure's caption (empty when it has none), so the
 * caption stays in the canonical text and highlights run across it; the picture itself is no text.
 */
export interface Figure {
  /** SHA-256 (lowercase hex) of the picture as the library stores it; null when it was not stored. */
  image: string | null;
  /** What the picture shows, in words (its alt text). */
  alt: string;
  /** The address of a picture that was not stored (a remote one is never fetched): shown as text in its place. */
  src?: string;
}

/** A rectangle on a page of the source PDF: PDF units, origin at the page's top left. */
export interface PageRegion {
  /** 1-based page number. */
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Where an article read from a PDF stands: its parts, and each body block's lines (by block index). */
export interface ArticleLayout {
  regions: PageRegion[];
  blocks: PageRegion[][];
}

export interface ParsedBlock {
  type: BlockType;
  text: string;
  /** Inline Markdown the text was rendered from (Markdown imports only). */
  markdown?: string;
  /** Where the block's lines stand on the page, one rectangle per source line (PDF imports only). */
  regions?: PageRegion[];
  /** A 'figure' block's picture. */
  figure?: Figure;
  /** A heading's level (1–6, as Markdown and HTML number them) or a list item's nesting (1: not nested). */
  level?: number;
  /**
   * What a list item shows before its text when not a bullet: "3." in a numbered list, "☑" or "☐" for a task,
   * "" for a further paragraph of the item above. Not article text, so no offset counts it.
   */
  marker?: string;
}

/** How deep a block sits and what it shows before its text (see ParsedBlock). */
export type BlockShape = Pick<ParsedBlock, 'level' | 'marker'>;

export interface ParsedArticle {
  section: string | null;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  authors: string[];
  dateline: string | null;
  rubric: string | null;
  blocks: ParsedBlock[];
  /** Page furniture and markers that belong to this article (continuation markers, trailing credits). */
  notes?: string[];
  /** The article's parts on the page(s) of the source PDF: headline and blocks (PDF imports only). */
  regions?: PageRegion[];
  /** The article's own date (YYYY-MM-DD) where the file states it (a Markdown note's front matter). */
  date?: string;
  /** Tags the file gives the article (a Markdown note's front matter). */
  tags?: string[];
}

export interface ParsedPage {
  /** Page furniture: page number, editors, date, masthead … kept verbatim. */
  meta: Record<string, string[]>;
  articles: ParsedArticle[];
}

/** One displayed piece of an article: a headline line or a body block, with its place in the canonical text. */
export type SegmentType =
  'section' | 'kicker' | 'title' | 'subtitle' | 'rubric' | 'dateline' | 'byline' | 'note' | BlockType;

export interface Segment extends BlockShape {
  type: SegmentType;
  text: string;
  start: number;
  markdown?: string;
  /** A 'figure' segment's picture. */
  figure?: Figure;
}

/** An article with a title and body only: what a Markdown note or a page without a headline becomes. */
export function plainArticle(title: string, blocks: ParsedBlock[]): ParsedArticle {
  return {
    section: null,
    kicker: null,
    title,
    subtitle: null,
    byline: null,
    authors: [],
    dateline: null,
    rubric: null,
    blocks,
  };
}
