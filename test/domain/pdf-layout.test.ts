// Layout analysis of PDF text runs, on pages laid out here run by run: what the type's setting and place say
// that plain text cannot (a deck or kicker set in the body's own type, the spacing of justified Chinese lines,
// an ideographic space between names).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BODY, BOLD, HEAD, page, paragraph, run } from './pdf-runs';

test('a deck centred under a headline in the body type is the subtitle, and the dateline opens the text', () => {
  const deck = 'Spending rises for a third year';
  const parsed = page([
    run('COUNCIL PASSES BUDGET', 100, 100, HEAD, 300),
    run(deck, 250 - deck.length * 2.5, 125),
    ...paragraph(
      [
        'LONDON, March 3 - The council approved the',
        'budget on Tuesday after a long debate that ran',
        'well into the night, members said, and the',
        'vote was close.',
      ],
      100,
      400,
      140,
    ),
  ]);
  const [article] = parsed.articles;
  assert.equal(parsed.articles.length, 1);
  assert.equal(article!.title, 'COUNCIL PASSES BUDGET');
  assert.equal(article!.subtitle, deck);
  assert.equal(article!.dateline, 'LONDON, March 3');
  assert.match(article!.blocks[0]!.text, /^The council approved/);
});

test('an unfinished line right above a headline is its kicker, though set in the body type', () => {
  const parsed = page([
    run('Ten years after the flood', 100, 75),
    run('THE TOWN REBUILT', 100, 100, HEAD, 300),
    ...paragraph(
      [
        'The town has rebuilt every house the water',
        'took, and the river is walled along its',
        'whole length through the centre now.',
      ],
      100,
      400,
      120,
    ),
  ]);
  assert.equal(parsed.articles.length, 1);
  assert.equal(parsed.articles[0]!.kicker, 'Ten years after the flood');
  assert.equal(parsed.articles[0]!.title, 'THE TOWN REBUILT');
});

test('the spacing pdf.js writes into a justified Chinese line is not text; a wide gap between names is', () => {
  const parsed = page([
    run('农田测温装置投用', 100, 100, HEAD, 192),
    // The credit: names set apart by ideographic spaces, an em wide, that the extractor gives as gaps.
    run('南都讯', 110, 120, BODY, 30),
    run(' ', 140, 120, BODY, 10),
    run('记者刘凡', 150, 120, BODY, 40),
    run(' ', 190, 120, BODY, 10),
    run('周昌和', 200, 120, BODY, 30),
    run(' ', 230, 120, BODY, 10),
    run('在江城晨光', 240, 120, BODY, 60),
    ...paragraph(
      ['村 800 亩 果 园旁，供电所正安装新型', '监测装置，可随时查看线路接头温度，', '防止停电。'],
      100,
      300,
      132,
    ).map((r, i) => (i === 0 ? { ...r, x: 100, width: 200 } : r)),
  ]);
  const [article] = parsed.articles;
  assert.equal(article!.dateline, '南都讯');
  assert.equal(article!.byline, '记者刘凡\u3000周昌和');
  // A column's last line spread to its width, an em between its characters, is letter-spaced: no names there.
  const spread = page([
    run('绣坊新作初成', 100, 60, HEAD, 144),
    // Names spread to three characters' width are no letter-spacing.
    run('本报记者　王　悦　丁　怡　摄', 100, 80),
    run('丝线在光线下', 100, 100, BODY, 60),
    ...[...'泛着柔和的光泽。'].map((c, i) => run(c, 100 + i * 20, 112, BODY, 10)),
  ]);
  assert.equal(spread.articles[0]!.blocks[0]!.text, '丝线在光线下泛着柔和的光泽。');
  assert.deepEqual(spread.articles[0]!.authors, ['王悦', '丁怡']);
  // The two-em dash a CJK font draws as one glyph is the two em dashes Chinese text writes.
  const dashed = page([run('小伙子\u2e3a26岁，刚毕业。', 100, 100)]);
  assert.equal(dashed.articles[0]!.blocks[0]!.text, '小伙子\u2014\u201426岁，刚毕业。');
  assert.equal(
    article!.blocks[0]!.text,
    '在江城晨光村800亩果园旁，供电所正安装新型监测装置，可随时查看线路接头温度，防止停电。',
  );
});

test('户, which a simplified-Chinese PDF gives as the door radical, reads 户 in a line that alone cannot tell the script', () => {
  // Only the headline tells the script (们, 这); the text lines hold none of the characters the scripts write apart.
  const parsed = page([
    run('我们这里的新农⼾', 100, 100, HEAD, 192),
    ...paragraph(['村里⼗⼾⼈家种⽥，', '⽇⼦好了。'], 100, 300, 132),
  ]);
  assert.equal(parsed.articles[0]!.title, '我们这里的新农户');
  assert.equal(parsed.articles[0]!.blocks[0]!.text, '村里十户人家种田，日子好了。');
});

test("a short label in a face of its own over the page's headlines names their section; a caption keeps a word's hyphen", () => {
  const LABEL = { size: 11, font: 'Sans' };
  const SMALL = { size: 8, font: 'Serif' };
  const parsed = page([
    run('Business', 100, 60, LABEL, 50),
    run('MILL REOPENS', 100, 100, HEAD, 300),
    ...paragraph(
      [
        'The mill has reopened after a year, and the town',
        'has its jobs back, the owners said on Monday, as',
        'the first shift came through the gates at dawn.',
      ],
      100,
      400,
      120,
    ),
    run('Workers at the gate before the first rock-', 100, 170, SMALL, 170),
    run('bottom shift of the year', 100, 180, SMALL, 100),
  ]);
  assert.equal(parsed.articles.length, 1);
  const [article] = parsed.articles;
  assert.equal(article!.section, 'Business');
  assert.equal(article!.title, 'MILL REOPENS');
  const caption = article!.blocks.find((b) => b.type === 'caption');
  assert.equal(caption?.text, 'Workers at the gate before the first rock-bottom shift of the year');
});

test('a headline over the first of its two columns, a byline over that column: one article, columns in order', () => {
  const BYLINE = { size: 9, font: 'Serif' };
  const parsed = page([
    run('水库蓄水过半', 100, 60, HEAD, 144),
    run('本报记者 李明', 100, 90, BYLINE, 63),
    ...paragraph(['入春以来，全省水库蓄水稳步回升，', '目前已超过设计库容的一半。'], 100, 280, 102),
    // The second column starts level with the first column's text, under the byline's line.
    ...paragraph(['水利部门表示，将统筹做好防汛和', '供水两方面工作。'], 300, 480, 102),
  ]);
  assert.equal(parsed.articles.length, 1);
  const [article] = parsed.articles;
  assert.equal(article!.title, '水库蓄水过半');
  assert.equal(article!.byline, '本报记者 李明');
  assert.deepEqual(article!.authors, ['李明']);
  assert.deepEqual(
    article!.blocks.map((b) => b.text),
    [
      '入春以来，全省水库蓄水稳步回升，目前已超过设计库容的一半。',
      '水利部门表示，将统筹做好防汛和供水两方面工作。',
    ],
  );
});

test("the paper's name over a section label over a headline is not the headline's: the label is its kicker", () => {
  const NAME = { size: 30, font: 'Serif' };
  const LABEL = { size: 8, font: 'Sans' };
  const parsed = page([
    // Baselines: the name's type reaches down to 20 points over the headline's top, the label between.
    run('The Evening Ledger', 160, 66, NAME, 280),
    run('TRANSPORT', 100, 82, LABEL, 40),
    run('FERRY FARES RISE', 100, 110, HEAD, 260),
    ...paragraph(
      ['Ferry fares will rise in June, the harbour board', 'said on Monday, the first rise in six years.'],
      100,
      400,
      130,
    ),
  ]);
  const [article] = parsed.articles;
  assert.equal(parsed.articles.length, 1);
  assert.equal(article!.title, 'FERRY FARES RISE');
  assert.equal(article!.kicker, 'TRANSPORT');
});

test('a paragraph whose first line opens with "By" and a capitalised word is text, not a byline', () => {
  const parsed = page([
    run('COUNCIL AGREES BUDGET', 100, 100, HEAD, 300),
    ...paragraph(
      ['By Friday, the council had agreed to', 'spend more on the harbour, members said.'],
      100,
      400,
      130,
    ),
  ]);
  const [article] = parsed.articles;
  assert.equal(article!.byline, null);
  assert.match(article!.blocks[0]!.text, /^By Friday, the council/);
});

test("a byline under the photo under the headline is the byline; a foot that repeats the paper's name is furniture", () => {
  const SMALL = { size: 8, font: 'Serif' };
  const NAME = { size: 20, font: 'Serif' };
  const parsed = page([
    run('The Evening Ledger', 100, 40, NAME, 200),
    run('WORLD · Monday, March 3, 2025 · Page A4', 350, 40, SMALL, 150),
    run('WORLD', 100, 100, SMALL, 30),
    run('Floods Force Thousands From Homes', 100, 130, HEAD, 400),
    run('A man walks past the flooded market on Monday.', 100, 300, SMALL, 180),
    run('By Jane Doe', 100, 318, SMALL, 45),
    ...paragraph(
      [
        'Residents told reporters that schools would',
        'stay shut for the rest of the week, and that',
        'the water was still rising on Monday.',
      ],
      100,
      400,
      340,
    ),
    ...paragraph(
      [
        'The council said it would open two more',
        'shelters in the town hall and the library,',
        'and asked residents to stay indoors.',
      ],
      100,
      400,
      380,
    ),
    run('The Evening Ledger · Editor: Tom Reed · Subscriptions 0800 123 456', 100, 430, SMALL, 280),
  ]);
  const [article] = parsed.articles;
  assert.equal(parsed.articles.length, 1);
  assert.equal(article!.title, 'Floods Force Thousands From Homes');
  assert.equal(article!.byline, 'By Jane Doe');
  assert.deepEqual(parsed.meta.foot, ['The Evening Ledger · Editor: Tom Reed · Subscriptions 0800 123 456']);
  assert.ok(!article!.blocks.some((b) => b.text.includes('Subscriptions')));
});

test('letter spacing pdf.js writes across a bracketed number in a justified Chinese line is closed up; a headline keeps its phrases apart', () => {
  const parsed = page([
    run('学思想 强党性 重实践 建新功', 100, 100, HEAD, 360),
    run('下一步将进一步完善基础设施', 110, 130, BODY, 190),
    // As pdf.js gives a line justified wide: letter-spaced, a bracketed number early in it, spaces as runs too.
    run('建 设 （ A22 ）', 100, 142, BODY, 61),
    run('。 社 区 居', 161, 142, BODY, 42),
    run(' ', 203, 142, BODY, 2),
    run('民', 205, 142, BODY, 10),
    run(' ', 215, 142, BODY, 2),
    run('认', 217, 142, BODY, 10),
    run('为，相关项目年底前完工。', 100, 154, BODY, 120),
  ]);
  const [article] = parsed.articles;
  assert.equal(article!.title, '学思想 强党性 重实践 建新功');
  assert.equal(
    article!.blocks[0]!.text,
    '下一步将进一步完善基础设施建设（A22）。社区居民认为，相关项目年底前完工。',
  );
});

test('a bold dateline opening a justified line, a wide word space after it, opens the paragraph: it is the dateline', () => {
  const parsed = page([
    run('RECOUNT BEGINS IN PROVINCE', 100, 100, HEAD, 300),
    // The justified line's space after the dash is most of an em wide.
    run('MANILA —', 100, 140, BOLD, 40),
    run('Election officials began a manual', 148, 140, BODY, 252),
    // A dash a justified line sets wide apart from its words is a Latin one: plain spaces beside it.
    run('recount', 100, 152, BODY, 40),
    run('—', 150, 152, BODY, 10),
    run('of more than 300,000 ballots on Thursday', 170, 152, BODY, 230),
    run('after a complaint.', 100, 164),
  ]);
  assert.equal(parsed.articles.length, 1);
  const [article] = parsed.articles;
  assert.equal(article!.dateline, 'MANILA');
  assert.deepEqual(
    article!.blocks.map((b) => b.text),
    [
      'Election officials began a manual recount — of more than 300,000 ballots on Thursday after a complaint.',
    ],
  );
});

test("a bold dateline and credit running on into the next line, or a dateline filling a narrow column's line of its own, open the paragraph under them", () => {
  const chinese = page([
    run('全省春耕进度过半', 100, 60, HEAD, 192),
    // The credit in bold runs on into the second line, which the body's type fills.
    run('新华社南昌3月5日电（记', 100, 100, BOLD, 130),
    run('者　李明）', 100, 112, BOLD, 50),
    run('记者从省农业', 150, 112, BODY, 60),
    run('农村厅获悉，全省春耕进度已', 100, 124, BODY, 160),
    run('过半。', 100, 136),
  ]);
  const english = page([
    run('FERRY FARES FROZEN', 100, 60, HEAD, 200),
    run('EDINBURGH —', 100, 100, BOLD, 92),
    run('Scotland’s largest ferry', 100, 112, BODY, 92),
    run('operator froze its fares.', 100, 124),
  ]);
  const ownLine = page([
    run('托育服务进社区', 100, 60, HEAD, 168),
    run('本报北京3月7日电', 120, 100, BOLD, 90),
    run('（记者　金　歆）近期，各地', 100, 112, BODY, 130),
    run('推进社区托育。', 100, 124),
  ]);
  assert.deepEqual(
    [...chinese.articles, ...english.articles, ...ownLine.articles].map((a) => [
      a.title,
      a.dateline,
      a.authors,
      a.blocks.map((b) => b.text),
    ]),
    [
      ['全省春耕进度过半', '新华社南昌3月5日电', ['李明'], ['记者从省农业农村厅获悉，全省春耕进度已过半。']],
      ['FERRY FARES FROZEN', 'EDINBURGH', [], ['Scotland’s largest ferry operator froze its fares.']],
      ['托育服务进社区', '本报北京3月7日电', ['金歆'], ['近期，各地推进社区托育。']],
    ],
  );
});

test('in a PDF too, a word broken at a line end loses its hyphen where the file uses it whole; a compound keeps it', () => {
  const parsed = page([
    run('BRIDGE REOPENS', 100, 60, HEAD, 300),
    ...paragraph(
      [
        'The construction of the bridge took a year.',
        'Its construc-',
        'tion was well-',
        'known in the valley.',
      ],
      100,
      400,
      100,
    ),
  ]);
  assert.deepEqual(
    parsed.articles[0]!.blocks.map((b) => b.text),
    ['The construction of the bridge took a year. Its construction was well-known in the valley.'],
  );
});

test("a brief's heading in bold capitals over its datelined text stays the brief's headline", () => {
  const parsed = page([
    run('IN BRIEF', 100, 40, HEAD, 120),
    ...paragraph(['The mayor opened the new market', 'on Saturday morning.'], 100, 260, 80),
    run('FIRE STATION CLOSES', 100, 116, BOLD, 100),
    run('HALIFAX, N.S. — The town’s only fire', 110, 128, BODY, 150),
    run('station will close in June.', 100, 140, BODY, 130),
  ]);
  assert.deepEqual(
    parsed.articles.map((a) => [a.title, a.dateline]),
    [
      ['IN BRIEF', null],
      ['FIRE STATION CLOSES', 'HALIFAX, N.S.'],
    ],
  );
});
