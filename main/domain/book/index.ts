// Reads a book (a Project Gutenberg text, or any long hard-wrapped text with chapter headings) into one article
// per chapter. The licence header and footer go to `meta` verbatim; the title and author found in the header
// go to every article. Pure and linear in the size of the text.
import {
  plainArticle,
  type ParsedArticle,
  type ParsedBlock,
  type ParsedPage,
} from '../../../shared/contract/article';
import { knownJoinedWords } from '../page/hyphenation';
import { splitLines, type PageLines } from '../page/lines';
import { blankLinesSeparate, bodyBlocks, wrapWidth, type BookLayout } from './blocks';
import { findFrame, hasGutenbergMarker, headerField } from './frame';
import { findHeadings } from './headings';

/** Without a Gutenberg frame, a book is a long text with at least this many chapter headings. */
const MIN_HEADINGS = 3;
const MIN_LINES = 150;

export function detectBook(text: string): boolean {
  if (hasGutenbergMarker(text)) return true;
  const lines = splitLines(text);
  if (lines.length < MIN_LINES) return false;
  // Hard-wrapped: most lines stop at one width, as a typed book's do (a pasted article runs paragraphs on).
  const width = wrapWidth(lines, 0, lines.length);
  if (width < 25 || width > 100) return false;
  return findHeadings(lines, 0, lines.length).length >= MIN_HEADINGS;
}

function article(
  title: string,
  section: string | null,
  authors: string[],
  blocks: ParsedBlock[],
): ParsedArticle {
  return { ...plainArticle(title, blocks), section, authors };
}

function bookMeta(header: string | null, footer: string | null): Record<string, string[]> {
  const meta: Record<string, string[]> = {};
  const licence = [header, footer].filter((part): part is string => part !== null);
  if (licence.length > 0) meta.licence = licence;
  for (const [key, field] of [
    ['title', 'Title'],
    ['author', 'Author'],
  ] as const) {
    const value = header === null ? null : headerField(header, field);
    if (value) meta[key] = [value];
  }
  return meta;
}

/**
 * One article per chapter, titled with its heading. Text before the first heading (title page, contents) is an
 * article titled with the book's title. When a book has both parts and chapters, a part heading is the kicker
 * of the chapter printed under it and the section of every chapter in the part; otherwise the section is the
 * book's title. `fileTitle` titles a book whose header does not name it.
 */
export function parseBook(text: string, fileTitle: string): ParsedPage {
  const lines: PageLines = splitLines(text);
  const frame = findFrame(lines);
  const meta = bookMeta(frame.header, frame.footer);
  const bookTitle = meta.title?.[0] ?? fileTitle;
  const authors = meta.author ?? [];
  const { firstLine, endLine } = frame;
  const layout: BookLayout = {
    wrapWidth: wrapWidth(lines, firstLine, endLine),
    blankLinesSeparate: blankLinesSeparate(lines, firstLine, endLine),
    reflow: { typicalGap: 0, knownWords: knownJoinedWords(lines) },
  };
  const headings = findHeadings(lines, firstLine, endLine);
  const hasParts = headings.some((h) => h.kind === 'chapter') && headings.some((h) => h.kind === 'part');

  const articles: ParsedArticle[] = [];
  const frontEnd = headings[0]?.line ?? endLine;
  if (frontEnd > firstLine)
    articles.push(article(bookTitle, bookTitle, authors, bodyBlocks(lines, firstLine, frontEnd, layout)));
  let part: string | null = null;
  let kicker: string | null = null;
  headings.forEach((heading, k) => {
    const bodyEnd = headings[k + 1]?.line ?? endLine;
    if (hasParts && heading.kind === 'part') {
      part = heading.text;
      kicker = part;
      // A part that opens with text of its own (a foreword to the part) is an article of that name.
      if (bodyEnd > heading.end) {
        articles.push(article(part, part, authors, bodyBlocks(lines, heading.end, bodyEnd, layout)));
        kicker = null;
      }
      return;
    }
    const chapter = article(
      heading.text,
      part ?? bookTitle,
      authors,
      bodyBlocks(lines, heading.end, bodyEnd, layout),
    );
    chapter.kicker = kicker;
    kicker = null;
    articles.push(chapter);
  });
  return { meta, articles };
}
