/**
 * The shape of articles as the parser produces them and as the reader shows them.
 * Offsets are UTF-16 code units into the article's canonical text (JavaScript string indices).
 */

export type BlockType = 'paragraph' | 'subhead' | 'caption' | 'heading' | 'quote' | 'list-item' | 'code';

export interface ParsedBlock {
  type: BlockType;
  text: string;
  /** Inline Markdown the text was rendered from (Markdown imports only). */
  markdown?: string;
}

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
}

export interface ParsedPage {
  /** Page furniture: page number, editors, date, masthead … kept verbatim. */
  meta: Record<string, string[]>;
  articles: ParsedArticle[];
}

/** One displayed piece of an article: a headline line or a body block, with its place in the canonical text. */
export type SegmentType =
  'section' | 'kicker' | 'title' | 'subtitle' | 'rubric' | 'dateline' | 'byline' | 'note' | BlockType;

export interface Segment {
  type: SegmentType;
  text: string;
  start: number;
  markdown?: string;
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
