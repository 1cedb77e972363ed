// The book reader (main/domain/book): chapters, the Gutenberg frame, reflow, and nothing lost on the way.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { ParsedPage } from '../shared/contract/article';
import { detectBook, parseBook } from '../main/domain/book/index';
import { parseDocument } from '../main/domain/import/parse-document';
import { loadBookSample } from './corpus/books';
import { scorePages } from './corpus/score';
import { FIXTURE_PAGE, tempLibrary, textFile } from './support/temp-library';
import { isSubsequence } from './support/conservation';

const sharedRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared');
const sample = loadBookSample();

test('the sample books score reflow ≥ 0.98 and find every chapter with the shared scorer', async () => {
  const scored = await scorePages(sample, (page) => parseBook(page.text, page.name), sharedRoot);
  for (const { page, score } of scored) {
    assert.ok((score.reflow ?? 0) >= 0.98, `${page.name}: reflow ${score.reflow}`);
    assert.equal(score.articles, 1, `${page.name}: articles ${score.articles}`);
    assert.equal(score.metadata, 1, `${page.name}: metadata ${score.metadata}`);
  }
});

test('the licence header and footer are kept verbatim in meta and in no article', () => {
  for (const { name, text } of sample) {
    const page = parseBook(text, name);
    const [header, footer] = page.meta.licence ?? [];
    assert.ok(header?.includes('*** START OF THIS PROJECT GUTENBERG EBOOK'), name);
    assert.ok(footer?.startsWith('End of') || footer?.startsWith('***'), name);
    assert.ok(text.includes(header!) && text.includes(footer!), `${name}: licence not verbatim`);
    const articleText = page.articles.flatMap((a) => [a.title, ...a.blocks.map((b) => b.text)]).join('\n');
    assert.doesNotMatch(articleText, /Project Gutenberg/, name);
  }
});

test('title and author come from the header and go to every chapter', () => {
  const alice = sample.find((page) => page.name === 'alice-trimmed')!;
  const page = parseBook(alice.text, alice.name);
  assert.deepEqual(page.meta.title, ['Alice’s Adventures in Wonderland']);
  assert.deepEqual(page.meta.author, ['Lewis Carroll']);
  assert.equal(page.articles[1]?.title, 'CHAPTER I. Down the Rabbit-Hole');
  for (const article of page.articles) {
    assert.deepEqual(article.authors, ['Lewis Carroll']);
    assert.equal(article.section, 'Alice’s Adventures in Wonderland');
  }
});

test('a numeral heading takes its name from the line under it; parts become sections and kickers', () => {
  const book = [
    'BOOK ONE',
    'THE ARRIVAL',
    '',
    'I',
    '',
    'Introduction',
    '',
    'The traveller came in from the cold and sat down by the fire, and the',
    'room fell silent.',
    '',
    'II',
    '',
    'The Road',
    '',
    'He went on his way.',
    '',
    '    A verse line that stays,',
    '    and another under it',
    '',
    'BOOK TWO',
    '',
    'III',
    '',
    'The End',
    '',
    'It was over.',
  ].join('\n');
  const page = parseBook(book, 'travels');
  assert.deepEqual(
    page.articles.map((a) => [a.kicker, a.title, a.section]),
    [
      ['BOOK ONE THE ARRIVAL', 'I Introduction', 'BOOK ONE THE ARRIVAL'],
      [null, 'II The Road', 'BOOK ONE THE ARRIVAL'],
      ['BOOK TWO', 'III The End', 'BOOK TWO'],
    ],
  );
  assert.deepEqual(
    page.articles[0]?.blocks.map((b) => b.text),
    ['The traveller came in from the cold and sat down by the fire, and the room fell silent.'],
  );
  assert.equal(page.articles[1]?.blocks[1]?.text, 'A verse line that stays,\nand another under it');
});

test('a newspaper page and short texts are not books; a Gutenberg text is', () => {
  assert.equal(detectBook(readFileSync(FIXTURE_PAGE, 'utf8')), false);
  assert.equal(detectBook('Chapter 1\n\nA note about the first chapter of the report.\n'), false);
  for (const { text } of sample) assert.equal(detectBook(text), true);
  assert.equal(parseDocument('page.txt', readFileSync(FIXTURE_PAGE, 'utf8')).kind, 'text');
  assert.equal(parseDocument('alice.txt', sample[0]!.text).kind, 'book');
});

test('a Gutenberg marker makes a book only where it opens a line, after spaces or blank lines at most', () => {
  const marker = '*** START OF THE PROJECT GUTENBERG EBOOK A TALE ***';
  assert.equal(detectBook(`Title: A Tale\n\n  \t${marker}\nIt begins.`), true);
  assert.equal(detectBook(`${marker.toLowerCase()}\nIt begins.`), true);
  assert.equal(detectBook(`A quote of the line ${marker} in a report.`), false);
});

test('importing a book through the service stores one article per chapter', async () => {
  const alice = sample.find((page) => page.name === 'alice-trimmed')!;
  const library = tempLibrary();
  try {
    const reply = await library.dispatch('library.import', { files: [textFile('alice.txt', alice.text)] });
    assert.ok(reply.ok);
    const { imported } = reply.value as { imported: { articleIds: number[] }[] };
    assert.equal(imported[0]?.articleIds.length, alice.golden.articles.length);
    const list = await library.dispatch('articles.list', {});
    assert.ok(list.ok);
    const { items } = list.value as { items: { title: string }[] };
    assert.deepEqual(
      items.map((item) => item.title),
      alice.golden.articles.map((article) => article.title),
    );
  } finally {
    library.close();
  }
});

// Nothing lost, nothing doubled. The article stream (kicker, title, then paragraph text, article by article) must
// be a subsequence of the input; the licence values in meta must occur in it verbatim; together they hold each
// non-whitespace input character once. Derived values are not read back: `section` and `authors` (copied from a
// heading or the header), meta.title and meta.author (read from the header, which meta.licence holds whole) and
// the front matter's title (the book's title, or the file's). Hyphens may be dropped by rejoined words.
const DROPPABLE = /[-\s]/gu;
const strip = (s: string): string => s.replace(DROPPABLE, '');
const sorted = (s: string): string => [...s].sort().join('');

function streams(page: ParsedPage, fileTitle: string): { main: string; side: string[] } {
  const bookTitle = page.meta.title?.[0] ?? fileTitle;
  let main = '';
  page.articles.forEach((article, k) => {
    main += article.kicker ?? '';
    if (!(k === 0 && article.title === bookTitle)) main += article.title;
    for (const block of article.blocks) main += block.text;
  });
  return { main, side: page.meta.licence ?? [] };
}

function checkNothingLost(input: string): void {
  const page = parseBook(input, 'generated-book');
  const { main, side } = streams(page, 'generated-book');
  const wanted = strip(input);
  assert.equal(sorted(strip(main) + strip(side.join(''))), sorted(wanted), JSON.stringify(input));
  assert.ok(isSubsequence(strip(main), wanted), `article stream out of order for ${JSON.stringify(input)}`);
  for (const value of side) assert.ok(input.includes(value), `licence not verbatim: ${value}`);
}

const word = fc.constantFrom(
  'the',
  'garden',
  'con-',
  'tinued',
  'continued',
  'Alice',
  'said.',
  'well,',
  '“Oh!”',
  '山水',
  '說道：',
  '。',
);
const line = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const lines = fc.array(line, { minLength: 1, maxLength: 5 });
const piece = fc.oneof(
  lines.map((ls) => ls.join('\n')),
  lines.map((ls) => ls.map((l) => `    ${l}`).join('\n')),
  fc.constantFrom(
    'CHAPTER I',
    'CHAPTER II. The Night Ferry',
    'Chapter 3',
    'BOOK ONE',
    'PART TWO',
    'IV',
    'I\n\nIntroduction',
    'ACT I',
    'Epilogue',
    '第一回　江城渡口三友結伴',
    '第十章',
    'Title: not a header field here',
  ),
  fc.string({ maxLength: 20 }),
);
const header = fc.constantFrom(
  '',
  'The Project Gutenberg EBook of A Book\n\nTitle: A Book\n\nAuthor: Some One\n\n*** START OF THIS PROJECT GUTENBERG EBOOK A BOOK ***\n',
);
const footer = fc.constantFrom(
  '',
  '*** END OF THIS PROJECT GUTENBERG EBOOK A BOOK ***\n\nThe licence, and more of it.',
  'End of the Project Gutenberg EBook of A Book\n',
);
const separator = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n\r\n');
const book = fc
  .tuple(header, fc.array(fc.tuple(piece, separator), { maxLength: 30 }), footer)
  .map(([top, parts, bottom]) => top + parts.map(([p, s]) => p + s).join('') + '\n\n' + bottom);

test('every non-whitespace character of a book-like text comes out exactly once', () => {
  fc.assert(fc.property(book, checkNothingLost), { numRuns: 300 });
});

test('the sample books lose nothing', () => {
  for (const { text } of sample) checkNothingLost(text);
});
