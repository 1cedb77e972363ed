// Running heads, folios and mastheads are page furniture in both scripts, never a headline or article text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePage } from '../../main/domain/page/index';
import { isLatinMasthead, isLatinRunningHead } from '../../main/domain/page/latin-furniture';

test('English running heads and folios are recognised in the orders papers print them', () => {
  for (const head of [
    'Page 14 Friday, August 12, 2016 Vol. 46, No. 21,274',
    'A4 | THE DAILY NEWS | Monday, March 3, 2025',
    'Tuesday, 3 June 2025',
    'BUSINESS | Page A12 | 2025',
    // A web page's running head converted to text, its pieces glued where they stood in separate elements.
    'Page 5In BriefWednesday, March 6, 2013',
    'A15SportsSaturday, June 27, 2020The Morning Ledger',
    'Sunday, July 13, 2014Vol. 40, No. 18,231C5',
    // The section's page between the others: after a number and before a weekday or a volume.
    'Vol. 12, No. 3,456B2Friday, May 5, 2023',
    'Monday, June 2, 2031D3Vol. 9, No. 1,204',
    // Set in capitals; a front page's folio with its volume in Roman numerals and its price; a date and a page.
    'SCIENCE & TECHNOLOGY   THE MERIDIAN HERALD · TUESDAY, MARCH 11, 2025   A14',
    'TUESDAY, MARCH 4, 2025   VOL. CXLII No. 49,118   £2.20',
    'Saturday, March 8, 2025   47',
    'TUESDAY, MARCH 4, 2025',
    'VOL. CXLII No. 49,118',
  ])
    assert.ok(isLatinRunningHead(head), head);
  for (const line of [
    'LAKEPORT, April 7 - Ferry shares closed down.',
    'Nadia Pellow said on Friday',
    'In 2016 the company grew.',
    'Fed Raises Rates In March',
    'March 4 - Thomas',
    'April 26 - New York',
    'LAKEPORT, April 7 -',
    'Kestrel Sells 2020 Stake In March',
    'Apple Shows iPhone 15Pro On Monday, March 3',
    'Sales Rose 12% In March 2024B2',
    'SALES ROSE 12 PCT IN MARCH 2024',
    'FED RAISES RATES ON MARCH 5, 2025',
    'The sun rose on March 4, 2025',
    // Headlines with what a running head set apart in pieces prints: a price, a day, a number, in capitals.
    'Fares Rise To $2.50 On Monday',
    'Storm Drops 14 Inches On Monday, March 3',
    '300 Jobs Go At Plant On Friday, May 2',
    'SAT SCORES FALL IN 2025',
    'CLASS OF 2025 HONOURED ON FRIDAY',
  ])
    assert.ok(!isLatinRunningHead(line), line);
  assert.ok(isLatinMasthead('The Evening Courier'));
  assert.ok(!isLatinMasthead('Rates rise, again'));
});

test('an English masthead and running head above the first headline go to meta', () => {
  const page = parsePage(
    [
      'The Evening Courier',
      'Page 3 Monday, March 3, 2025',
      '',
      'Bridge Reopens After Repairs',
      '',
      'By Ann Lee',
      '',
      'The old bridge reopened on Monday after two years of repairs.',
      '',
    ].join('\n'),
  );
  assert.deepEqual(page.meta, {
    paper: ['The Evening Courier'],
    'running-head': ['Page 3 Monday, March 3, 2025'],
  });
  assert.equal(page.articles[0]?.title, 'Bridge Reopens After Repairs');
});

test('a Chinese running head is furniture, not a kicker: full-width, or with its pieces glued together by a conversion', () => {
  const heads: [string, Record<string, string[]>][] = [
    [
      '２０２１年２月１０日　星期三 经济 第３版 晨光日报',
      { date: ['２０２１年２月１０日 星期三'], label: ['经济'], page: ['第３版'], paper: ['晨光日报'] },
    ],
    [
      '第10版新闻速览2016年9月14日 星期三北方时报',
      { date: ['2016年9月14日 星期三'], label: ['新闻速览'], page: ['第10版'], paper: ['北方时报'] },
    ],
    [
      'Ａ９２０２１年３月６日　星期六第２１９７５期',
      { page: ['Ａ９'], date: ['２０２１年３月６日 星期六'], issue: ['第２１９７５期'] },
    ],
  ];
  for (const [head, meta] of heads) {
    const page = parsePage(
      [head, '', '春耕备耕有序推进', '', '本报记者 王明', '', '各地春耕备耕有序推进。', ''].join('\n'),
    );
    assert.deepEqual(page.meta, meta, head);
    assert.equal(page.articles[0]?.title, '春耕备耕有序推进', head);
    assert.equal(page.articles[0]?.kicker, null, head);
  }
});

test('a headline that opens with a date or a weekday is not read as a glued running head', () => {
  for (const headline of [
    '2025年1月1日起施行新规',
    '星期天的约会',
    'G20峰会在杭州开幕',
    '周五来了',
    '2025年1月1日星期三起施行',
  ]) {
    const page = parsePage([headline, '', '本报记者 王明', '', '各地春耕备耕有序推进。', ''].join('\n'));
    assert.equal(page.articles[0]?.title, headline, headline);
  }
});
test('a paper’s name that an extractor set apart in the middle of the text is furniture, not the next headline’s start', () => {
  const text = [
    '城西县新修通村公路一百二十公里',
    '本报讯（记者 林晓）入秋以来，城西县各',
    '村加紧修建通村公路，沿线村民卖果子',
    '不再需要走山路。',
    '',
    '晨光日报',
    '',
    '老街茶馆重新开张',
    '本报讯（记者 周敏）经过半年修缮，老',
    '街上的百年茶馆日前重新开张，吸引不',
    '少市民前来品茶听书。',
  ].join('\n');
  for (const roles of ['rules', 'model'] as const) {
    const page = parsePage(text, { roles });
    assert.deepEqual(
      page.articles.map((a) => a.title),
      ['城西县新修通村公路一百二十公里', '老街茶馆重新开张'],
      roles,
    );
    assert.deepEqual(page.meta['paper'], ['晨光日报'], roles);
  }
});

test('a folio glued to the paper’s name at the page’s foot is furniture, not a subhead of the last article', () => {
  const story = ['春耕备耕有序推进', '本报记者 王明', '各地春耕备耕有序推进。', '农资供应充足。'];
  const paragraphs = (lines: readonly string[]): string => lines.join('\n\n');
  for (const foot of ['第１２版晨光日报', 'C４南方都市报']) {
    const page = parsePage(paragraphs([...story, foot]));
    assert.deepEqual(
      page.articles.flatMap((a) => a.blocks.map((b) => b.text)),
      ['各地春耕备耕有序推进。', '农资供应充足。'],
      foot,
    );
    assert.equal(page.meta['paper']?.length, 1, foot);
  }
  // Amid the articles the same run of characters is text: only a page's edges hold its running foot.
  const middle = [
    ...story.slice(0, 3),
    '第１２版晨光日报',
    ...story.slice(3),
    '老街茶馆重新开张',
    '本报记者 周敏',
    '老街茶馆重新开张。',
  ];
  const read = parsePage(paragraphs(middle));
  assert.equal(read.meta['paper'], undefined);
  assert.ok(
    read.articles.some(
      (a) => a.title === '第１２版晨光日报' || a.blocks.some((b) => b.text.includes('第１２版晨光日报')),
    ),
  );
});

test('a Chinese running head whose items a middle dot sets apart is furniture; a name with a middle dot is not', () => {
  const page = parsePage(
    [
      '要闻 · 2025年3月5日 星期三 · 第4版',
      '',
      '马丁·路德·金纪念馆重新开放',
      '',
      '本报讯 记者今天从有关部门获悉，纪念馆经过一年修缮，今天重新向公众开放，参观者络绎不绝。',
    ].join('\n'),
  );
  assert.deepEqual(page.meta.date, ['2025年3月5日 星期三']);
  assert.deepEqual(page.meta.page, ['第4版']);
  assert.equal(page.articles[0]!.title, '马丁·路德·金纪念馆重新开放');
});
