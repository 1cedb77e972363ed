// A paragraph an extractor cut at a column's end, with a brief read between its parts, comes back whole.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { plainArticle, type ParsedArticle, type ParsedBlock } from '../../shared/contract/article';
import { parsePage } from '../../main/domain/page/index';
import { rethreadParagraphs } from '../../main/domain/page/line-model/rethread-paragraphs';

const para = (text: string): ParsedBlock => ({ type: 'paragraph', text });

function article(title: string, blocks: ParsedBlock[], dateline: string | null = null): ParsedArticle {
  return { ...plainArticle(title, blocks), dateline };
}

const texts = (articles: readonly ParsedArticle[]) =>
  articles.map((a) => [a.title, ...a.blocks.map((b) => b.text)]);

test('the rest of a paragraph read inside a brief goes back after the part it continues', () => {
  const articles = [
    article('Harbour Board Rejects Fare Rise', [
      para('The harbour board on Monday rejected the fare rise the'),
    ]),
    article('Mill Opens Shop', [
      para('The old mill opened a shop for its cloth.'),
      para('operator had asked for, saying passengers had paid enough.'),
    ]),
  ];
  assert.deepEqual(texts(rethreadParagraphs(articles)), [
    [
      'Harbour Board Rejects Fare Rise',
      'The harbour board on Monday rejected the fare rise the operator had asked for, saying passengers had paid enough.',
    ],
    ['Mill Opens Shop', 'The old mill opened a shop for its cloth.'],
  ]);
});

test('no rest goes back past a subhead of its own article: the subhead would stand inside the paragraph', () => {
  const blocks: ParsedBlock[] = [
    para('The harbour board on Monday rejected the fare rise'),
    { type: 'subhead', text: 'Passengers' },
    para('operators say they will ask again next year.'),
  ];
  const [read] = rethreadParagraphs([article('Harbour Board Rejects Fare Rise', blocks)]);
  assert.deepEqual(read?.blocks, blocks);
});

test('a paragraph a dateline opened stays where it is, whatever case its first word has', () => {
  const articles = [
    article('Canal Works Delayed', [para('Engineers said the canal works would take until the')]),
    article(
      'Citrus Survey Changes',
      [para('the farm office said it would change its citrus survey.')],
      'LOCKTON, May 4',
    ),
  ];
  assert.deepEqual(texts(rethreadParagraphs(articles)), texts(articles));
});

test('an article whose first paragraph was such a rest opens with the dateline under it', () => {
  const articles = [
    article('Harbour Board Rejects Fare Rise', [
      para('The harbour board on Monday rejected the fare rise the'),
    ]),
    article('Mill Opens Shop', [
      para('operator had asked for.'),
      para('ASHFORD, May 2 - The old mill opened a shop for its cloth.'),
    ]),
  ];
  const [, mill] = rethreadParagraphs(articles);
  assert.equal(mill?.dateline, 'ASHFORD, May 2');
  assert.deepEqual(
    mill?.blocks.map((b) => b.text),
    ['The old mill opened a shop for its cloth.'],
  );
});

test('a page read by pdftotext keeps a story whole around a brief set between its columns', () => {
  const page = [
    'Harbour board rejects ferry fare rise',
    'PORTVALE, May 3 - The harbour',
    'board on Monday rejected the fare',
    'rise the ferry operator asked for',
    '',
    'Mill opens a shop',
    'ASHFORD, May 2 - The old mill',
    'opened a shop for its cloth on',
    'the market square.',
    '',
    'in March, saying that passengers',
    'had paid enough this year, the',
    'board chairman told reporters.',
    '',
    'Canal repairs finished early',
    'LOCKTON, May 4 - Engineers',
    'finished the canal repairs two',
    'weeks early, the works office said.',
    '',
  ].join('\n');
  const parsed = parsePage(page, { roles: 'model' });
  const harbour = parsed.articles.find((a) => a.title.startsWith('Harbour'));
  const mill = parsed.articles.find((a) => a.title.startsWith('Mill'));
  assert.deepEqual(
    harbour?.blocks.map((b) => b.text),
    [
      'The harbour board on Monday rejected the fare rise the ferry operator asked for in March, saying that passengers had paid enough this year, the board chairman told reporters.',
    ],
  );
  assert.deepEqual(
    mill?.blocks.map((b) => b.text),
    ['The old mill opened a shop for its cloth on the market square.'],
  );
});

const word = fc.constantFrom('harbour', 'board', 'fare', 'mill', 'shop', 'canal', 'said', 'the', 'on');
const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.boolean())
  .map(([words, capital, finished]) => {
    const text = words.join(' ');
    return `${capital ? text[0]?.toUpperCase() + text.slice(1) : text}${finished ? '.' : ''}`;
  });

test('rethreading moves text and never loses, doubles or reorders a character of a part', () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.boolean(), fc.array(sentence, { maxLength: 5 })), { maxLength: 6 }),
      (spec) => {
        const articles = spec.map(([dated, paragraphs], n) =>
          article(`Story ${n}`, paragraphs.map(para), dated ? `TOWN, May ${n + 1}` : null),
        );
        const before = texts(articles).flat().join(' ');
        const after = rethreadParagraphs(articles);
        const chars = (s: string) => [...s.replace(/\s/g, '')].sort().join('');
        assert.equal(chars(texts(after).flat().join(' ')), chars(before));
        // Every paragraph still reads somewhere as one piece of a block, in its own order.
        for (const p of spec.flatMap(([, paragraphs]) => paragraphs))
          assert.ok(after.some((a) => a.blocks.some((b) => b.text.includes(p))));
      },
    ),
  );
});
