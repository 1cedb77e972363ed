// Reuters-21578 in S. Luz's XML edition: one <REUTERS> element per wire story, 22 files of about 1,000 each.
import type { SourceArticle } from './types';
import { decodeEntities, listFiles, readText } from './source-git';

export const REUTERS_CORPUS = 'reuters21578';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
// Stories made of price tables or one-line results ("Shr 12 cts vs 15 cts") are not running prose and a
// page parser learns nothing about paragraphs from them; prose paragraphs end a sentence, table rows do not.
const MIN_SENTENCE_SHARE = 0.8;

function field(element: string, tag: string): string | undefined {
  const match = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(element);
  return match?.[1] === undefined ? undefined : decodeEntities(match[1]);
}

function isoDate(wireDate: string | undefined): string | undefined {
  const [, day, monthName, year] = /^\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(wireDate ?? '') ?? [];
  const month = MONTHS.indexOf(monthName ?? '') + 1;
  if (day === undefined || year === undefined || month === 0) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The wire hard-wraps lines at about 65 columns and starts each paragraph with an indent of spaces,
 * so the indent is the paragraph boundary the source gives; the wrapped lines within one are rejoined.
 */
function bodyParagraphs(body: string): string[] {
  const withoutSignOff = body.replace(/\s*\bREUTER\s*$/i, '');
  return withoutSignOff
    .split(/\n(?=[ \t]{2,}\S)/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

function isProse(paragraphs: string[]): boolean {
  const sentences = paragraphs.filter((paragraph) => /[.?!:;]["')]?$/.test(paragraph)).length;
  return sentences >= MIN_SENTENCE_SHARE * paragraphs.length;
}

function parseStory(element: string): SourceArticle | undefined {
  const newId = /NEWID="(\d+)"/.exec(element)?.[1];
  const title = field(element, 'TITLE');
  const body = field(element, 'BODY');
  if (newId === undefined || title === undefined || body === undefined) return undefined;
  const paragraphs = bodyParagraphs(body);
  if (paragraphs.length === 0 || !isProse(paragraphs)) return undefined;
  // The edition cut the dateline ("LONDON, March 3 - ") out of the body; on the wire it led the
  // first paragraph, and that is where a reader of the printed story finds it.
  const dateline = field(element, 'DATELINE')?.replace(/\s+/g, ' ').trim();
  if (dateline) paragraphs[0] = `${dateline} ${paragraphs[0] ?? ''}`;
  const date = isoDate(field(element, 'DATE'));
  return {
    id: `${REUTERS_CORPUS}-${newId.padStart(5, '0')}`,
    corpus: REUTERS_CORPUS,
    lang: 'en',
    title: title.replace(/\s+/g, ' ').trim(),
    paragraphs,
    ...(date === undefined ? {} : { date }),
  };
}

/** Every prose story with a title and a body, in NEWID order. */
export function readReuters(gitDir: string): SourceArticle[] {
  const files = listFiles(gitDir).filter((path) => /reut2-\d{3}\.xml$/.test(path));
  return files.flatMap((path) =>
    (readText(gitDir, path).match(/<REUTERS\b[\s\S]*?<\/REUTERS>/g) ?? []).flatMap((element) => {
      const story = parseStory(element);
      return story === undefined ? [] : [story];
    }),
  );
}
