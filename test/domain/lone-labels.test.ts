// A label the line model read as a headline of its own, with nothing under it, is the kicker of the headline
// under it, or, over the page's first text, part of the page's head.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainArticle, type ParsedArticle } from '../../shared/contract/article';
import { headLabelsAsFurniture, labelsAsKickers } from '../../main/domain/page/line-model/lone-labels';
import { parsePage } from '../../main/domain/page/index';
import { splitLines } from '../../main/domain/page/lines';

const story = (title: string, kicker: string | null = null): ParsedArticle => ({
  ...plainArticle(title, [
    { type: 'paragraph', text: 'The harbour board said ferry fares would rise in June.' },
  ]),
  kicker,
});
const heads = (articles: readonly ParsedArticle[]) =>
  articles.map((a) => [a.kicker, a.title, a.blocks.length]);

test('a lone label over a headline becomes its kicker, in English and in Chinese', () => {
  assert.deepEqual(
    heads(
      labelsAsKickers([
        story('Tide Tables'),
        plainArticle('Briefing', []),
        story('Harbour Board Raises Fares'),
      ]),
    ),
    [
      [null, 'Tide Tables', 1],
      ['Briefing', 'Harbour Board Raises Fares', 1],
    ],
  );
  assert.deepEqual(heads(labelsAsKickers([plainArticle('本埠', []), story('沿江古镇修缮工程全面完工')])), [
    ['本埠', '沿江古镇修缮工程全面完工', 1],
  ]);
});

test('what is more than a lone label, or stands over a headline with a kicker, is left as read', () => {
  const cases: [string, ParsedArticle[]][] = [
    // A headline of its own whose story the extractor read elsewhere.
    ['a headline of three words', [plainArticle('Ferry Fares Rise', []), story('Mill Town Picks New Mayor')]],
    ['a label with text under it', [story('Briefing'), story('Mill Town Picks New Mayor')]],
    [
      'a label with a credit',
      [{ ...plainArticle('Briefing', []), dateline: 'ASHFORD, May 2' }, story('Mill Town')],
    ],
    [
      'a headline that has a kicker',
      [plainArticle('Briefing', []), story('Mill Town Picks New Mayor', 'Update')],
    ],
    ['a label at the end of the page', [story('Mill Town Picks New Mayor'), plainArticle('Briefing', [])]],
    ['five Han characters', [plainArticle('新闻联播速', []), story('沿江古镇修缮工程全面完工')]],
    [
      'a label with a note',
      [{ ...plainArticle('Briefing', []), notes: ['(Continued on A5)'] }, story('Mill Town')],
    ],
    ['an article with no title', [plainArticle('', []), story('Mill Town Picks New Mayor')]],
    [
      'a headline with a place on a PDF page',
      [
        plainArticle('Briefing', []),
        { ...story('Mill Town'), regions: [{ page: 1, x0: 0, y0: 0, x1: 1, y1: 1 }] },
      ],
    ],
  ];
  for (const [why, page] of cases) assert.deepEqual(labelsAsKickers(page), page, why);
});

test("three lone labels over one headline: the one right over it is its kicker, no label a label's", () => {
  assert.deepEqual(
    heads(
      labelsAsKickers([
        plainArticle('Nation', []),
        plainArticle('World', []),
        plainArticle('Briefing', []),
        story('Mill Town'),
      ]),
    ),
    [
      [null, 'Nation', 0],
      [null, 'World', 0],
      ['Briefing', 'Mill Town', 1],
    ],
  );
});

test('two lone labels over one headline: the one right over it is its kicker, the other stays', () => {
  assert.deepEqual(
    heads(labelsAsKickers([plainArticle('Nation', []), plainArticle('Briefing', []), story('Mill Town')])),
    [
      [null, 'Nation', 0],
      ['Briefing', 'Mill Town', 1],
    ],
  );
});

test("labels and a paper's name read as articles over the page's first text go to the page's furniture", () => {
  const meta: Record<string, string[]> = {};
  const page = [
    plainArticle('Daily Meridian', []),
    { ...plainArticle('World', []), kicker: 'The Morning Ledger' },
    story('Harbour Board Raises Fares', 'Update'),
    plainArticle('Briefing', []),
    story('Mill Town Picks New Mayor'),
  ];
  // The page as read, each label a line of it.
  const text = page.flatMap((a) => [a.kicker ?? '', a.title]).join('\n');
  assert.deepEqual(heads(headLabelsAsFurniture(page, meta, splitLines(text))), [
    ['Update', 'Harbour Board Raises Fares', 1],
    [null, 'Briefing', 0],
    [null, 'Mill Town Picks New Mayor', 1],
  ]);
  assert.deepEqual(meta, { sections: ['Daily Meridian', 'World'], paper: ['The Morning Ledger'] });
  const zh = [plainArticle('要闻', []), story('沿江古镇修缮工程全面完工')];
  const zhMeta: Record<string, string[]> = {};
  assert.equal(headLabelsAsFurniture(zh, zhMeta, splitLines('要闻\n沿江古镇修缮工程全面完工')).length, 1);
  assert.deepEqual(zhMeta, { sections: ['要闻'] });
});

test("a headline alone over the page's first text stays an article", () => {
  const cases: [string, ParsedArticle[]][] = [
    // Its story was read further down (pdftotext reads a row of headlines first).
    [
      'four capitalised words',
      [plainArticle('Harbour Board Raises Fares', []), story('Mill Town Picks New Mayor')],
    ],
    ['a Chinese headline', [plainArticle('沿江古镇修缮工程全面完工', []), story('山区学校迎来新学期')]],
    [
      'a label under a line that is no label',
      [
        { ...plainArticle('World', []), kicker: 'Ferry fares rise after six years of talks' },
        story('Mill Town'),
      ],
    ],
    [
      'a label with a deck',
      [{ ...plainArticle('World', []), subtitle: 'Ferry fares rise' }, story('Mill Town')],
    ],
    // Furniture keeps the page's words as printed: a title run together from lines apart is not one, even where
    // a longer line holds the same words.
    ['a label run together from two lines', [plainArticle('Daily Meridian', []), story('Mill Town')]],
    ['labels and nothing else', [plainArticle('Briefing', []), plainArticle('World', [])]],
  ];
  for (const [why, page] of cases) {
    const meta: Record<string, string[]> = {};
    const text = page
      .flatMap((a) => [a.kicker ?? '', a.title])
      .join('\n')
      .replace('Daily Meridian', 'Daily\n\nMeridian\nThe Daily Meridian prints on Sundays');
    assert.deepEqual(headLabelsAsFurniture(page, meta, splitLines(text)), page, why);
    assert.deepEqual(meta, {}, why);
  }
});

test("a paper's name under the page's running head, in pdftotext's order, is furniture, not an article", () => {
  const text = [
    'Thursday, August 4, 2022',
    '',
    'Nation',
    '',
    'C3',
    '',
    'Daily Meridian',
    '',
    'In Brief',
    '',
    'GENERAL',
    '',
    'HARBOUR BOARD',
    'RAISES FERRY',
    'FARES',
    'Mill town sees lower ferry use',
    '',
    'ASHFORD, May 2 - The harbour board said',
    'ferry fares would rise in June, the first',
    'ferry fare rise in six years.',
    'Ferry passengers will pay two dollars more',
    'for a crossing, the harbour board said.',
    '',
    'MILL TOWN',
    'PICKS NEW',
    'MAYOR',
    'BRAMLEY, May 3 - Voters in the mill town',
    'chose a new mayor on Tuesday after a long',
    'count that ran into the night.',
    'The new mayor said the town would reopen',
    'its library and its baths in the autumn.',
  ].join('\n');
  const page = parsePage(text);
  assert.deepEqual(
    page.articles.map((a) => [a.kicker, a.title]),
    [
      ['GENERAL', 'HARBOUR BOARD RAISES FERRY FARES'],
      [null, 'MILL TOWN PICKS NEW MAYOR'],
    ],
  );
  assert.ok(page.meta.sections?.includes('Daily Meridian'));
});
