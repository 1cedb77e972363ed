// parsePage on hand-written pages: structure, reflow, English text and bad input.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitHeadline } from '../../main/domain/page/headline';
import { parsePage } from '../../main/domain/page/index';

test('empty and blank input give an empty page', () => {
  assert.deepEqual(parsePage(''), { meta: {}, articles: [] });
  assert.deepEqual(parsePage('\uFEFF \r\n\t\n　\n'), { meta: {}, articles: [] });
});

test('text with no recognisable structure is one article of reflowed paragraphs', () => {
  const page = parsePage('这是第一段文字的开头，它在这里\n被折断了，然后继续写完。\n\n第二段只有一句话。\n');
  assert.equal(page.articles.length, 1);
  assert.deepEqual(
    page.articles[0]?.blocks.map((b) => b.text),
    ['这是第一段文字的开头，它在这里被折断了，然后继续写完。', '第二段只有一句话。'],
  );
});

test('a 20 MB single line finishes quickly and keeps every character', () => {
  const unit = '长文本没有换行，也没有结构。';
  const line = unit.repeat(Math.ceil((20 * 1024 * 1024) / 3 / unit.length));
  const start = performance.now();
  const page = parsePage(line);
  const ms = performance.now() - start;
  assert.ok(ms < 5000, `took ${ms} ms`);
  assert.equal(page.articles.length, 1);
  assert.equal(page.articles[0]?.blocks.map((b) => b.text).join(''), line);
});

test('control characters and mixed scripts come out as text, without a crash', () => {
  const text = 'Hello\u0000 世界\u0007，混合 scripts 한국어 テキスト\u001b[0m。\n\n\u0001\u0002\u0003\n';
  const page = parsePage(text);
  const all = page.articles.flatMap((a) => [a.title, ...a.blocks.map((b) => b.text)]).join('');
  assert.equal(all.replace(/\s/g, ''), text.replace(/\s/g, ''));
});

test('invalid UTF-8 decoded with replacement characters still parses', () => {
  const bytes = new Uint8Array([0xe4, 0xb8, 0x80, 0xff, 0xfe, 0x0a, 0xc3, 0x28, 0x0a]);
  const text = new TextDecoder('utf-8').decode(bytes);
  const page = parsePage(text);
  assert.ok(page.articles.length <= 1);
});

test('a kicker, a two-line title, a byline, a caption inside a sentence and a subhead', () => {
  const text = [
    '■ 城乡观察 CHENGXIANG',
    '',
    '河湾村用好闲置仓库——',
    '',
    '小书屋里',
    '读书声',
    '',
    '本报记者 李晓明 文并摄',
    '',
    '去年冬天，河湾村的志愿者把闲置的仓库',
    '',
    '',
    '',
    '志愿者（左）在书屋里整理新到的图书。',
    '',
    '改成了共享书屋，孩子们放学后有了好去处。',
    '',
    '建书屋、办活动、聚人心',
    '',
    '今年以来，书屋组织了十几场读书会。',
    '',
  ].join('\n');
  const [article] = parsePage(text).articles;
  assert.ok(article);
  assert.equal(article.section, '城乡观察');
  assert.equal(article.kicker, '河湾村用好闲置仓库');
  assert.equal(article.title, '小书屋里读书声');
  assert.equal(article.byline, '本报记者 李晓明 文并摄');
  assert.deepEqual(article.authors, ['李晓明']);
  assert.deepEqual(
    article.blocks.map((b) => [b.type, b.text]),
    [
      ['paragraph', '去年冬天，河湾村的志愿者把闲置的仓库改成了共享书屋，孩子们放学后有了好去处。'],
      ['caption', '志愿者（左）在书屋里整理新到的图书。'],
      ['subhead', '建书屋、办活动、聚人心'],
      ['paragraph', '今年以来，书屋组织了十几场读书会。'],
    ],
  );
});

test("datelines: 本报讯（记者 X）, another outlet's X报讯 and X网消息 (as OCR reads it too), news agency (full-width digits too), date first, and trailing contributors", () => {
  const text = [
    '■ 简讯 JIANXUN',
    '',
    '南岭乡修好后山小路',
    '',
    '本报讯（记者 王立新）南岭乡修好了通往后山的三公里小路。',
    '',
    '西山县办起手机课堂',
    '',
    '新华社北京3月2日电（记者 周红 陈平）西山县开设了面向老人的手机课堂。',
    '',
    '白沙镇引进节水设备',
    '',
    '白沙镇引进了节水灌溉设备，集体收入增加了两成。（孙浩 钱丽）',
    '',
    '东港开通夜间公交',
    '',
    '海滨晚报讯（记者 林海）东港开通了三条夜间公交线路。',
    '',
    '北湖公园完成改造',
    '',
    '滨江网消息（晚间新闻）：北湖公园完成了改造，今天重新开放。',
    '',
    '南坪小学新建操场',
    '',
    '江城网消息（记者 吴敏）：南坪小学新建的操场投入使用。',
    '',
    '东湖建成观鸟台',
    '',
    '湖城网６月１１日电　东湖建成了观鸟台，市民可以免费登台。',
    '',
    '城西新开图书馆',
    '',
    '2012年7月18日湖城讯　城西新开的图书馆今天迎来首批读者。',
    '',
    '河湾渡口恢复通航',
    '',
    // As OCR reads a printed one: the full-width brackets taken for others, spaces set around them.
    '滨江网消息 〈晚间新闻) : 河湾渡口今天恢复通航。',
    '',
    '山城开通缆车',
    '',
    '新华社重庆3月3日电 〈记者 何平) 山城开通了第二条过江缆车。',
    '',
  ].join('\n');
  const page = parsePage(text);
  assert.deepEqual(
    page.articles.map((a) => [a.title, a.dateline, a.byline, a.authors, a.notes ?? []]),
    [
      ['南岭乡修好后山小路', '本报讯', '记者 王立新', ['王立新'], []],
      ['西山县办起手机课堂', '新华社北京3月2日电', '记者 周红 陈平', ['周红', '陈平'], []],
      ['白沙镇引进节水设备', null, null, ['孙浩', '钱丽'], ['（孙浩 钱丽）']],
      ['东港开通夜间公交', '海滨晚报讯', '记者 林海', ['林海'], []],
      ['北湖公园完成改造', '滨江网消息（晚间新闻）', null, [], []],
      ['南坪小学新建操场', '江城网消息', '记者 吴敏', ['吴敏'], []],
      ['东湖建成观鸟台', '湖城网６月１１日电', null, [], []],
      ['城西新开图书馆', '2012年7月18日湖城讯', null, [], []],
      ['河湾渡口恢复通航', '滨江网消息〈晚间新闻)', null, [], []],
      ['山城开通缆车', '新华社重庆3月3日电', '记者 何平', ['何平'], []],
    ],
  );
});

test('page furniture and continuation markers never become article text', () => {
  const text = [
    '晨光日报 2024年3月5日 星期二 第6版',
    '',
    '柳林镇的新动能',
    '',
    '（上接第一版）',
    '',
    '柳林镇的技术员在车间调试设备，产业有了新起色。（下转第八版）',
    '',
    '本版编辑：赵敏 校对：钱静',
    '',
  ].join('\n');
  const page = parsePage(text);
  assert.deepEqual(page.meta, {
    paper: ['晨光日报'],
    date: ['2024年3月5日 星期二'],
    page: ['第6版'],
    editors: ['本版编辑：赵敏 校对：钱静'],
  });
  const [article] = page.articles;
  assert.equal(article?.title, '柳林镇的新动能');
  assert.deepEqual(article?.notes, ['（上接第一版）', '（下转第八版）']);
  assert.deepEqual(article?.blocks, [
    { type: 'paragraph', text: '柳林镇的技术员在车间调试设备，产业有了新起色。' },
  ]);
});

test('a section page number alone on its line (B11), where an extractor set it between headlines, is furniture', () => {
  const chinese = [
    '柳林镇的新动能',
    'B11',
    '河湾村把闲置仓库改成共享书屋',
    '本报记者 王小明',
    '去年冬天，河湾村的志愿者把村口闲置多年的仓库改成了共享书屋，第一批三千多册图书已经上架。',
  ];
  const english = [
    'Harbour wall work begins',
    'A9',
    'Council backs new library',
    'By Jane Smith',
    'The council voted on Monday to build a new library by the river, at a cost of four million.',
  ];
  for (const lines of [chinese, english]) {
    const page = parsePage(lines.join('\n\n'));
    assert.deepEqual(page.meta.page, [lines[1]]);
    const texts = page.articles.flatMap((a) => [
      a.kicker,
      a.title,
      a.subtitle,
      ...a.blocks.map((b) => b.text),
    ]);
    assert.ok(!texts.some((t) => t?.includes(lines[1]!)), JSON.stringify(texts));
  }
});

test('a Chinese headline typed on one line, past the 40 ems a printed one runs, heads its article either way', () => {
  const long = '江城市政协召开专题协商座谈会 围绕加强沿江码头公共服务设施建设建言资政协商议政';
  const text = [
    '河湾村把闲置仓库改成共享书屋',
    '本报记者 王小明',
    '去年冬天，河湾村的志愿者把村口闲置多年的仓库改成了共享书屋，第一批三千多册图书已经上架。',
    '书屋开放以来，借阅人数逐月增加，村里还请来退休教师每周六给孩子们讲故事。',
    long,
    '本报记者 李华',
    '座谈会二十六日在江城召开，委员们围绕沿江码头公共服务设施建设提出意见和建议。',
    '委员们认为，要补齐码头候船服务短板，推动服务设施向渡口延伸，让乘客在码头边就能得到照顾。',
  ].join('\n\n');
  for (const roles of ['rules', 'model'] as const)
    assert.deepEqual(
      parsePage(text, { roles }).articles.map((a) => a.title),
      ['河湾村把闲置仓库改成共享书屋', long],
      roles,
    );
});

test('Gutenberg-style English: BOM, CRLF, ~70 columns, hyphenation rejoined only for words the text uses', () => {
  const text = [
    '\uFEFFThe valley had changed a great deal since the old footbridge was built',
    'by the first settlers, and the children who crossed it every morning knew',
    'nothing of the arguments that had surrounded its construc-',
    'tion. The construction of the new bridge was quicker.',
    '',
    'Nobody in the village thought the repairs were well-',
    'known, and the market stayed open all through the win-',
    'ter months.',
    '',
  ].join('\r\n');
  const page = parsePage(text);
  assert.equal(page.articles.length, 1);
  assert.deepEqual(
    page.articles[0]?.blocks.map((b) => b.text),
    [
      'The valley had changed a great deal since the old footbridge was built by the first settlers, and the children who crossed it every morning knew nothing of the arguments that had surrounded its construction. The construction of the new bridge was quicker.',
      'Nobody in the village thought the repairs were well-known, and the market stayed open all through the win-ter months.',
    ],
  );
});

test('a compound broken after its hyphen by the line end closes up, after a number or a capital too', () => {
  const text = [
    'The harbour board signed a 12-',
    'year lease with Marlow-',
    'Kessing for the U.K.-',
    'built ferries, and the B-',
    '52 hangar stays open - the',
    'board said so twice -- in',
    'writing.',
    '',
  ].join('\n');
  assert.deepEqual(
    parsePage(text).articles.flatMap((a) => a.blocks.map((b) => b.text)),
    [
      'The harbour board signed a 12-year lease with Marlow-Kessing for the U.K.-built ferries, and the B-52 hangar stays open - the board said so twice -- in writing.',
    ],
  );
});

test('English OCR page: headlines with By lines and datelines split the articles', () => {
  const text = [
    'Council Backs Bridge Repair',
    '',
    'By Jane Doe and Tom Weller',
    '',
    'RIVERTON, March 3 — The town council approved a plan to repair the old',
    'footbridge after months of discussion with residents.',
    '',
    'Market Hall Reopens To Crowds',
    '',
    'By Sam Okafor',
    '',
    'LAKESIDE (AP) — The renovated market hall opened on Saturday.',
    '',
  ].join('\n');
  const page = parsePage(text);
  assert.deepEqual(
    page.articles.map((a) => [a.title, a.byline, a.authors, a.dateline, a.blocks.length]),
    [
      [
        'Council Backs Bridge Repair',
        'By Jane Doe and Tom Weller',
        ['Jane Doe', 'Tom Weller'],
        'RIVERTON, March 3',
        1,
      ],
      ['Market Hall Reopens To Crowds', 'By Sam Okafor', ['Sam Okafor'], 'LAKESIDE (AP)', 1],
    ],
  );
});

test('a capitals headline broken after a comma heads its article over the dateline', () => {
  const text = [
    'The town council approved a plan to repair the old footbridge.',
    '',
    'FERRY FARES, TOLLS,',
    'PARKING STEADY',
    '',
    'LAKEPORT, April 7 - Ferry fares, tolls and parking were',
    'unchanged for the summer, the harbour board said.',
    '',
  ].join('\n');
  const page = parsePage(text);
  const last = page.articles.at(-1)!;
  assert.deepEqual([last.title, last.dateline], ['FERRY FARES, TOLLS, PARKING STEADY', 'LAKEPORT, April 7']);
  // A capitals word alone before a comma is a dateline's place, not a headline.
  const place = parsePage(
    ['MILLBROOK,', 'Lakeshire, March 7 - About 200 people joined the regatta.', ''].join('\n'),
  );
  assert.equal(place.articles.length, 1);
  assert.match(place.articles[0]!.blocks.map((b) => b.text).join(' '), /^MILLBROOK, Lakeshire/);
});

test('a page whose headlines stand without credits the rules know is read as the line model reads it', () => {
  // Text as pdftotext writes a printed page: blocks apart, headlines in capitals broken over narrow lines, one
  // stacked right onto its dateline, and a column's paragraph cut off by the next article's headline.
  const text = [
    'Daily Courier',
    'Saturday, March 7, 2015',
    '',
    'Page 6',
    '',
    'HARBOUR BOARD',
    'APPROVES NEW',
    'PIER',
    '',
    'PORTSMOUTH, May 2 - The harbour board',
    'approved plans for a new pier at its',
    '',
    'TOWN LIBRARY',
    'TO OPEN',
    'ON SUNDAYS',
    'LEEDS, June 9 - The',
    'city library will open',
    'on Sundays from next',
    'month, a council',
    'spokeswoman said.',
    '',
    'monthly meeting, a spokesman said,',
    'and work will begin in the autumn.',
    '',
    'FARMERS',
    'EXPECT',
    'EARLY',
    'HARVEST',
    'YORK, Aug 3 - Growers',
    'across the county expect',
    'to start picking two weeks',
    'early after a warm summer.',
    '',
  ].join('\n');
  const read = (roles: 'rules' | 'auto') =>
    parsePage(text, { roles }).articles.map((a) => [a.title, a.dateline]);
  const expected = [
    ['HARBOUR BOARD APPROVES NEW PIER', 'PORTSMOUTH, May 2'],
    ['TOWN LIBRARY TO OPEN ON SUNDAYS', 'LEEDS, June 9'],
    ['FARMERS EXPECT EARLY HARVEST', 'YORK, Aug 3'],
  ];
  assert.ok(read('rules').length < expected.length, 'the rules alone miss an article here');
  assert.deepEqual(
    read('auto').map(([title]) => title),
    expected.map(([title]) => title),
  );
  assert.ok(parsePage(text).meta['running-head']?.includes('Page 6'), 'the folio is furniture');
});

test('a bulleted list stays in its article, an item a paragraph, not taken for section labels', () => {
  const text = [
    '两岸交流持续升温',
    '',
    '本报北京3月5日电（记者 王立新）发言人今天表示，今年以来：',
    '',
    '● 两岸交流与合作保持良好势头',
    '',
    '● 人员往来明显增多',
    '',
    '● 经贸合作稳步推进。',
    '',
    '发言人说，这些成果来之不易。',
    '',
  ].join('\n');
  const page = parsePage(text);
  assert.equal(page.meta.sections, undefined);
  assert.deepEqual(
    page.articles.map((a) => [a.title, a.section, a.blocks.map((b) => b.text)]),
    [
      [
        '两岸交流持续升温',
        null,
        [
          '发言人今天表示，今年以来：',
          '● 两岸交流与合作保持良好势头',
          '● 人员往来明显增多',
          '● 经贸合作稳步推进。',
          '发言人说，这些成果来之不易。',
        ],
      ],
    ],
  );
});

test('text with a paragraph to a line and no blank lines: its first line is the title, each line a paragraph', () => {
  const english = [
    'HARBOUR WALL WORK BEGINS, COUNCIL SAYS',
    'Work on the new harbour wall will begin in the spring, the council said on Monday after a long meeting with the fishermen who use the quay every day.',
    'The wall, which has been damaged by two winter storms, will be rebuilt in stone over eighteen months at a cost the council put at four million.',
    'Fishermen said they welcomed the plan but asked that the quay stay open while the work goes on, so that boats can still land their catch.',
    'The council said one half of the quay would stay open at all times and that work would stop during the busiest weeks of the season.',
  ];
  const chinese = [
    '河湾村把闲置仓库改成共享书屋',
    '去年冬天，河湾村的志愿者把村口闲置多年的仓库改成了共享书屋，第一批三千多册图书已经上架，孩子们放学后有了好去处。',
    '书屋开放以来，借阅人数逐月增加，村里还请来退休教师每周六给孩子们讲故事，周边几个村的家长也带着孩子赶来。',
    '村党支部书记说，下一步还要添置电脑和投影设备，办起讲座和培训，让书屋成为全村人学习交流的地方。',
  ];
  for (const lines of [english, chinese]) {
    // Long enough that the line model would be asked, if the text were wrapped.
    const text = [...lines, ...lines.slice(1), ...lines.slice(1)].join('\n');
    const page = parsePage(text);
    assert.equal(page.articles.length, 1);
    assert.equal(page.articles[0]?.title, lines[0]);
    assert.deepEqual(
      page.articles[0]?.blocks.map((b) => b.text),
      [...lines.slice(1), ...lines.slice(1), ...lines.slice(1)],
    );
  }
});

test('a heading between paragraphs typed a paragraph to a line, without blank lines, is not run into the next', () => {
  const lines = [
    'Harbour wall work begins in spring',
    'Work on the new harbour wall will begin in the spring, the council said on Monday after a long meeting with the fishermen who use the quay every day.',
    'The wall, which has been damaged by two winter storms, will be rebuilt in stone over eighteen months at a cost the council put at four million.',
    'Fishermen want the quay kept open',
    'Fishermen said they welcomed the plan but asked that the quay stay open while the work goes on, so that boats can still land their catch.',
  ];
  const [article] = parsePage(lines.join('\n')).articles;
  assert.equal(article?.title, lines[0]);
  assert.deepEqual(
    article?.blocks.map((b) => b.text),
    lines.slice(1),
  );
});

test('hard-wrapped text without blank lines that indents its paragraphs keeps its title and paragraphs', () => {
  const paragraphs = [
    'Work on the new harbour wall will begin in the spring, the council said on Monday after a long meeting with the fishermen who use the quay every day.',
    'The wall, which has been damaged by two winter storms, will be rebuilt in stone over eighteen months at a cost the council put at four million.',
    'Fishermen said they welcomed the plan but asked that the quay stay open while the work goes on, so that boats can still land their catch.',
    'The council said one half of the quay would stay open at all times and that work would stop during the busiest weeks of the season.',
  ];
  const wrap = (text: string): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (`${line} ${word}`.trim().length > 60) {
        lines.push(line);
        line = word;
      } else line = `${line} ${word}`.trim();
    }
    return [...lines, line];
  };
  const body = paragraphs.flatMap((p) => wrap(p).map((l, i) => (i === 0 ? `    ${l}` : l)));
  const page = parsePage(['HARBOUR WALL WORK BEGINS', ...body].join('\n'));
  assert.deepEqual(
    page.articles.map((a) => [a.title, a.blocks.map((b) => b.text)]),
    [['HARBOUR WALL WORK BEGINS', paragraphs]],
  );
});

test('Chinese wrapped at a narrow width with a blank between paragraphs: each paragraph stays its own', () => {
  const paragraphs = [
    '市图书馆新馆昨天正式开放，首日接待读者三千余人次，馆内新设的古籍阅览室和少儿阅读区吸引了不少家长带着孩子前来参观。',
    '新馆位于城东文化公园北侧，建筑面积约两万平方米，藏书一百二十万册，其中地方文献四万余册。馆方介绍，新馆全年开放，每周一上午闭馆整理。',
    '读者王女士说，新馆离家不远，环境安静，以后周末会常来看书。',
    '据了解，新馆还将陆续推出讲座、展览和读书会等活动，欢迎市民参加。',
  ];
  const wrap = (text: string): string[] =>
    Array.from({ length: Math.ceil(text.length / 18) }, (_, i) => text.slice(i * 18, i * 18 + 18));
  const body = paragraphs.flatMap((p) => [...wrap(p), '']);
  const page = parsePage(['市图书馆新馆正式开放', '', ...body].join('\n'));
  assert.deepEqual(
    page.articles.map((a) => [a.title, a.blocks.map((b) => b.text)]),
    [['市图书馆新馆正式开放', paragraphs]],
  );
});

test('a news site’s credit line copied with its article is the credit: authors and the date, not more headline', () => {
  const body = [
    '　　本报讯 市图书馆新馆昨天正式开放，首日接待读者三千余人次，少儿阅读区吸引了不少家长带着孩子前来参观。',
    '　　新馆位于城东文化公园北侧，建筑面积约两万平方米，藏书一百二十万册。',
    '　　记者：新馆周末开放吗？',
    '　　时间：每天上午九点至晚上九点，周一上午闭馆。',
  ];
  for (const credit of [
    '2024-03-05 09:30　来源：城市晚报　作者：周敏 李华',
    '来源： 城市晚报 | 发布时间： 2024/3/5',
  ]) {
    const [article, ...rest] = parsePage(
      ['市图书馆新馆正式开放', '', credit, '', ...body.flatMap((l) => [l, ''])].join('\n'),
    ).articles;
    assert.equal(rest.length, 0, credit);
    assert.equal(article?.title, '市图书馆新馆正式开放', credit);
    assert.equal(article?.byline, credit);
    assert.equal(article?.date, '2024-03-05', credit);
    // A question put by the reporter, or a notice's time, in the text is the text.
    assert.deepEqual(
      article?.blocks.slice(2).map((b) => b.text),
      ['记者：新馆周末开放吗？', '时间：每天上午九点至晚上九点，周一上午闭馆。'],
    );
  }
  assert.deepEqual(
    parsePage(
      ['市图书馆新馆正式开放', '', '2024-03-05 09:30　来源：城市晚报　作者：周敏 李华', '', ...body].join(
        '\n',
      ),
    ).articles[0]?.authors,
    ['周敏', '李华'],
  );
  const english = parsePage(
    [
      'City Library Opens Its New Building',
      '',
      'Published March 5, 2024 at 9:30 a.m.',
      '',
      'The city library opened its new building on Monday, and more than three thousand readers came on the first day.',
      '',
      'The building stands north of the park by the river and holds over a million books.',
    ].join('\n'),
  ).articles;
  assert.deepEqual(
    english.map((a) => [a.title, a.byline, a.date, a.blocks.length]),
    [['City Library Opens Its New Building', 'Published March 5, 2024 at 9:30 a.m.', '2024-03-05', 2]],
  );
});

test('the cells of a double-spaced table or form stay apart: no word is made across two of them', () => {
  const cells = ['姓名', '性别', '出生日期', '联系电话', '特长及爱好', '本次活动的', '合作单位'];
  const text = `志愿者报名表\n\n${cells.join('\n\n')}\n`;
  const body = parsePage(text).articles.flatMap((a) => a.blocks.map((b) => b.text));
  assert.deepEqual(body, [cells.join(' ')]);
  // A sentence broken over a blank line by a column break is still one run of text.
  const broken = parsePage(
    '今年以来，河湾村的志愿者把村口闲置多年的仓库改成了\n\n共享书屋，第一批三千多册图书已经上架。\n',
  );
  assert.deepEqual(
    broken.articles.flatMap((a) => a.blocks.map((b) => b.text)),
    ['今年以来，河湾村的志愿者把村口闲置多年的仓库改成了共享书屋，第一批三千多册图书已经上架。'],
  );
});

test('a heading in double-spaced text (set in sentence case, or Chinese) is not run into the paragraph under it', () => {
  const text = [
    'Library reopens in the old mill',
    'The city library reopened on Monday in the old mill by the river.',
    'More than five thousand readers came on the first day.',
    'A wet autumn for the farms',
    'Farmers in the valley say the rain has delayed the harvest by two weeks.',
    'Some fields are still under water.',
  ].join('\n\n');
  const texts = parsePage(text).articles.flatMap((a) => [a.title, ...a.blocks.map((b) => b.text)]);
  assert.ok(texts.includes('A wet autumn for the farms'), JSON.stringify(texts));
  assert.ok(texts.some((t) => t.startsWith('Farmers in the valley')));
  // A second headline line the rules leave in the body stays a line of its own.
  const chinese = [
    '河湾村把闲置仓库改成共享书屋',
    '退休教师每周六来讲故事',
    '去年冬天，河湾村的志愿者把村口闲置多年的仓库改成了共享书屋，第一批三千多册图书已经上架，孩子们放学后有了好去处。',
    '书屋开放以来，借阅人数逐月增加，村里还请来退休教师每周六给孩子们讲故事。',
  ];
  const [article] = parsePage(chinese.join('\n\n'), { roles: 'rules' }).articles;
  assert.deepEqual(
    [
      article?.title,
      article?.subtitle ?? chinese[1],
      ...(article?.blocks ?? []).map((b) => b.text).filter((t) => t !== chinese[1]),
    ],
    chinese,
  );
});

test('a paragraph ending in a number ("on June 5.", "in 1986/87.") ends there; a Chinese figure cut at its point does not', () => {
  const english = [
    'The council met on Tuesday and agreed to rebuild the old bridge over the',
    'river, the mayor said on June 5.',
    'Work will start in the spring and the road will stay closed until the',
    'summer, as planned in 1986/87.',
    'The cost will be shared between the town and the county, the council said',
    'in a statement after the meeting on Tuesday evening at the town hall.',
  ].join('\n');
  assert.deepEqual(
    parsePage(english).articles.flatMap((a) => a.blocks.map((b) => b.text.slice(0, 12))),
    ['The council ', 'Work will st', 'The cost wil'],
  );
  const chinese = '一季度全市地区生产总值同比增长2.\n5%，高于全国平均水平。\n';
  assert.deepEqual(
    parsePage(chinese).articles.flatMap((a) => a.blocks.map((b) => b.text)),
    ['一季度全市地区生产总值同比增长2.5%，高于全国平均水平。'],
  );
});

test('a headline with a standfirst under it longer than any headline, typed a paragraph to a line: title and subtitle', () => {
  const text = [
    'Harbour ferry returns after winter repairs',
    'The operator says the old boat now has a new engine and a wider deck for bicycles and prams',
    'The ferry between the two quays returned to service on Monday after four months in the yard at the mouth of the river.',
    'Its new engine is quieter and uses a third less fuel than the old one, the operator said in a statement on Monday.',
    'Tickets stay at two pounds for adults, and children under twelve travel free at all times of the day.',
    'Library opens on Sundays from March',
    'The central library will open on Sunday afternoons from March, the council said on Tuesday after a vote.',
    'The change follows a survey last year in which most readers asked for longer opening hours at weekends.',
    'Volunteers will staff the reading rooms, and the cafe on the ground floor will open at noon on Sundays.',
    'Council votes to keep the night buses',
    'Councillors voted on Wednesday to keep all three night routes running until the end of next year at least.',
    'The routes cost about half a million pounds a year to run and carry some two thousand people a week.',
    'A review of the timetable will be published in the spring, with changes to the later journeys.',
  ].join('\n');
  const [ferry, ...others] = parsePage(text).articles;
  assert.deepEqual(
    [ferry?.kicker, ferry?.title, ferry?.subtitle],
    [
      null,
      'Harbour ferry returns after winter repairs',
      'The operator says the old boat now has a new engine and a wider deck for bicycles and prams',
    ],
  );
  assert.deepEqual(
    others.map((a) => a.title),
    ['Library opens on Sundays from March', 'Council votes to keep the night buses'],
  );
});

test('a headline wrapped inside its bracketed lead-in (【…——…】) is one title, and a colon after the credit opens no paragraph', () => {
  const text = [
    '江城晚报',
    '',
    '【聚焦乡村振兴 共绘发展新图景',
    '——基层一线见闻】山村小路通',
    '向致富大道',
    '',
    '本报讯（记者 林晓）：入秋以来，城西',
    '县各村加紧修建通村公路，一条条新',
    '路把山里的果园和镇上的市场连在了',
    '一起。',
    '县交通局负责人介绍，今年全县新修',
    '通村公路一百二十公里，沿线村民卖',
    '果子不再需要走山路，收入明显增加。',
    '',
    '老街茶馆重新开张',
    '本报讯（记者 周敏）：经过半年修缮，',
    '老街上的百年茶馆日前重新开张，吸',
    '引不少市民前来品茶听书。',
  ].join('\n');
  for (const roles of ['rules', 'model'] as const) {
    const [first, second] = parsePage(text, { roles }).articles;
    assert.deepEqual(
      [first?.kicker, first?.title, first?.subtitle, first?.byline],
      [null, '【聚焦乡村振兴 共绘发展新图景——基层一线见闻】山村小路通向致富大道', null, '记者 林晓'],
      roles,
    );
    assert.match(first?.blocks[0]?.text ?? '', /^入秋以来，城西县/, roles);
    assert.match(second?.blocks[0]?.text ?? '', /^经过半年修缮/, roles);
  }
});

test('in English, a short label over a headline twice as long is its kicker; a fuller first line is the title’s', () => {
  const story = [
    '',
    'LAKEPORT, June 19 - The Harbour Trust approved four loans to Millbrook, the trust said on Thursday.',
    '',
    'The loans will be paid out over three years, and the first part of them in the spring.',
    '',
  ];
  const [labelled] = parsePage(
    ['Opinion', '', 'HARBOUR TRUST TO LOAN MILLBROOK 104 MLN DLRS', ...story].join('\n'),
    {
      roles: 'rules',
    },
  ).articles;
  assert.deepEqual(
    [labelled?.kicker, labelled?.title],
    ['Opinion', 'HARBOUR TRUST TO LOAN MILLBROOK 104 MLN DLRS'],
  );
  // A title broken over two lines: its first line is the fuller one, or no shorter than half the second.
  for (const lines of [
    ['Harbour Trust to lend town', 'more for its ferry service'],
    ['Bank lifts rates', 'to five pct'],
  ])
    assert.equal(splitHeadline(lines).kicker, null, lines.join(' / '));
});
