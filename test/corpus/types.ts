// The corpus pipeline's data: real articles in, laid-out pages with their goldens out (../shared/README.md).

/** The two languages the corpus prints. */
export type Lang = 'zh' | 'en';

/** One article of a real text corpus, as its source gives it: title and paragraph boundaries are the truth. */
export interface SourceArticle {
  /** Stable within its corpus, e.g. `thucnews-000123`. */
  id: string;
  /** The corpus it came from (a short name listed in test/corpus/sources.ts). */
  corpus: string;
  lang: Lang;
  title: string;
  paragraphs: string[];
  /** Only when the source says it. */
  byline?: string;
  authors?: string[];
  date?: string;
}

export type GoldenBlockType = 'paragraph' | 'subhead' | 'caption';

export interface GoldenBlock {
  type: GoldenBlockType;
  text: string;
}

/** A golden article in the shared convention; a field left out is not scored. */
export interface GoldenArticle {
  section?: string | null;
  kicker?: string | null;
  title: string;
  subtitle?: string | null;
  byline?: string | null;
  authors?: string[];
  dateline?: string | null;
  rubric?: string | null;
  blocks: GoldenBlock[];
}

export interface GoldenPage {
  source: string;
  articles: GoldenArticle[];
}

/** How a page's text was made: the unit `npm run eval:pages` reports on (one row per family × language). */
export type Family =
  | 'generator'
  | 'pdf'
  | 'pdftotext'
  | 'pdftotext-raw'
  | 'pdftotext-layout'
  | 'pdfjs'
  | 'ocr'
  | 'browser'
  | 'pandoc'
  | 'typed'
  | 'files'
  | 'gutenberg';

/** One evaluation page on disk: `<root>/<family>/<lang>/<name>.txt` beside `<name>.golden.json`. */
export interface CorpusPage {
  family: Family;
  lang: Lang;
  name: string;
  /** The page's text; '' for the `pdf` family, which is read from `pdf`. */
  text: string;
  /** The printed page itself (`pdf` family only). */
  pdf?: Uint8Array;
  golden: GoldenPage;
}
