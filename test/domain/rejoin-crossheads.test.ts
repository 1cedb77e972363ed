// A short bare line the line model took for a headline is a crosshead when the text under it goes on with the
// story above; a story about something else keeps its headline.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainArticle, type ParsedArticle, type ParsedBlock } from '../../shared/contract/article';
import { rejoinCrossheads } from '../../main/domain/page/line-model/rejoin-crossheads';

const para = (text: string): ParsedBlock => ({ type: 'paragraph', text });

function article(title: string, texts: string[], dateline: string | null = null): ParsedArticle {
  return { ...plainArticle(title, texts.map(para)), dateline };
}

const outline = (articles: readonly ParsedArticle[]) =>
  articles.map((a) => [a.title, ...a.blocks.map((b) => `${b.type}:${b.text.slice(0, 20)}`)]);

const reservoir = article(
  'Reservoir levels fall to a ten-year low',
  [
    'Water in the county reservoirs fell to its lowest level in ten years this week, the water board said, after a dry spring and a hot start to summer.',
    'The board asked households to water gardens only after dark and said the reservoirs would need weeks of rain to recover.',
  ],
  'HARTFIELD, June 3',
);
const reservoirPassage = article('Hosepipe rules', [
  'If the reservoirs keep falling, the water board said, a hosepipe ban could follow in July, the first since the dry summer ten years ago.',
  'Farmers who draw water from the reservoirs for their fields would be asked to cut what they take by a fifth.',
]);
const libraryStory = article('Library opens late on Fridays', [
  'The town library will open until nine on Friday evenings from next month, giving students and shift workers more time with its books and computers.',
  'Librarians said the longer hours would be paid for by a grant from a local trust.',
]);

test('a bare short line whose text goes on with the story above becomes that story’s subhead', () => {
  assert.deepEqual(outline(rejoinCrossheads([reservoir, reservoirPassage, libraryStory])), [
    [
      'Reservoir levels fall to a ten-year low',
      'paragraph:Water in the county ',
      'paragraph:The board asked hous',
      'subhead:Hosepipe rules',
      'paragraph:If the reservoirs ke',
      'paragraph:Farmers who draw wat',
    ],
    ['Library opens late on Fridays', 'paragraph:The town library wil', 'paragraph:Librarians said the '],
  ]);
});

test('a story about something else, or one with a credit of its own, keeps its headline', () => {
  const credited = { ...reservoirPassage, dateline: 'HARTFIELD, June 4' };
  const longHeadline = {
    ...reservoirPassage,
    title: 'Water board warns a hosepipe ban could follow in July',
  };
  for (const articles of [
    [reservoir, libraryStory],
    [reservoir, credited, libraryStory],
    [reservoir, longHeadline, libraryStory],
  ])
    assert.deepEqual(rejoinCrossheads(articles), articles);
});

test('two stories of one kind share the words every such report uses, and stay two stories', () => {
  // Meeting reports repeat "会见", "表示", "双方", "合作": weighed by how many of the page's articles use them, those
  // words do not make one meeting the sequel of another.
  const meeting = (host: string, guest: string, topic: string) =>
    article(`${host}会见${guest}`, [
      `${host}在北京会见${guest}。${host}表示，双方要加强${topic}合作，推动两国关系不断向前发展。`,
      `${guest}表示，愿同中方一道，深化${topic}等领域合作，共同维护地区和平稳定与发展繁荣。`,
    ]);
  const page = [
    meeting('王明', '南岛国总统', '渔业和港口'),
    meeting('李华', '北原国总理', '铁路和能源'),
    meeting('赵强', '西海国议长', '教育和旅游'),
  ];
  assert.deepEqual(rejoinCrossheads(page), page);
});
