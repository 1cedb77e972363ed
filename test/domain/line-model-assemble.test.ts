// Turning the line model's roles into articles: what the assembly overrules, whatever the model says.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isNewsDatelineHead } from '../../main/domain/page/byline';
import { classifyLines } from '../../main/domain/page/classify-lines';
import { assembleRoles } from '../../main/domain/page/line-model/assemble';
import type { LineLabel } from '../../main/domain/page/line-model/model';
import { splitLines } from '../../main/domain/page/lines';
import { parsePage } from '../../main/domain/page/index';
import { assembleRows, labels, type LabelledRow } from '../support/labelled-rows';

/** The first article's body as read: where its paragraphs open, where they go on, and its other blocks. */
const bodyOf = (rows: readonly LabelledRow[], blankBefore: readonly number[]) =>
  assembleRows(rows, blankBefore).drafts[0]?.body.map((item) =>
    item.kind === 'line' ? (item.opens ? 'opens' : 'goes on') : item.kind,
  );

test('a line that ends with a full stop is never a subhead, though the model calls it one', () => {
  for (const sentence of [
    'Shore named half a dozen other buyers for the company, including two from Europe.',
    '乐队奏响迎宾曲，市民代表列队欢迎。',
  ]) {
    const [draft] = assembleRows([
      ['title', 'Council backs new library'],
      ['para', 'The council voted on Monday to build a new library by the river.'],
      ['subhead', sentence],
      ['para', 'Work will begin in the spring.'],
    ]).drafts;
    assert.deepEqual(
      draft?.body.map((item) => item.kind),
      ['line', 'line', 'line'],
      sentence,
    );
  }
  // A heading stays one.
  const [draft] = assembleRows([
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build a new library by the river.'],
    ['subhead', 'Work begins in spring'],
    ['para', 'Work will begin in the spring.'],
  ]).drafts;
  assert.deepEqual(
    draft?.body.map((item) => item.kind),
    ['line', 'subhead', 'line'],
  );
});

test('a second dateline under a headline is not joined to the first: it stays whole, as printed', () => {
  // The shortest page fast-check found where the two were joined into "新华社北京3月1日电本报讯".
  const text = '!\n（下转第二版）去去\n\n新华社北京3月1日电（记者 周红）\n\n本报讯（记者 陈平）';
  const page = parsePage(text, { roles: 'model' });
  const [article] = page.articles;
  assert.equal(article?.dateline, '新华社北京3月1日电');
  // Whether the model reads it as the article's note, its text or the page's furniture, it is kept as one line.
  const kept = [
    ...(article?.notes ?? []),
    ...(article?.blocks ?? []).map((block) => block.text),
    ...(page.meta?.other ?? []),
  ];
  assert.ok(kept.includes('本报讯（记者 陈平）'), JSON.stringify(page));
});

test('a headline that leaves its bracket open runs on into the next line, though the model starts a subtitle there', () => {
  const { drafts } = assembleRows([
    ['title', '【聚焦乡村振兴 共绘发展新图景'],
    ['subtitle', '——基层一线见闻】山村小路通'],
    ['title', '向致富大道'],
    ['para', '入秋以来，城西县各村加紧修建通村公路。'],
  ]);
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0]?.title, '【聚焦乡村振兴 共绘发展新图景——基层一线见闻】山村小路通向致富大道');
  assert.equal(drafts[0]?.subtitle, null);
});

test('a credit under a photo caption opens the article, and the lines the model ran on as caption are its text', () => {
  const { drafts } = assembleRows([
    ['title', '山村小路通向致富大道'],
    ['caption', '村民在新修的公路旁晾晒秋粮。'],
    ['caption', '本报讯（记者 林晓）：入秋以来，城西'],
    ['caption', '县各村加紧修建通村公路，一条条新'],
    ['caption', '路把山里的果园和镇上的市场连在了一起。'],
  ]);
  const [draft] = drafts;
  assert.deepEqual([draft?.dateline, draft?.byline, draft?.notes], ['本报讯', '记者 林晓', []]);
  assert.deepEqual(
    draft?.body.map((item) => [item.kind, item.text, item.kind === 'line' && item.opens]),
    [
      ['caption', '村民在新修的公路旁晾晒秋粮。', false],
      ['line', '入秋以来，城西', true],
      ['line', '县各村加紧修建通村公路，一条条新', false],
      ['line', '路把山里的果园和镇上的市场连在了一起。', false],
    ],
  );
});

test('a line opening with dashes under a title is its subtitle, and a continuation marker is furniture, whatever the model read', () => {
  const { drafts, meta } = assembleRows([
    ['title', '云岭街道搭起新气象'],
    ['kicker', '——白沙镇的年轻人把闲置的仓库改成了共享书屋'],
    ['title', '（上接第三版）'],
    ['credit', '本报记者 韩晓'],
    ['para', '截至目前，书屋已接待读者两万多人次。'],
  ]);
  assert.equal(drafts.length, 1);
  assert.deepEqual(
    [drafts[0]?.title, drafts[0]?.subtitle, drafts[0]?.byline],
    ['云岭街道搭起新气象', '白沙镇的年轻人把闲置的仓库改成了共享书屋', '本报记者 韩晓'],
  );
  assert.deepEqual(meta['continuation'], ['（上接第三版）']);
});

test('an outlet’s "…消息" that a narrow column cut off its bracket opens the paragraph under it, not the headline', () => {
  const [draft] = assembleRows([
    ['title', '林晓峰会见晨光代表团'],
    ['title', '央视网消息'],
    ['para', '（新闻联播）：江城市人民政府市'],
    ['cont', '长林晓峰24日在江城会见晨光代表团。'],
  ]).drafts;
  assert.equal(draft?.title, '林晓峰会见晨光代表团');
  assert.deepEqual(
    draft?.body.map((item) => (item.kind === 'line' ? [item.text, item.opens] : [item.kind])),
    [
      ['央视网消息', true],
      ['（新闻联播）：江城市人民政府市', false],
      ['长林晓峰24日在江城会见晨光代表团。', false],
    ],
  );
});

test('so does one the column cut inside its bracket; a bracket that runs on into a clause is no dateline’s', () => {
  const { drafts } = assembleRows([
    ['title', '林晓峰会见晨光代表团'],
    ['title', '央视网消息（新闻'],
    ['para', '联播）：江城市人民政府市长林晓峰'],
    ['cont', '24日在江城会见晨光代表团。'],
  ]);
  assert.deepEqual(
    drafts.map((draft) => [draft.title, draft.body.length]),
    [['林晓峰会见晨光代表团', 3]],
  );
  assert.equal(isNewsDatelineHead('央视网消息（新闻联'), true);
  assert.equal(isNewsDatelineHead('央视网消息（新闻联播）'), true);
  assert.equal(isNewsDatelineHead('央视网消息（新闻，江城市人民政府'), false);
});

test('a headline’s last characters that an extractor set on the dateline’s line go back to the headline', () => {
  const { drafts } = assembleRows([
    ['title', '江城港口货物吞吐'],
    ['title', '量连续三个月上'],
    ['para', '升央视网消息（新闻联播）：江城港'],
    ['cont', '口管理局今天发布统计数据。'],
    ['title', '江城新码头启用'],
    ['para', '央视网消息（新闻联播）：江城市政'],
    ['cont', '府发布通告。'],
  ]);
  assert.deepEqual(
    drafts.map((d) => [d.title, d.body[0]?.kind === 'line' ? d.body[0].text : null]),
    [
      ['江城港口货物吞吐量连续三个月上升', '央视网消息（新闻联播）：江城港'],
      // No other line opens with "视网消息": the line stays as it is.
      ['江城新码头启用', '央视网消息（新闻联播）：江城市政'],
    ],
  );
});

test('"subhead" lines running straight into a title are the headline’s first lines', () => {
  const { drafts } = assembleRows([
    ['title', '江城沿江湿地完成保护范围划定'],
    ['para', '央视网消息（新闻联播）：范围划定工作已经完成。'],
    ['subhead', '江城多个社区志愿'],
    ['subhead', '者自发组织清理河'],
    ['title', '道两岸的垃圾'],
    ['para', '央视网消息（新闻联播）：清理仍在继续。'],
  ]);
  assert.deepEqual(
    drafts.map((d) => d.title),
    ['江城沿江湿地完成保护范围划定', '江城多个社区志愿者自发组织清理河道两岸的垃圾'],
  );
});

test('a "caption" carried on past a blank line after its sentence ended is the text under the caption', () => {
  const text = [
    'COUNCIL BACKS NEW LIBRARY',
    'The library will stand on the old market square.',
    '',
    'The council voted on Monday in Leeds',
    'to build a new library by the river, its',
    'first new public building in twenty years.',
  ].join('\n');
  const roles = ['title', 'caption', 'caption', 'caption', 'caption'] as const;
  const lines = classifyLines(splitLines(text));
  const [draft] = assembleRoles(lines, labels(roles)).drafts;
  assert.deepEqual(
    draft?.body.map((item) => [item.kind, item.kind === 'line' && item.opens]),
    [
      ['caption', false],
      ['line', true],
      ['line', false],
      ['line', false],
    ],
  );
  // Two lines after the blank may be a second caption: they stay caption.
  const short = text.split('\n').slice(0, 5).join('\n');
  const [kept] = assembleRoles(classifyLines(splitLines(short)), labels(roles.slice(0, 4))).drafts;
  assert.deepEqual(
    kept?.body.map((item) => item.kind),
    ['caption'],
  );
});

test('a "paragraph" after a blank line that cut a sentence goes on with the paragraph above', () => {
  const rows = [
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build a library,'],
    ['para', 'its first new public building in twenty years.'],
    ['para', 'It will cost 12 million dlrs and take up to'],
    ['para', '18 months to build on the old market square.'],
  ] as const;
  // Blank lines where a column ended: after a comma, and before a line running on in lower case.
  assert.deepEqual(bodyOf(rows, [2, 4]), ['opens', 'goes on', 'opens', 'goes on']);
});

test('a "caption" after a blank line that cut a sentence at "the" goes on with the paragraph, past a page number', () => {
  const rows = [
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build it by the'],
    ['furniture', 'B8'],
    ['caption', 'River Aire, its first new public building in'],
    ['caption', 'twenty years.'],
    ['para', 'Work will begin in the spring.'],
  ] as const;
  // Blank lines round the page number the column break left between the two halves of the sentence.
  assert.deepEqual(bodyOf(rows, [2, 3]), ['opens', 'goes on', 'goes on', 'opens']);
  // A caption set inside the sentence, which goes on in lower case under it, stays a caption.
  const inside: (readonly [LineLabel, string])[] = [
    ...rows.slice(0, 5),
    ['cont', 'and it will open next year.'],
  ];
  assert.deepEqual(bodyOf(inside, [2, 3]), ['opens', 'caption', 'goes on']);
});

test('two headlines of several lines each, a blank line apart, are two articles, except in columns read back', () => {
  const titles = ['江城宣布港口进入', '防汛状态', '', '江城新建跨江大桥', '通过竣工验收'];
  const text = [...titles, '本报讯 大桥今天通过验收。'].join('\n');
  const roles = labels(['title', 'title', 'title', 'title', 'para']);
  const lines = classifyLines(splitLines(text));
  assert.deepEqual(
    assembleRoles(lines, roles).drafts.map((d) => d.title),
    ['江城宣布港口进入防汛状态', '江城新建跨江大桥通过竣工验收'],
  );
  assert.deepEqual(
    assembleRoles(lines, roles, Infinity).drafts.map((d) => d.title),
    ['江城宣布港口进入防汛状态江城新建跨江大桥通过竣工验收'],
  );
  // A last word set on its own after a blank (as OCR leaves it) goes on with its headline.
  const ocr = classifyLines(
    splitLines('FERRY FUND AID SEEN\nEXTENDED TO OTHER\n\nHARBOURS\nLAKEPORT - Councillors met.'),
  );
  const ocrRoles = labels(['title', 'title', 'title', 'para']);
  assert.deepEqual(
    assembleRoles(ocr, ocrRoles).drafts.map((d) => d.title),
    ['FERRY FUND AID SEEN EXTENDED TO OTHER HARBOURS'],
  );
});

// pdftotext takes a dash at a line's end for a hyphen and drops it, joining the next line: "NEW YORK, March 11 -"
// over "The company said" comes out "NEW YORK, March 11 The company said".
test('a dateline whose dash was dropped is still the dateline: a place in capitals and a date open the story', () => {
  const text = [
    'HARBOUR BOARD APPROVES',
    'NEW PIER',
    'PORTSMOUTH, May 2 The harbour board approved a new pier on',
    'Monday after a year of talks with the fishing fleet.',
    'Work will begin in the spring.',
    'FARMERS EXPECT',
    'EARLY HARVEST',
    'YORK, Aug 3 Farmers in the county expect the earliest harvest',
    'in a decade after a warm and wet summer.',
  ].join('\n');
  const { articles } = parsePage(text, { roles: 'model' });
  assert.deepEqual(
    articles.map((a) => [a.title, a.dateline, a.blocks[0]?.text.slice(0, 20)]),
    [
      ['HARBOUR BOARD APPROVES NEW PIER', 'PORTSMOUTH, May 2', 'The harbour board ap'],
      ['FARMERS EXPECT EARLY HARVEST', 'YORK, Aug 3', 'Farmers in the count'],
    ],
  );
  // Not a dateline: a place not in capitals, or a sentence going on in lower case.
  for (const line of ['London, March 12 The', 'IBM, March 3 said it would']) {
    const [first] = parsePage(`COUNCIL VOTES\n${line} go on.`, { roles: 'model' }).articles;
    assert.equal(first?.dateline ?? null, null, line);
  }
});

test('a "title" line set apart under a headline that runs on into the text is the text’s first line', () => {
  const rows = [
    ['title', '江城特大暴雨汛情严峻 抢险加紧进行'],
    ['title', '江城市防汛抗旱指挥部11日发布最'],
    ['cont', '新统计数据显示，暴雨已造成188户受'],
    ['cont', '灾、1677人转移。'],
  ] as const;
  const [draft] = assembleRows(rows, [1]).drafts;
  assert.equal(draft?.title, '江城特大暴雨汛情严峻 抢险加紧进行');
  assert.deepEqual(bodyOf(rows, [1]), ['opens', 'goes on', 'goes on']);
  // With no blank between them, the two lines are one headline wrapped, as the model read.
  assert.equal(
    assembleRows(rows).drafts[0]?.title,
    '江城特大暴雨汛情严峻 抢险加紧进行江城市防汛抗旱指挥部11日发布最',
  );
});

test('"title" lines set apart under a headline by a blank or a paragraph indent, wrapped into the text, open it', () => {
  const rows = [
    ['title', 'Spring Potato Crop Estimated'],
    ['title', 'The farm ministry estimated this spring potato crop,'],
    ['title', 'based on conditions on the first of April, at nineteen'],
    ['cont', 'million hundredweight against twenty a year ago.'],
    ['para', 'The ministry put the area for harvest at seventy-nine'],
    ['cont', 'thousand acres, about the same as last year.'],
  ] as const;
  assert.equal(assembleRows(rows, [1]).drafts[0]?.title, 'Spring Potato Crop Estimated');
  assert.deepEqual(bodyOf(rows, [1]), ['opens', 'goes on', 'goes on', 'opens', 'goes on']);
  // Where the text indents its paragraphs, the indent sets the text apart as a blank does.
  const indented = rows.map(([label, line], i) => [label, i === 1 || i === 4 ? `  ${line}` : line] as const);
  const more = [
    ['para', '  Growers said the crop would come in a week early this'],
    ['cont', 'year, after a mild and dry winter.'],
  ] as const;
  assert.equal(assembleRows([...indented, ...more]).drafts[0]?.title, 'Spring Potato Crop Estimated');
  // A headline's second line, narrower than the text under it, stays the headline's.
  const headline = [
    ['title', 'Spring Potato Crop'],
    ['title', 'Estimated Lower'],
    ['para', 'The farm ministry estimated this spring potato crop at'],
    ['cont', 'nineteen million hundredweight.'],
  ] as const;
  assert.equal(assembleRows(headline, [1]).drafts[0]?.title, 'Spring Potato Crop Estimated Lower');
});

test('a text’s first line the model took for furniture is its title, and the text under it is read under a title', () => {
  const rows = [
    ['furniture', 'Spring Potato Crop Estimated'],
    ['title', 'The farm ministry estimated this spring potato crop,'],
    ['cont', 'based on conditions on the first of April, at nineteen'],
    ['cont', 'million hundredweight against twenty a year ago.'],
  ] as const;
  const [draft] = assembleRows(rows, [1]).drafts;
  assert.equal(draft?.title, 'Spring Potato Crop Estimated');
  assert.deepEqual(bodyOf(rows, [1]), ['opens', 'goes on', 'goes on']);
});

test('a text’s first line over a line read as a headline, and shaped as one, is the page’s label, not the title', () => {
  const rows = [
    ['furniture', '本埠快讯'],
    ['title', '港口疏浚工程春季开工'],
    ['para', '央视网消息（新闻联播）：北部港区航道疏浚工程将于四月开工，工期两年。'],
  ] as const;
  assert.equal(assembleRows(rows, [1, 2]).drafts[0]?.title, '港口疏浚工程春季开工');
});

test('a few bare Chinese characters set apart over a wider headline name the box every item under them stands in', () => {
  const rows = [
    ['para', '会议还听取了有关工作报告。'],
    ['title', '短讯'],
    ['subtitle', '林晓峰会见晨光市人大常委会主任'],
    ['para', '央视网消息（新闻联播）：江城市长林晓峰24日在江城会见主任。'],
    ['title', '多地持续开展春耕生产'],
    ['para', '央视网消息（新闻联播）：各地春耕生产正有序推进。'],
  ] as const;
  const { drafts } = assembleRows(rows, [1]);
  assert.deepEqual(
    drafts.map((d) => [d.section, d.title, d.kicker]),
    [
      [null, '', null],
      ['短讯', '林晓峰会见晨光市人大常委会主任', null],
      ['短讯', '多地持续开展春耕生产', null],
    ],
  );
  // A kicker that says something (punctuation, or wider than a box's name) stays the headline's kicker.
  for (const kicker of ['春潮涌动——', '春耕备耕正当时']) {
    const [draft] = assembleRows(
      [['kicker', kicker], ['title', '林晓峰会见晨光市人大常委会主任'], ...rows.slice(3)],
      [],
    ).drafts;
    assert.deepEqual([draft?.section, draft?.kicker], [null, kicker.replace(/—+$/, '')], kicker);
  }
});

test('in text typed a paragraph to a line, a "caption" in the run of the text is one only when it credits a photo', () => {
  const rows = (caption: string): [LineLabel, string][] => [
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build a new library by the river.'],
    ['para', 'The library will hold a reading room and a children’s floor.'],
    ['caption', caption],
    ['para', 'Work will begin in the spring and take two years.'],
  ];
  const kinds = (caption: string) => assembleRows(rows(caption)).drafts[0]?.body.map((item) => item.kind);
  assert.deepEqual(kinds('The mayor thanked the residents who had asked for it.'), [
    'line',
    'line',
    'line',
    'line',
  ]);
  assert.deepEqual(kinds('The site by the river on Monday. Photo: Anna Walker/Reuters'), [
    'line',
    'line',
    'caption',
    'line',
  ]);
  assert.deepEqual(
    assembleRows([
      ['title', '新馆开工建设'],
      ['para', '市议会周一表决通过，在河边新建一座图书馆。'],
      ['para', '新馆将设阅览室和少儿阅读区。'],
      ['caption', '图为新馆效果图。（资料图片）'],
      ['para', '工程将于明年春天开工，工期两年。'],
    ]).drafts[0]?.body.map((item) => item.kind),
    ['line', 'line', 'caption', 'line'],
  );
  // Under the headline, where a lead photo's caption stands, it stays one: no paragraph stands there.
  assert.deepEqual(
    assembleRows([
      ['title', 'Council backs new library'],
      ['caption', 'The mayor thanked the residents who had asked for it.'],
      ['para', 'The council voted on Monday to build a new library by the river.'],
      ['para', 'Work will begin in the spring and take two years.'],
    ]).drafts[0]?.body.map((item) => item.kind),
    ['caption', 'line', 'line'],
  );
});

test('in text typed a paragraph to a line, a run of "captions" is paragraphs, but for the lines that credit a photo', () => {
  const body = (rows: readonly LabelledRow[]) =>
    assembleRows(rows).drafts[0]?.body.map((item) => [item.kind, item.text.slice(0, 12)]);
  // A caption there is one line: the finished sentences the model ran into it are the story's paragraphs.
  assert.deepEqual(
    body([
      ['title', 'Council backs new library'],
      ['para', 'The council voted on Monday to build a new library by the river.'],
      ['caption', 'The library will hold a reading room and a children’s floor.'],
      ['caption', 'Work will begin in the spring and take two years.'],
      ['caption', 'The site by the river on Monday. Photo: Anna Walker/Reuters'],
    ]),
    [
      ['line', 'The council '],
      ['line', 'The library '],
      ['line', 'Work will be'],
      ['caption', 'The site by '],
    ],
  );
  // Under the headline the run's first line is the lead photo's caption, and the text follows it.
  assert.deepEqual(
    body([
      ['title', '新馆开工建设'],
      ['caption', '新馆效果图在市政厅展出。'],
      ['caption', '市议会周一表决通过，在河边新建一座图书馆。'],
      ['caption', '工程将于明年春天开工，工期两年。'],
    ]),
    [
      ['caption', '新馆效果图在市政厅展出。'],
      ['line', '市议会周一表决通过，在河'],
      ['line', '工程将于明年春天开工，工'],
    ],
  );
});

test('in text typed a paragraph to a line, a run of "title" lines is the headline group, one part to a line', () => {
  const page = () =>
    assembleRows([
      ['title', 'The Morning Ledger'],
      ['title', 'Oil prices'],
      ['title', 'Opec ministers agree to cut output'],
      ['para', 'Ministers meeting in Vienna agreed on Tuesday to cut output by a tenth.'],
      ['para', 'The cut will take effect next month, they said.'],
      ['para', 'Prices rose three percent on the news.'],
    ]);
  const { drafts, meta } = page();
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0]?.title, 'Opec ministers agree to cut output');
  assert.equal(drafts[0]?.kicker, 'Oil prices');
  assert.deepEqual(meta.other, ['The Morning Ledger']);
  // Text wrapped at a column's width wraps its headlines too: there the run is one title.
  const wrapped = assembleRoles(
    classifyLines(
      splitLines(
        'Opec ministers agree to\ncut output from next\nmonth\nMinisters meeting in Vienna agreed on Tuesday to cut\noutput by a tenth. The cut will take effect next month,\nthey said. Prices rose three percent on the news, and\ntraders expect',
      ),
    ),
    labels(['title', 'title', 'title', 'para', 'cont', 'cont', 'cont']),
  );
  assert.equal(wrapped.drafts[0]?.title, 'Opec ministers agree to cut output from next month');
});

test('in text typed a paragraph to a line, two "title" lines under the kicker are the headline and its deck', () => {
  const { drafts } = assembleRows([
    ['kicker', 'Harbour news'],
    ['title', 'Lakeport ferry sails again after six weeks'],
    ['title', 'Repairs cost more than the town had set aside'],
    ['para', 'The harbour ferry to Kestrel Island sailed again on Monday.'],
    ['para', 'It had been laid up for six weeks.'],
    ['para', 'Bookings for the summer were already full, the harbour office said.'],
    ['para', 'A second ferry is to join the route in the autumn.'],
  ]);
  assert.equal(drafts.length, 1);
  assert.equal(drafts[0]?.kicker, 'Harbour news');
  assert.equal(drafts[0]?.title, 'Lakeport ferry sails again after six weeks');
  assert.equal(drafts[0]?.subtitle, 'Repairs cost more than the town had set aside');
});

test('in text typed a paragraph to a line, a line the model read as going on opens a paragraph under a finished sentence', () => {
  const rows: LabelledRow[] = [
    ['title', '城东新建三座口袋公园'],
    ['para', '本报讯今年以来，城东街道利用边角地新建三座口袋公园，周边居民出门就能见绿。'],
    ['cont', '街道负责人介绍，明年还将改造两处街心花园，并增设健身步道和儿童游乐设施，'],
    ['cont', '让老城区的居民也能就近散步健身。'],
    ['para', '不少居民说，傍晚带孩子到公园散步，多了一个好去处。'],
  ];
  // The third line goes on from a line that breaks off at a comma: a paragraph broken where it was typed.
  assert.deepEqual(bodyOf(rows, []), ['opens', 'opens', 'goes on', 'opens']);
});

test('the paper’s name printed again further down the page is furniture there too, not a kicker over the article under it', () => {
  const { drafts, meta } = assembleRows([
    ['furniture', 'Monday, April 11, 2016'],
    ['furniture', 'The Valley Post'],
    ['title', 'Harbour board approves new pier'],
    ['para', 'PORTSMOUTH, March 3 - The harbour board said on Tuesday it had approved'],
    ['cont', 'plans for a new pier at the eastern end of the port.'],
    ['kicker', 'The Valley Post'],
    ['title', 'Farmers expect early harvest'],
    ['para', 'YORK, March 3 - Farmers across the county expect to bring in'],
    ['cont', 'their wheat two weeks early after a warm and dry spring.'],
  ]);
  assert.deepEqual(
    drafts.map((d) => [d.kicker, d.title]),
    [
      [null, 'Harbour board approves new pier'],
      [null, 'Farmers expect early harvest'],
    ],
  );
  assert.deepEqual(
    Object.values(meta)
      .flat()
      .filter((v) => v === 'The Valley Post').length,
    2,
  );
});

test('lines standing alone over a headline of several lines are its kicker if label-sized or as wide; a headline stays one', () => {
  const story: LabelledRow[] = [
    ['title', 'COUNCIL TO'],
    ['title', 'REVIEW BUS'],
    ['title', 'ROUTES'],
    ['para', 'LEEDS, May 2 - The council said on Friday it would review'],
    ['cont', 'every bus route in the city before the summer.'],
  ];
  const read = (above: readonly string[]) => {
    const rows: LabelledRow[] = [...above.map((line): LabelledRow => ['title', line]), ...story];
    // Every line above the story stands between blanks.
    return assembleRows(
      rows,
      [...above.keys()].map((k) => k + 1),
    ).drafts.map((d) => [d.kicker, d.title]);
  };
  // A paper's name and a box's label, each a line of its own (as pdftotext sets blocks apart).
  assert.deepEqual(read(['Northern Star', 'Briefly']), [
    ['Northern Star Briefly', 'COUNCIL TO REVIEW BUS ROUTES'],
  ]);
  // Set in smaller type, a kicker of three words takes as many characters as the headline's widest line.
  assert.deepEqual(read(['CITY HALL’S PLANNERS']), [
    ['CITY HALL’S PLANNERS', 'COUNCIL TO REVIEW BUS ROUTES'],
  ]);
  // A headline over a deck wrapped wider than it is no kicker: the two stand apart.
  const { drafts } = assembleRows(
    [
      ['title', 'Council Will Look Again at Every Route'],
      ['title', 'The council has spent two years on plans for new routes across the river and'],
      ['title', 'the hills'],
      ...story.slice(3),
    ],
    [1],
  );
  assert.deepEqual([drafts[0]?.kicker, drafts[0]?.title], [null, 'Council Will Look Again at Every Route']);
});

test('"paragraph" lines after a blank that end no sentence right over a dated dateline are the headline of its story', () => {
  const story: LabelledRow[] = [
    ['title', 'Port strike ends'],
    ['para', 'HULL, May 2 - Dock workers voted on Friday to'],
    ['cont', 'return to work after a week.'],
  ];
  const over = (lines: readonly string[]) =>
    assembleRows(
      [
        ...story,
        ...lines.map((line, k): LabelledRow => [k === 0 ? 'para' : 'cont', line]),
        ['para', 'YORK, June 3 - Output at the county’s'],
        ['cont', 'mills will rise this year.'],
      ],
      [story.length],
    ).drafts.map((d) => d.title);
  assert.deepEqual(over(['Mill output seen', 'rising in', '1990']), [
    'Port strike ends',
    'Mill output seen rising in 1990',
  ]);
  // A sentence ended over the dateline is text; so is a place's first word, broken off the dateline's line.
  for (const lines of [['Output was seen rising.'], ['NEW']])
    assert.deepEqual(over(lines), ['Port strike ends'], lines.join(' / '));
});

test('in text whose blanks set its paragraphs apart, a lone Latin "paragraph" that ends no sentence is a headline', () => {
  const rows: LabelledRow[] = [
    ['title', 'Council backs new library'],
    ['para', 'The council voted on Monday to build a new library by the river.'],
    ['para', 'Work will begin in the spring and end next year.'],
    ['para', 'Mill Opens Shop in Old Weaving Shed'],
    ['cont', 'The old mill opened a shop for its cloth on'],
    ['cont', 'Saturday, selling to visitors.'],
    ['para', 'Its owners said trade was brisk.'],
    ['para', 'They plan a cafe next.'],
    ['para', 'A second shop may follow.'],
  ];
  const titles = (blankBefore: number[]) => assembleRows(rows, blankBefore).drafts.map((d) => d.title);
  assert.deepEqual(titles([1, 2, 3, 4, 6, 7, 8]), [
    'Council backs new library',
    'Mill Opens Shop in Old Weaving Shed',
  ]);
  // Where paragraphs run on without blanks between them, a blank says nothing of what stands between two.
  assert.deepEqual(titles([3, 4]), ['Council backs new library']);
});

test('a Chinese line two characters short of the column, under a sentence’s end, opens a paragraph whose indent the extractor dropped', () => {
  const rows = (opening: string): LabelledRow[] => [
    ['title', '老街茶馆重新开张'],
    ['para', '经过半年修缮，老街上的百年茶馆日前重'],
    ['cont', '新开张，首日接待茶客一千二百余人次。'],
    ['cont', opening],
    ['cont', '木结构，只更换了屋顶的瓦片和破损的楼'],
    ['cont', '板，力求让老茶客找回熟悉的感觉和味道'],
    ['cont', '。'],
  ];
  // Two characters short: the paragraph's first line, set in by two; as wide as the column: the text going on.
  assert.deepEqual(bodyOf(rows('茶馆负责人介绍，修缮保留了原有的'), []), [
    'opens',
    'goes on',
    'opens',
    'goes on',
    'goes on',
    'goes on',
  ]);
  assert.deepEqual(bodyOf(rows('茶馆负责人介绍，修缮保留了原有的老'), [])?.[2], 'goes on');
  // Under lines an extractor spaced out to the column's width, the width says nothing.
  const spaced = rows('茶馆负责人介绍，修缮保留了原有的');
  spaced[4] = ['cont', '木 结 构 ， 只 更 换 了 屋 顶 的 瓦 片'];
  assert.deepEqual(bodyOf(spaced, [])?.[2], 'goes on');
});

test('a two-line paragraph’s first line, two characters short of the column the paragraph above fills, opens it', () => {
  const rows = (opening: string, closing: string): LabelledRow[] => [
    ['title', '老街茶馆重新开张'],
    ['para', '经过半年修缮，老街上的百年茶馆日前重'],
    ['cont', '新开张，首日接待茶客一千二百余人次，'],
    ['cont', '不少老茶客一早就在门口排起了长队。'],
    ['cont', opening],
    ['cont', closing],
  ];
  assert.deepEqual(bodyOf(rows('茶馆负责人介绍，修缮保留了原有的', '木结构。'), []), [
    'opens',
    'goes on',
    'goes on',
    'opens',
    'goes on',
  ]);
  // As wide as the line under it that goes on, it is not set in: the column is narrower there.
  const narrowColumn = rows('茶馆负责人介绍，修缮保留了原有的', '木结构，只更换了屋顶的瓦片和破');
  assert.deepEqual(bodyOf([...narrowColumn, ['cont', '损的楼板。']], [])?.[3], 'goes on');
  // Short of the column by a number that did not fit on it: the sentence goes on.
  assert.deepEqual(bodyOf(rows('茶馆负责人介绍，这次修缮共花费了', '1200万元。'), [])?.[3], 'goes on');
});
