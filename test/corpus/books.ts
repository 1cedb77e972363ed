// Project Gutenberg books with goldens made apart from the book reader: each book's headings are described here
// by hand (one pattern per book, read off the book itself), and its paragraphs are the text's blank-line
// separated blocks with their lines joined by spaces. Nothing here calls or shares code with main/domain/book.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readText, snapshotGitDir } from './source-git';
import type { CorpusPage, GoldenArticle } from './types';

/** How one book marks its divisions, as a reader of the book would describe it. */
export interface BookSpec {
  name: string;
  lang: 'zh' | 'en';
  /** A line that opens a chapter (the heading runs on to the end of its block). */
  chapter: RegExp;
  /** A line that opens a part holding chapters. */
  part?: RegExp;
  /** Chapter lines whose name stands in the next block ("I" then "Introduction"). */
  nameBelow?: RegExp;
  /** How many lines matching `chapter` belong to the table of contents (counted by hand). */
  contentsEntries?: number;
}

interface MirrorBook extends BookSpec {
  repo: string;
  path: string;
}

const RU_ECE = 'RU-ECE/ECE451-Parallel';

/** The books of the evaluation corpus: novels, parts with chapters, poetry, a play, two Chinese novels. */
export const MIRROR_BOOKS: readonly MirrorBook[] = [
  { name: 'pg11-alice', lang: 'en', repo: RU_ECE, path: 'data/books/11-0.txt', chapter: /^CHAPTER [IVX]+\./ },
  {
    name: 'pg1342-pride-and-prejudice',
    lang: 'en',
    repo: RU_ECE,
    path: 'data/books/Pride_and_Prejudice_JaneAusten.txt',
    chapter: /^Chapter \d+$/,
  },
  {
    name: 'pg5200-metamorphosis',
    lang: 'en',
    repo: RU_ECE,
    path: 'data/books/pg5200.txt',
    chapter: /^[IVX]+$/,
  },
  {
    name: 'pg35-time-machine',
    lang: 'en',
    repo: RU_ECE,
    path: 'data/books/35-0.txt',
    chapter: /^(?:[IVX]+|Epilogue)$/,
    nameBelow: /^[IVX]+$/,
    contentsEntries: 1,
  },
  {
    name: 'pg36-war-of-the-worlds',
    lang: 'en',
    repo: RU_ECE,
    path: 'data/books/36-0.txt',
    chapter: /^[IVX]+\.$/,
    part: /^BOOK (?:ONE|TWO)$/,
  },
  {
    name: 'pg1322-leaves-of-grass',
    lang: 'en',
    repo: RU_ECE,
    path: 'data/books/Leaves_of_Grass_WaltWhitman.txt',
    chapter: /^BOOK ?[IVXL]+\b/,
  },
  {
    name: 'pg2542-dolls-house',
    lang: 'en',
    repo: RU_ECE,
    path: 'data/books/pg2542.txt',
    chapter: /^ACT I*$/,
  },
  {
    name: 'pg1232-the-prince',
    lang: 'en',
    repo: RU_ECE,
    path: 'data/books/pg1232.txt',
    chapter: /^(?:CHAPTER [IVX]+\b|INTRODUCTION$)/,
  },
  {
    name: 'pg23950-three-kingdoms',
    lang: 'zh',
    repo: 'gutenbergbooks/23950',
    path: '23950-0.txt',
    chapter: /^第[一二三四五六七八九十百○]+回/,
  },
  {
    name: 'pg23962-journey-to-the-west',
    lang: 'zh',
    repo: 'gutenbergbooks/23962',
    path: '23962-0.txt',
    chapter: /^第[一二三四五六七八九十百○]+回/,
  },
];

/** The committed sample (test/fixtures/corpus/books/<name>.txt): two books trimmed to three chapters. */
export const SAMPLE_BOOKS: readonly BookSpec[] = [
  { name: 'alice-trimmed', lang: 'en', chapter: /^CHAPTER [IVX]+\./ },
  {
    name: 'time-machine-trimmed',
    lang: 'en',
    chapter: /^(?:[IVX]+|Epilogue)$/,
    nameBelow: /^[IVX]+$/,
    contentsEntries: 1,
  },
];

const SAMPLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus/books');

/** A block of text: its lines, trimmed, in order. */
type Block = string[];

function blocksOf(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (line !== '') current.push(line);
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** The book's own text: after the header's "*** START" line, before the footer's first line. */
function bookBody(lines: readonly string[]): { header: string[]; body: string[] } {
  const start = lines.findIndex((line) => line.replace(/\s/g, '').startsWith('***STARTOF'));
  const isFooter = (line: string): boolean =>
    line.replace(/\s/g, '').startsWith('***ENDOF') || /^End of (?:the )?Project Gutenberg/i.test(line.trim());
  const rest = lines.slice(start + 1);
  const end = rest.findIndex(isFooter);
  return { header: lines.slice(0, start + 1), body: end < 0 ? rest : rest.slice(0, end) };
}

function field(header: readonly string[], name: string): string | undefined {
  return header
    .find((line) => line.startsWith(`${name}: `))
    ?.slice(name.length + 2)
    .trim();
}

/** The golden reading of one book, in the shared convention (../shared/README.md). */
export function goldenBook(spec: BookSpec, text: string): CorpusPage {
  const { header, body } = bookBody(text.split(/\r?\n|\r/));
  const title = field(header, 'Title') ?? spec.name;
  const authors = [field(header, 'Author')].filter((a): a is string => a !== undefined);
  const articles: GoldenArticle[] = [];
  const open = (heading: string, section: string, kicker: string | null): GoldenArticle => {
    const article: GoldenArticle = { title: heading, section, kicker, authors, blocks: [] };
    articles.push(article);
    return article;
  };
  let current: GoldenArticle | null = null;
  let part: string | null = null;
  let pendingKicker: string | null = null;
  const blocks = blocksOf(body);
  let contentsLeft = spec.contentsEntries ?? 0;
  const isHeading = (line: string): boolean => {
    if (!spec.chapter.test(line) && !(spec.part?.test(line) ?? false)) return false;
    return contentsLeft-- <= 0;
  };
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    // A heading may start inside a block (a stray line above it): the lines above it stay text.
    const at = block.findIndex(isHeading);
    const above = at < 0 ? block : block.slice(0, at);
    if (above.length > 0) {
      // Text under a part heading before its first chapter is an article named by the part.
      if (current === null && pendingKicker !== null) {
        current = open(pendingKicker, pendingKicker, null);
        pendingKicker = null;
      }
      current ??= open(title, title, null);
      current.blocks.push({ type: 'paragraph', text: above.join(' ') });
    }
    if (at < 0) continue;
    let heading = block.slice(at).join(' ');
    if (spec.part?.test(block[at]!)) {
      part = heading;
      pendingKicker = heading;
      current = null;
      continue;
    }
    if (spec.nameBelow?.test(block[at]!) && blocks[b + 1]) heading += ` ${blocks[++b]!.join(' ')}`;
    current = open(heading, part ?? title, pendingKicker);
    pendingKicker = null;
  }
  return {
    family: 'gutenberg',
    lang: spec.lang,
    name: spec.name,
    text,
    golden: { source: spec.name, articles },
  };
}

/** The evaluation books, read from fetched snapshots (fetch github:RU-ECE/ECE451-Parallel and the others). */
export function buildBookPages(mirrorRoot: string): CorpusPage[] {
  return MIRROR_BOOKS.map((book) =>
    goldenBook(book, readText(snapshotGitDir(mirrorRoot, book.repo), book.path)),
  );
}

export function loadBookSample(): CorpusPage[] {
  return SAMPLE_BOOKS.map((book) =>
    goldenBook(book, readFileSync(join(SAMPLE_DIR, `${book.name}.txt`), 'utf8')),
  );
}
