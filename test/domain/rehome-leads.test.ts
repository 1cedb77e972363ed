// A story read apart from its headline (pdftotext's default reading order) goes back under it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { plainArticle, type ParsedArticle, type ParsedBlock } from '../../shared/contract/article';
import { parsePage } from '../../main/domain/page/index';
import { rehomeLeads } from '../../main/domain/page/line-model/rehome-leads';

const para = (text: string): ParsedBlock => ({ type: 'paragraph', text });
const caption = (text: string): ParsedBlock => ({ type: 'caption', text });

function article(title: string, blocks: ParsedBlock[], dateline: string | null = null): ParsedArticle {
  return { ...plainArticle(title, blocks), dateline };
}

/** Each article as title, dateline and the first words of its blocks. */
const summary = (articles: readonly ParsedArticle[]) =>
  articles.map((a) => [a.title, a.dateline, ...a.blocks.map((b) => `${b.type}:${b.text.slice(0, 24)}`)]);

test('a headline left without text gets the story that opens under a later headline and shares its words', () => {
  const articles = [
    article('Harbour Board Rejects Ferry Fare Rise', []),
    article(
      'Mill Town Picks New Mayor',
      [para('Voters in the mill town chose a new mayor on Tuesday after a long count.')],
      'ASHFORD, May 2',
    ),
    article(
      'Orchard Growers Expect Record Apple Crop',
      [
        caption('Ferry passengers queue at the harbour gate.'),
        para('The harbour board said it would reject the ferry fare rise the operator asked for.'),
        para('Board members said ferry passengers had paid enough this year.'),
      ],
      'PORTVALE, May 3',
    ),
    article(
      'Canal Repairs Finished Early',
      [
        para('Engineers finished the canal repairs two weeks early, the works office said.'),
        para('BRAMLEY, May 4 - Orchard growers expect a record apple crop after a mild spring.'),
        para('Apple growers said the crop would be picked a week early.'),
      ],
      'LOCKTON, May 4',
    ),
  ];
  assert.deepEqual(summary(rehomeLeads(articles)), [
    [
      'Harbour Board Rejects Ferry Fare Rise',
      'PORTVALE, May 3',
      'caption:Ferry passengers queue a',
      'paragraph:The harbour board said i',
      'paragraph:Board members said ferry',
    ],
    ['Mill Town Picks New Mayor', 'ASHFORD, May 2', 'paragraph:Voters in the mill town '],
    [
      'Orchard Growers Expect Record Apple Crop',
      'BRAMLEY, May 4',
      'paragraph:Orchard growers expect a',
      'paragraph:Apple growers said the c',
    ],
    ['Canal Repairs Finished Early', 'LOCKTON, May 4', 'paragraph:Engineers finished the c'],
  ]);
});

test('a Chinese story goes back under its headline by the characters they share', () => {
  const articles = [
    article('沿江古镇修缮工程全面完工', []),
    article(
      '山区学校迎来新学期',
      [
        para('新学期第一天，山区学校的孩子们走进了新建的教室。'),
        para('新华社南昌3月2日电 沿江古镇修缮工程近日全面完工，古镇老街重新向游客开放。'),
        para('修缮工程历时两年，古镇的石板路和木结构老屋都得到了保护。'),
      ],
      '新华社贵阳3月2日电',
    ),
  ];
  const [town, school] = rehomeLeads(articles);
  assert.equal(town?.dateline, '新华社南昌3月2日电');
  assert.deepEqual(
    town?.blocks.map((b) => b.text.slice(0, 8)),
    ['沿江古镇修缮工程', '修缮工程历时两年'],
  );
  assert.deepEqual(
    school?.blocks.map((b) => b.text.slice(0, 8)),
    ['新学期第一天，山'],
  );
  assert.equal(school?.dateline, '新华社贵阳3月2日电');
});

test('a story is matched to its headline by what it says, not by the place and date it was filed from', () => {
  const articles = [
    article('Northern Ferries Hire Fresh Management', []),
    article(
      'Westbrook Harbour Council Elects Chair',
      [
        para('The Westbrook harbour council elected a new chair at its first meeting of the year.'),
        para(
          'WESTBROOK HARBOUR, England, June 29 - Kestrel Marine said on Monday that Ines Calloway, who ran the ' +
            'island bus service for ten years, will take charge of its ferries from next month.',
        ),
      ],
      'WESTBROOK HARBOUR, England, June 28',
    ),
  ];
  assert.deepEqual(summary(rehomeLeads(articles)), [
    [
      'Northern Ferries Hire Fresh Management',
      'WESTBROOK HARBOUR, England, June 29',
      'paragraph:Kestrel Marine said on M',
    ],
    [
      'Westbrook Harbour Council Elects Chair',
      'WESTBROOK HARBOUR, England, June 28',
      'paragraph:The Westbrook harbour co',
    ],
  ]);
});

test('a dateline quoted inside a report stays there when no headline alone shares its words', () => {
  const articles = [
    article('Opinion', []),
    article(
      'Rail Strike Called Off',
      [
        para('Union leaders called off the rail strike late on Sunday.'),
        para('LONDON, June 1 - The rail union said in a statement that talks would go on.'),
      ],
      'LEEDS, June 1',
    ),
  ];
  assert.deepEqual(rehomeLeads(articles), articles);
});

test('a story never goes to a headline printed below it, and a page with every headline answered is untouched', () => {
  const below = [
    article(
      'Bridge Reopens',
      [para('OAKTON, July 9 - The new library opens its doors to readers next week.')],
      'OAKTON, July 8',
    ),
    article('New Library Opens Its Doors', []),
  ];
  assert.deepEqual(rehomeLeads(below), below);
  const answered = [
    article('Bridge Reopens', [para('The bridge reopened on Monday.')]),
    article('New Library Opens', [para('OAKTON, July 9 - The new library opens next week.')]),
  ];
  assert.equal(rehomeLeads(answered), answered);
});

test('an article whose opening went to another headline opens with the next dateline it holds', () => {
  const articles = [
    article('Harbour Board Rejects Ferry Fare Rise', []),
    article(
      'Mill Town Picks New Mayor',
      [
        para('The harbour board said it would reject the ferry fare rise the operator asked for.'),
        para('ASHFORD, May 2 - Voters in the mill town chose a new mayor on Tuesday.'),
      ],
      'PORTVALE, May 3',
    ),
  ];
  assert.deepEqual(summary(rehomeLeads(articles)), [
    ['Harbour Board Rejects Ferry Fare Rise', 'PORTVALE, May 3', 'paragraph:The harbour board said i'],
    ['Mill Town Picks New Mayor', 'ASHFORD, May 2', 'paragraph:Voters in the mill town '],
  ]);
});

test('a caption read just before a story goes with it: the picture heads the story it belongs to', () => {
  const articles = [
    article('Harbour Board Rejects Ferry Fare Rise', []),
    article(
      'Mill Town Picks New Mayor',
      [
        para('Voters in the mill town chose a new mayor on Tuesday after a long count.'),
        caption('Ferry passengers queue at the harbour gate.'),
        para('PORTVALE, May 3 - The harbour board said it would reject the ferry fare rise.'),
      ],
      'ASHFORD, May 2',
    ),
  ];
  assert.deepEqual(summary(rehomeLeads(articles)), [
    [
      'Harbour Board Rejects Ferry Fare Rise',
      'PORTVALE, May 3',
      'caption:Ferry passengers queue a',
      'paragraph:The harbour board said i',
    ],
    ['Mill Town Picks New Mayor', 'ASHFORD, May 2', 'paragraph:Voters in the mill town '],
  ]);
});

test('rehoming keeps every block and every dateline exactly once', () => {
  const words = fc.constantFrom('harbour', 'ferry', 'apple', 'canal', 'mayor', 'board', 'crop', 'strike');
  const sentence = fc.array(words, { minLength: 2, maxLength: 8 }).map((w) => w.join(' '));
  const block = fc.oneof(
    sentence.map(para),
    sentence.map((s) => para(`KINGSTON, May 5 - ${s}`)),
    sentence.map(caption),
  );
  const anArticle = fc
    .tuple(sentence, fc.array(block, { maxLength: 4 }), fc.boolean())
    .map(([title, blocks, dated]) => article(title, blocks, dated ? 'LOCKTON, May 4' : null));
  fc.assert(
    fc.property(fc.array(anArticle, { minLength: 1, maxLength: 6 }), (articles) => {
      const text = (list: readonly ParsedArticle[]) =>
        list
          .flatMap((a) => [a.title, a.dateline ?? '', ...a.blocks.map((b) => b.text)])
          .join('')
          .replace(/[\s,-]/g, '')
          .split('')
          .sort()
          .join('');
      const before = text(articles);
      assert.equal(text(rehomeLeads(articles)), before);
    }),
  );
});

/** The harbour story's text, read in pdftotext order apart from its headline. */
const HARBOUR_STORY = [
  'PORTVALE, May 3 - The harbour board',
  'said it would reject the ferry fare rise',
  'the operator asked for on Monday.',
  'Board members said ferry passengers had',
  'paid enough this year, and that the board',
  'would meet the operator again in June.',
];

test('a page read in pdftotext order: the first headline gets its story back from under the second', () => {
  const text = [
    'Saturday, May 6, 2023',
    '',
    'The Valley Post',
    '',
    'Harbour Board Rejects',
    'Ferry Fare Rise',
    '',
    'Mill Town Picks',
    'New Mayor',
    'ASHFORD, May 2 - Voters in the mill town',
    'chose a new mayor on Tuesday after a long',
    'count that ran into the night.',
    '',
    'Orchard Growers Expect Record',
    'Apple Crop',
    'Ferry passengers queue at the harbour gate on Monday. (Photo by Ann Lee)',
    '',
    ...HARBOUR_STORY,
    '',
    'Canal Repairs Finished Early',
    'LOCKTON, May 4 - Engineers finished the',
    'canal repairs two weeks early, the works',
    'office said on Tuesday.',
    'The works office said boats could use the',
    'canal again from Friday.',
    '',
    'BRAMLEY, May 4 - Orchard growers expect',
    'a record apple crop after a mild spring,',
    'their association said on Tuesday.',
    'Apple growers said the crop would be',
    'picked a week earlier than last year.',
  ].join('\n');
  const page = parsePage(text, { roles: 'model' });
  const harbour = page.articles.find((a) => a.title.startsWith('Harbour'));
  const orchard = page.articles.find((a) => a.title.startsWith('Orchard'));
  assert.equal(harbour?.dateline, 'PORTVALE, May 3');
  assert.deepEqual(
    harbour?.blocks.map((b) => `${b.type}:${b.text.slice(0, 22)}`),
    [
      'caption:Ferry passengers queue',
      'paragraph:The harbour board said',
      'paragraph:Board members said fer',
    ],
  );
  assert.equal(orchard?.dateline, 'BRAMLEY, May 4');
  assert.match(orchard?.blocks.find((b) => b.type === 'paragraph')?.text ?? '', /^Orchard growers expect/);
});

test('a headline read before the paper’s name and a section label stays a headline of its own and gets its story', () => {
  const text = [
    'Saturday, May 6, 2023',
    '',
    'HARBOUR BOARD REJECTS',
    'FERRY FARE RISE AFTER',
    'LONG DEBATE',
    '',
    'The Valley Post',
    '',
    'In Brief',
    '',
    'MILL TOWN PICKS',
    'NEW MAYOR',
    'ASHFORD, May 2 - Voters in the mill town',
    'chose a new mayor on Tuesday after a long',
    'count that ran into the night.',
    'The new mayor takes office in June, the',
    'town clerk said.',
    '',
    ...HARBOUR_STORY,
  ].join('\n');
  const page = parsePage(text, { roles: 'model' });
  assert.deepEqual(
    page.articles.map((a) => [a.kicker, a.title, a.dateline]),
    [
      [null, 'HARBOUR BOARD REJECTS FERRY FARE RISE AFTER LONG DEBATE', 'PORTVALE, May 3'],
      ['The Valley Post In Brief', 'MILL TOWN PICKS NEW MAYOR', 'ASHFORD, May 2'],
    ],
  );
});

test('labels stacked over a headline, two of them in one block, stay the headline’s kicker', () => {
  const text = [
    'Saturday, May 6, 2023',
    '',
    'MARKETS',
    'SHARES',
    '',
    'PRICES',
    '',
    'DAIRY CO-OP',
    'BUYS CREAMERY',
    'OAKTON, May 2 - The dairy co-op bought the',
    'creamery on the river road for an undisclosed',
    'sum, its chairman said on Tuesday.',
    'The creamery will keep its forty workers.',
  ].join('\n');
  const page = parsePage(text, { roles: 'model' });
  assert.deepEqual(
    page.articles.map((a) => [a.kicker, a.title]),
    [['MARKETS SHARES PRICES', 'DAIRY CO-OP BUYS CREAMERY']],
  );
});
