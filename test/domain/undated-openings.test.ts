// Headlines read one after another over their stories (pdftotext's order for headlines set side by side): each
// undated story goes back under the headline whose words it shares.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainArticle, type ParsedArticle, type ParsedBlock } from '../../shared/contract/article';
import { parsePage } from '../../main/domain/page/index';
import { openUndatedStories } from '../../main/domain/page/line-model/undated-openings';

const para = (text: string): ParsedBlock => ({ type: 'paragraph', text });
const caption = (text: string): ParsedBlock => ({ type: 'caption', text });

/** Each article as title, dateline and the first words of its blocks. */
const summary = (articles: readonly ParsedArticle[]) =>
  articles.map((a) => [a.title, a.dateline, ...a.blocks.map((b) => `${b.type}:${b.text.slice(0, 20)}`)]);

const ferry = [
  para('The harbour board said ferry fares would rise in June, the first ferry fare rise in six years.'),
  para('Ferry passengers will pay two dollars more for a crossing, the harbour board said.'),
];
const mayor = [
  para('ASHFORD, May 2 - Voters in the mill town chose a new mayor on Tuesday after a long count.'),
  para('The new mayor said the mill town would reopen its library.'),
];

test('a headline standing alone gets the undated story that opens the next article, the rest stays', () => {
  const page = [
    plainArticle('Harbour Board Raises Ferry Fares', []),
    plainArticle('Mill Town Picks New Mayor', [...ferry, caption('The mill town hall.'), ...mayor]),
  ];
  assert.deepEqual(summary(openUndatedStories(page)), [
    [
      'Harbour Board Raises Ferry Fares',
      null,
      'paragraph:The harbour board sa',
      'paragraph:Ferry passengers wil',
      'caption:The mill town hall.',
    ],
    // The story now opening the article opens with its dateline: it is the article's.
    [
      'Mill Town Picks New Mayor',
      'ASHFORD, May 2',
      'paragraph:Voters in the mill t',
      'paragraph:The new mayor said t',
    ],
  ]);
  // The blocks handed in are not changed.
  assert.match(page[1]!.blocks[3]!.text, /^ASHFORD/);
});

test('pdftotext text of two headlines side by side over their stories: each story under its own headline', () => {
  // The default mode's order: both headlines, then the first story (no dateline), then the second.
  const text = [
    'Harbour Board Raises',
    'Ferry Fares',
    '',
    'Mill Town Picks',
    'New Mayor',
    '',
    'The harbour board said ferry fares',
    'would rise in June, the first ferry fare',
    'rise in six years, and that ferry',
    'crossings would be fewer in winter.',
    'Ferry passengers will pay two dollars',
    'more for a crossing, the harbour board',
    'said on Friday.',
    '',
    'ASHFORD, May 2 - Voters in the mill',
    'town chose a new mayor on Tuesday after',
    'a long count that ran into the night.',
    '',
    'Orchard Growers Expect',
    'Record Apple Crop',
    '',
    'BRAMLEY, May 4 - Orchard growers expect',
    'a record apple crop after a mild spring,',
    "the growers' union said on Monday.",
  ].join('\n');
  assert.deepEqual(
    parsePage(text).articles.map((a) => [a.title, a.dateline, ...a.blocks.map((b) => b.text.slice(0, 20))]),
    [
      ['Harbour Board Raises Ferry Fares', null, 'The harbour board sa', 'Ferry passengers wil'],
      ['Mill Town Picks New Mayor', 'ASHFORD, May 2', 'Voters in the mill t'],
      ['Orchard Growers Expect Record Apple Crop', 'BRAMLEY, May 4', 'Orchard growers expe'],
    ],
  );
});

test('a row of three headlines: each story goes under its own, in the order read', () => {
  const orchard = [
    para('Orchard growers expect a record apple crop after a mild spring, the growers said.'),
    para('Apple pickers will start a week early in the orchard country.'),
  ];
  const page = [
    plainArticle('Harbour Board Raises Ferry Fares', []),
    plainArticle('Orchard Growers Expect Record Apple Crop', []),
    plainArticle('Mill Town Picks New Mayor', [...ferry, ...orchard, ...mayor]),
  ];
  assert.deepEqual(
    openUndatedStories(page).map((a) => [a.title, a.blocks.length]),
    [
      ['Harbour Board Raises Ferry Fares', 2],
      ['Orchard Growers Expect Record Apple Crop', 2],
      ['Mill Town Picks New Mayor', 2],
    ],
  );
});

test('a Chinese story goes back under its headline by the characters they share', () => {
  const page = [
    plainArticle('沿江古镇修缮工程全面完工', []),
    plainArticle('山区学校迎来新学期', [
      para('沿江古镇修缮工程近日全面完工，古镇老街重新向游客开放。'),
      para('修缮工程历时两年，古镇的石板路和木结构老屋都得到了保护。'),
      para('新学期第一天，山区学校的孩子们走进了新建的教室。'),
      para('山区学校的老师说，孩子们盼新学期盼了一个假期。'),
    ]),
  ];
  assert.deepEqual(
    openUndatedStories(page).map((a) => a.blocks.length),
    [2, 2],
  );
});

test("pages where the words do not say clearly that a story is the alone headline's are left as read", () => {
  const cases: [string, ParsedArticle[]][] = [
    [
      'the text shares no more with the alone headline than with its own',
      [
        plainArticle('Harbour Board Raises Ferry Fares', []),
        plainArticle('Mill Town Picks New Mayor', [
          para('Voters in the mill town chose a new mayor on Tuesday after a long count.'),
          para('The new mayor of the mill town thanked the voters.'),
          para('The mill town mayor takes office in June.'),
        ]),
      ],
    ],
    [
      // One word in common (cosine 0.115) is chance: a headline's story shares several.
      'the text shares a word by chance with the alone headline and none with its own',
      [
        plainArticle('Harbour Board Raises Ferry Fares', []),
        plainArticle('Mill Town Picks New Mayor', [
          para(
            'Rain fell on the coast all week and the old ferry stayed in port while fishermen mended their nets and painted boats by the quay before the storm came in.',
          ),
          para('The new mayor of the mill town thanked the voters.'),
        ]),
      ],
    ],
    [
      // Its dateline says where its own story opens: rehome-leads.ts matches dated stories.
      'the next article opened with its dateline',
      [
        plainArticle('Harbour Board Raises Ferry Fares', []),
        { ...plainArticle('Mill Town Picks New Mayor', [...ferry, ...mayor]), dateline: 'ASHFORD, May 2' },
      ],
    ],
    [
      "the text is all one story, even the alone headline's: no cut leaves the next headline its own",
      [
        plainArticle('Harbour Board Raises Ferry Fares', []),
        plainArticle('Mill Town Picks New Mayor', [
          ...ferry,
          para('The harbour board meets on ferry fares again in May.'),
        ]),
      ],
    ],
    [
      'the story shares as many words with the next headline as with the alone one',
      [
        plainArticle('Harbour Ferry Fares Rise', []),
        plainArticle('Harbour Ferry Service Cut', [
          para('The harbour ferry will run as before this week, the harbour office said.'),
          para('The service cut takes effect in May, when the last service leaves at six.'),
          para('Service on Sundays ends too.'),
        ]),
      ],
    ],
  ];
  for (const [why, page] of cases) assert.deepEqual(openUndatedStories(page), page, why);
});

test('the alone headline’s story ends before a paragraph that opens with a dateline', () => {
  const page = [
    plainArticle('Harbour Board Raises Ferry Fares', []),
    plainArticle('Mill Town Picks New Mayor', [
      ferry[0]!,
      para('ASHFORD, May 2 - The harbour board ferry fares vote came as the mill town picked a new mayor.'),
      para('The new mayor of the mill town thanked the voters.'),
      para('The mill town mayor takes office in June.'),
    ]),
  ];
  assert.deepEqual(summary(openUndatedStories(page)), [
    ['Harbour Board Raises Ferry Fares', null, 'paragraph:The harbour board sa'],
    [
      'Mill Town Picks New Mayor',
      'ASHFORD, May 2',
      'paragraph:The harbour board fe',
      'paragraph:The new mayor of the',
      'paragraph:The mill town mayor ',
    ],
  ]);
});

test("the alone headline's story takes its own dateline along; a row of five headlines is no row", () => {
  const dated = [para('PORTVALE, May 1 - ' + ferry[0]!.text), ferry[1]!];
  const [harbour] = openUndatedStories([
    plainArticle('Harbour Board Raises Ferry Fares', []),
    plainArticle('Mill Town Picks New Mayor', [...dated, ...mayor]),
  ]);
  assert.equal(harbour?.dateline, 'PORTVALE, May 1');
  const alone = [
    'Harbour Board Raises Ferry Fares',
    'Canal Works End',
    'Orchard Crop Record',
    'Bridge Opens',
  ];
  const five = [
    ...alone.map((t) => plainArticle(t, [])),
    plainArticle('Mill Town Picks New Mayor', [...ferry, ...mayor]),
  ];
  assert.deepEqual(openUndatedStories(five), five);
});

test('articles with a place on a PDF page are left as read', () => {
  const region = { page: 1, x0: 0, y0: 0, x1: 1, y1: 1 };
  const next = plainArticle('Mill Town Picks New Mayor', [...ferry, ...mayor]);
  for (const page of [
    [{ ...plainArticle('Harbour Board Raises Ferry Fares', []), regions: [region] }, next],
    [plainArticle('Harbour Board Raises Ferry Fares', []), { ...next, regions: [region] }],
  ])
    assert.deepEqual(openUndatedStories(page), page);
});
