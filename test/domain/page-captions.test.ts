// Picture captions that run over several lines of a column, told by the credit that closes them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePage } from '../../main/domain/page/index';

const story = (credited: string[]): string =>
  [
    'Harbour Bridge Reopens After Repairs',
    '',
    'By Ann Lee',
    '',
    'The harbour bridge reopened to traffic on Monday after',
    'eight months of repairs, the city said.',
    '',
    ...credited,
    '',
    'Engineers replaced the cables and the deck of the',
    'eastern span, which had been closed since March.',
    '',
  ].join('\n');

test('a paragraph closed by a photographer’s credit is a caption, in either reading of the page', () => {
  const caption = [
    'Workers check the cables of the eastern span before',
    'the reopening. Photograph by Ines Calloway',
  ];
  for (const roles of ['rules', 'model'] as const) {
    const blocks = parsePage(story(caption), { roles }).articles[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => b.type),
      ['paragraph', 'caption', 'paragraph'],
      roles,
    );
    assert.equal(blocks[1]?.text, caption.join(' '), roles);
  }
});

test('a Chinese caption wrapped over two lines ends with the photographer’s credit and is one caption', () => {
  const text = [
    '老街茶馆重新开张',
    '本报讯（记者 周敏）经过半年修缮，老街上的百年茶馆日前重新开张。',
    '',
    '市民在修缮一新的老街茶馆里品茶听书，',
    '茶馆里座无虚席。（本报记者 李华 摄）',
    '',
    '茶馆负责人介绍，修缮保留了原有的木结构。',
    '',
  ].join('\n');
  const blocks = parsePage(text, { roles: 'rules' }).articles[0]?.blocks ?? [];
  assert.deepEqual(
    blocks.map((b) => [b.type, b.text]),
    [
      ['paragraph', '经过半年修缮，老街上的百年茶馆日前重新开张。'],
      ['caption', '市民在修缮一新的老街茶馆里品茶听书，茶馆里座无虚席。（本报记者 李华 摄）'],
      ['paragraph', '茶馆负责人介绍，修缮保留了原有的木结构。'],
    ],
  );
});

test('a Chinese caption whose credit an extractor wrapped onto a line of its own keeps the credit', () => {
  const opening = [
    '本报讯（记者 周敏）经过',
    '半年修缮，老街上的百年茶',
    '馆日前重新开张，吸引了不',
    '少老茶客和外地游客前来品',
    '茶。',
  ];
  const after = [
    '茶馆负责人介绍，修缮保留',
    '了原有的木结构和老式门窗',
    '，只更换了屋顶的瓦片和破',
    '损的楼板，力求让老茶客找',
    '回熟悉的感觉。',
  ];
  const captions = [
    ['图为市民在修缮一新的老街', '茶馆里品茶听书。', '李华 摄'],
    ['图为市民在修缮一新的老街', '茶馆里品茶听书。（本报记者', '李华摄）'],
    ['图为市民在修缮一新的老街', '茶馆里品茶听书。', '通讯员 王明 摄'],
    ['图为市民在修缮一新的老街', '茶馆里品茶听书。（受访者', '供图）'],
  ];
  for (const caption of captions) {
    const [article] = parsePage(['老街茶馆重新开张', ...opening, ...caption, ...after].join('\n')).articles;
    assert.equal(article?.byline, '记者 周敏', caption[2]);
    assert.deepEqual(
      article?.blocks.map((b) => [b.type, b.text]),
      [
        ['paragraph', '经过半年修缮，老街上的百年茶馆日前重新开张，吸引了不少老茶客和外地游客前来品茶。'],
        ['caption', `图为市民在修缮一新的老街茶馆里品茶听书。${caption[1]?.slice(8) ?? ''}${caption[2]}`],
        ['paragraph', after.join('')],
      ],
      caption[2],
    );
  }
});

test('a paragraph without a credit, or far longer than a caption runs, stays a paragraph', () => {
  const plain = [
    'The city said the bridge would carry 40,000 cars a day',
    'once all four lanes are open again.',
  ];
  const long = [
    ...Array.from(
      { length: 6 },
      () => 'The repairs ran over budget as the contractor found more rust in the',
    ),
    'cables than the survey had shown. Photograph by Ines Calloway',
  ];
  for (const paragraph of [plain, long]) {
    const blocks = parsePage(story(paragraph), { roles: 'rules' }).articles[0]?.blocks ?? [];
    assert.deepEqual(
      blocks.map((b) => b.type),
      ['paragraph', 'paragraph', 'paragraph'],
    );
  }
});
