// Captions that a PDF extractor set inside a column's flow, told only by the credit that closes them, whatever
// the line model read there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { BodyItem } from '../../main/domain/page/draft';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const HEAD: LabelledRow[] = [
  ['title', 'Ferry traffic rises'],
  ['para', 'LAKEPORT, March 2 - Lakeport’s ferry'],
  ['cont', 'traffic rose to 3.66 mln trips,'],
  ['cont', 'the harbour board said.'],
];

/** The body as a reader gets it: captions, and where each paragraph opens. `head`: the rows over `rows`. */
function body(
  rows: readonly LabelledRow[],
  blankBefore: readonly number[] = [],
  head: readonly LabelledRow[] = HEAD,
): string[] {
  const blanks = blankBefore.map((row) => row + head.length);
  const [draft] = assembleRows([...head, ...rows], blanks).drafts;
  return (draft?.body ?? []).map((item: BodyItem) =>
    item.kind === 'caption'
      ? `caption: ${item.text}`
      : `${item.kind === 'line' && item.opens ? '¶ ' : ''}${item.text}`,
  );
}

test('a caption read as running text up to a credit a line break cut is a caption, and the text goes on under it', () => {
  // The break falls after "by" or before it.
  for (const [line, tail] of [
    ['crews were in the dark. Photograph by', 'Ines Calloway'],
    ['crews were in the dark. Photograph', 'by Ines Calloway'],
  ] as const)
    assert.deepEqual(
      body([
        ['para', 'The harbour master said'],
        ['cont', line],
        ['cont', tail],
        ['cont', 'Total crossings in the first four'],
        ['cont', 'months were 2.71 mln trips.'],
      ]),
      [
        '¶ LAKEPORT, March 2 - Lakeport’s ferry',
        'traffic rose to 3.66 mln trips,',
        'the harbour board said.',
        'caption: The harbour master said crews were in the dark. Photograph by Ines Calloway',
        '¶ Total crossings in the first four',
        'months were 2.71 mln trips.',
      ],
      tail,
    );
});

test('a credit read as the whole caption takes the caption’s sentence above it, which opened a paragraph', () => {
  const read = body([
    ['para', 'The operator gave no'],
    ['cont', 'details on its winter'],
    ['cont', 'timetable changes.'],
    ['caption', 'Photo: Nadia Pellow/Tidal'],
    ['caption', 'Images'],
    ['para', 'The board also approved'],
    ['cont', 'two new landing stages.'],
  ]);
  assert.ok(
    read.includes(
      'caption: The operator gave no details on its winter timetable changes. Photo: Nadia Pellow/Tidal Images',
    ),
    read.join('\n'),
  );
  assert.ok(read.includes('¶ The board also approved'), read.join('\n'));
});

test('a caption the model ran on past its credit stops there, and the story under it opens a paragraph', () => {
  const read = body([
    ['caption', 'Our crew is no exception, Pellow said. Photo: Tomas Brack/Harbourline'],
    ['caption', 'MILLBROOK,'],
    ['caption', 'March 26 - The town’s ferry board'],
    ['caption', 'revised its timetable.'],
  ]);
  assert.ok(read.includes('caption: Our crew is no exception, Pellow said. Photo: Tomas Brack/Harbourline'));
  assert.ok(read.includes('¶ MILLBROOK, March 26 - The town’s ferry board'), read.join('\n'));
  assert.ok(!read.some((line) => line.startsWith('caption: MILLBROOK')));
});

test('past a blank line, the story under a credited caption is text, and a credit’s last word is the caption’s', () => {
  const read = body(
    [
      ['caption', 'He noted the rise in fares. Photograph by Ines Calloway'],
      ['caption', 'LAKEPORT, April'],
      ['para', '7 - The Harbour Museum said'],
    ],
    [0, 1],
  );
  assert.ok(
    read.includes('caption: He noted the rise in fares. Photograph by Ines Calloway'),
    read.join('\n'),
  );
  assert.ok(read.includes('¶ LAKEPORT, April 7 - The Harbour Museum said'), read.join('\n'));
  // OCR set the photographer's surname apart with a blank line.
  const ocr = body(
    [
      ['caption', 'The fare was 32.55 dlrs per crossing. Photo: Tomas'],
      ['caption', 'Brack'],
      ['para', 'GREYHAVEN, April 9 - The council'],
    ],
    [0, 1, 2],
  );
  assert.ok(
    ocr.includes('caption: The fare was 32.55 dlrs per crossing. Photo: Tomas Brack'),
    ocr.join('\n'),
  );
});

test('an agency’s credit in capitals over a blank line and the next story’s label closes its caption there', () => {
  const read = body(
    [
      ['para', 'The four harbour cranes also'],
      ['cont', 'moved 832,222 containers,'],
      ['cont', 'up 2.5 pct on last year.'],
      ['caption', 'LENA MARSH/KESTREL'],
      ['kicker', 'COMMENT'],
      ['title', 'FERRY FARES SET TO RISE'],
      ['para', 'LAKEPORT, May 2 - Fares on the lake'],
    ],
    [0, 4],
  );
  assert.ok(
    read.includes(
      'caption: The four harbour cranes also moved 832,222 containers, up 2.5 pct on last year. LENA MARSH/KESTREL',
    ),
    read.join('\n'),
  );
});

test('text that only looks like a credit, or a whole caption under a finished sentence, leaves the text as read', () => {
  const shipping: LabelledRow[] = [
    ['para', 'Pellow said the line will move'],
    ['cont', 'the boats of its'],
    ['cont', 'Lakeport/Isles/Bayside Service'],
    ['cont', 'to Kestrel Ferries.'],
  ];
  assert.ok(!body(shipping).some((line) => line.startsWith('caption:')));
  // A whole caption set inside a sentence that goes on under it takes none of the sentence.
  const interrupted = body([
    ['para', '在一次夜间巡检中，林小舟在'],
    ['caption', '去年江城码头货物吞吐量超过17000'],
    ['caption', '万吨。　新华社记者　江一帆　摄'],
    ['cont', '40多米高的塔架上检修线路故障。'],
  ]);
  assert.ok(interrupted.includes('caption: 去年江城码头货物吞吐量超过17000万吨。　新华社记者　江一帆　摄'));
  assert.ok(interrupted.includes('¶ 在一次夜间巡检中，林小舟在'), interrupted.join('\n'));
  const [draft] = assembleRows([
    ['title', '江城举办第三届龙舟文化节'],
    ['para', '组委会表示，江城的龙舟赛事历史十分悠久。'],
    ['para', '张晨、李岚、王海峰等参加开幕式。'],
    ['caption', '图为“同舟共济，奋楫争先。”　陈乐安　摄'],
  ]).drafts;
  assert.deepEqual(
    draft?.body.map((item) => [item.kind, item.text]),
    [
      ['line', '组委会表示，江城的龙舟赛事历史十分悠久。'],
      ['line', '张晨、李岚、王海峰等参加开幕式。'],
      ['caption', '图为“同舟共济，奋楫争先。”　陈乐安　摄'],
    ],
  );
});

test('a short line that only closes the bracket the line above opened goes with that line: a credit’s rest, not a headline', () => {
  const titles = (rows: readonly LabelledRow[]): string[] =>
    assembleRows([['title', '江边新修步道今天开放'], ...rows]).drafts.map((draft) => draft.title);
  const captioned = assembleRows([
    ['title', '江边新修步道今天开放'],
    ['caption', '图为市民在新修的江边步道上散步。'],
    ['title', '（本报记者'],
    ['title', '林海摄）'],
    ['para', '本报讯新修的江边步道今天起向市民开放，'],
    ['cont', '全长十二公里。'],
  ]).drafts;
  assert.equal(captioned.length, 1);
  assert.deepEqual(
    captioned[0]!.body.filter((item) => item.kind === 'caption').map((item) => item.text),
    ['图为市民在新修的江边步道上散步。（本报记者林海摄）'],
  );
  // Running text keeps its note; a headline's own bracket (no sentence ends before it) stays the headline's.
  assert.deepEqual(
    titles([
      ['para', '步道沿线设有十处休息点。（资'],
      ['title', '料图片）'],
      ['para', '明年还将修建第二期。'],
    ]),
    ['江边新修步道今天开放'],
  );
  assert.deepEqual(
    titles([
      ['para', '步道沿线设有十处休息点。'],
      ['title', '关于步道开放时间的通知（第'],
      ['title', '二批）'],
      ['para', '步道每天早六点开放。'],
    ]),
    ['江边新修步道今天开放', '关于步道开放时间的通知（第二批）'],
  );
});

test('a caption set in a long paragraph’s column, its credit cut by a line break, opens under the last finished sentence', () => {
  const story: LabelledRow[] = [
    ['title', '滨江步道今天开放'],
    ['para', '本报讯江城新修的滨江步道'],
    ...Array.from({ length: 12 }, (_, n): LabelledRow => [
      'cont',
      `沿线第${'一二三四五六七八九十'[n % 10]}段设有休息亭和`,
    ]),
    ['cont', '饮水点，今天起向市民开放。'],
    ['cont', '在滨江步道北段，市民正'],
    ['cont', '沿着新栽的银杏林散步。 新华'],
    ['caption', '社记者 林海 摄'],
    ['para', '步道全长十二公里。'],
  ];
  const [draft] = assembleRows(story).drafts;
  const read = (draft?.body ?? []).map((item) => `${item.kind === 'caption' ? 'caption: ' : ''}${item.text}`);
  assert.ok(
    read.includes('caption: 在滨江步道北段，市民正沿着新栽的银杏林散步。 新华社记者 林海 摄'),
    read.join('\n'),
  );
  assert.ok(read.includes('饮水点，今天起向市民开放。'), read.join('\n'));
  assert.ok(read.includes('步道全长十二公里。'), read.join('\n'));
});

test('a surname that a line break cut from its credit is the caption’s, whatever the model read it as', () => {
  for (const [role, blanks] of [
    ['kicker', []],
    ['section', [1]],
  ] as const) {
    const rows: LabelledRow[] = [
      ['caption', 'The new ferry on its first crossing. Photograph by Ines'],
      [role, 'Calloway'],
      ['para', 'The harbour board said the second'],
      ['cont', 'ferry would follow in May.'],
    ];
    const { drafts } = assembleRows(
      [...HEAD, ...rows],
      [...blanks].map((row) => row + HEAD.length),
    );
    assert.equal(drafts.length, 1, `${role}: ${drafts.map((d) => d.title).join(' | ')}`);
    const read = body(rows, blanks);
    assert.ok(
      read.includes('caption: The new ferry on its first crossing. Photograph by Ines Calloway'),
      `${role}:\n${read.join('\n')}`,
    );
  }
  // A whole credit: the label under it heads the next story.
  const { drafts } = assembleRows([
    ...HEAD,
    ['caption', 'The new ferry on its first crossing. Photo: Lena Marsh/Kestrel'],
    ['section', 'Sports'],
    ['title', 'Lakeport rowers win the lake race'],
    ['para', 'The town’s crew won by a length.'],
  ]);
  assert.equal(drafts.length, 2);
  assert.equal(drafts[1]!.section, 'Sports');
});

test('a caption under a story’s dated opening starts under its finished sentence: the dateline opens the text', () => {
  const story: LabelledRow[] = [
    ['title', '滨江步道今天开放'],
    ['para', '新华社江城3月2日电 江城新修的滨江步道'],
    ['cont', '今天起向市民开放，步道全长十二公里。'],
    ['cont', '市民们沿着新栽的银杏林在步道上散步。'],
    ['caption', '（本报记者林海摄）'],
    ['para', '步道沿线设有休息亭和饮水点，每隔五百'],
    ['cont', '米设一处，夜间有路灯照明，方便市民。'],
  ];
  assert.deepEqual(body(story, [], []), [
    '¶ 新华社江城3月2日电 江城新修的滨江步道',
    '今天起向市民开放，步道全长十二公里。',
    'caption: 市民们沿着新栽的银杏林在步道上散步。（本报记者林海摄）',
    '¶ 步道沿线设有休息亭和饮水点，每隔五百',
    '米设一处，夜间有路灯照明，方便市民。',
  ]);
});

test('a Chinese credit on a line of its own that the model read as a heading closes the caption above it', () => {
  const head: LabelledRow[] = [
    ['title', '江城新建三座跨江大桥'],
    ['para', '记者昨天从市交通局了解到，三座大桥'],
    ['cont', '将于明年通车。'],
  ];
  for (const role of ['subhead', 'title', 'credit'] as const) {
    const read = body(
      [
        ['cont', '工人在桥面上铺设最后一段钢箱梁，吊车把'],
        ['cont', '梁段缓缓送上桥墩。'],
        [role, '黎明 摄'],
        ['para', '大桥建成后，两岸往来的时间将缩短'],
        ['cont', '一半。'],
      ],
      [0],
      head,
    );
    assert.ok(
      read.includes('caption: 工人在桥面上铺设最后一段钢箱梁，吊车把梁段缓缓送上桥墩。黎明 摄'),
      `${role}: ${read.join('\n')}`,
    );
    assert.ok(read.includes('¶ 大桥建成后，两岸往来的时间将缩短'), read.join('\n'));
  }
});
