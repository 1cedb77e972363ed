// Which of a page's two readings the parser keeps: the rules' or the line model's.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainArticle, type ParsedArticle } from '../../shared/contract/article';
import { modelReadsMore, parsePage } from '../../main/domain/page/index';

const article = (title: string, dateline: string | null = null): ParsedArticle => ({
  ...plainArticle(title, [{ type: 'paragraph', text: 'The council voted on Monday.' }]),
  dateline,
});

test('the model reading is kept where it finds more articles a headline and a credit bear out', () => {
  const rules = [article('Harbour board approves new pier', 'PORTSMOUTH, May 2'), article('')];
  const model = [
    article('Harbour board approves new pier', 'PORTSMOUTH, May 2'),
    article('Farmers expect early harvest', 'YORK, Aug 3'),
  ];
  assert.equal(modelReadsMore(rules, model), true);
  assert.equal(modelReadsMore(model, rules), false);
});

test('on a tie in credited articles, the reading with more headlines wins; an even tie stays with the rules, but for text a paragraph to a line', () => {
  const credited = article('Harbour board approves new pier', 'PORTSMOUTH, May 2');
  // The rules ran a headline without a credit into the article above it; the model set it apart.
  const merged = [credited];
  const apart = [credited, article('Library to open on Sundays')];
  assert.equal(modelReadsMore(merged, apart), true);
  assert.equal(modelReadsMore(apart, merged), false);
  assert.equal(modelReadsMore(apart, apart), false);
  // A paragraph to a line, every headline part stands on a line of its own, which the rules run together.
  assert.equal(modelReadsMore(apart, apart, true), true);
  assert.equal(modelReadsMore(apart, merged, true), false);
  // An article without a headline is no headline found.
  assert.equal(modelReadsMore(merged, [credited, article('')]), false);
});

test('on an even tie, a reading whose titles are a label ("Opinion", "要闻") ran a headline group together: the other wins', () => {
  const credited = article('Harbour board approves new pier', 'PORTSMOUTH, May 2');
  const labelled = [credited, article('Opinion')];
  const headlined = [credited, article('Kestrel has new ferry booking systems')];
  assert.equal(modelReadsMore(labelled, headlined), true);
  assert.equal(modelReadsMore(headlined, labelled), false);
  assert.equal(
    modelReadsMore([credited, article('要闻')], [credited, article('市图书馆新馆正式开馆')]),
    true,
  );
});

test('on an even tie, a reading that ran furniture or a caption into its headlines loses to one whose titles are the headlines', () => {
  const glued = [
    article('Page 16 Sports Tuesday, November 22 Harbour board approves new pier', 'PORTSMOUTH, May 2'),
    article('Farmers expect early harvest Pickers at work on a hillside farm near York', 'YORK, Aug 3'),
  ];
  const headlines = [
    article('Harbour board approves new pier', 'PORTSMOUTH, May 2'),
    article('Farmers expect early harvest', 'YORK, Aug 3'),
  ];
  assert.equal(modelReadsMore(glued, headlines), true);
  assert.equal(modelReadsMore(headlines, glued), false);
  // Titles about as wide either way say nothing: the tie stays with the rules.
  const reworded = [
    article('Harbour board approves a new pier', 'PORTSMOUTH, May 2'),
    article('Farmers expect an early harvest', 'YORK, Aug 3'),
  ];
  assert.equal(modelReadsMore(reworded, headlines), false);
});

test('a page of a few lines is read both ways, and the model kept only where more articles bear it out', () => {
  // A tabloid's page as a browser copies it: the paper's name, page, date and issue each a line, then a headline
  // over a photo's caption, which the rules leave untitled.
  const page = [
    'The Morning Ledger',
    'C11',
    'Wednesday, October 5, 2016',
    'Vol. 170, No. 47,945',
    'Lakeport Harbour Power Debt Lowered',
    'Workers at the Millbrook tidal plant, which opened last year. (AP Photo/Ines Calloway)',
    '',
    'LAKEPORT, March 6 - Kestrel Ratings Corp said it cut the ratings of Lakeport Harbour Power Co.',
    '',
    'The agency said prior ratings reflected an expected rise in fares from the new pier.',
    '',
    'Greyhaven Extends Exchange Offer',
    'HARBOUR FALLS, Calif., March 26 - Greyhaven Community Ferries Inc said it extended its offer.',
  ].join('\n');
  assert.deepEqual(
    parsePage(page).articles.map((a) => [a.title, a.dateline]),
    [
      ['Lakeport Harbour Power Debt Lowered', 'LAKEPORT, March 6'],
      ['Greyhaven Extends Exchange Offer', 'HARBOUR FALLS, Calif., March 26'],
    ],
  );
  // A short note typed a paragraph to a line has no credit to bear a reading out: every line stays a paragraph.
  const note = [
    '今天天气很好。',
    '我们去公园散步。',
    '孩子们在草地上玩耍。',
    '老人们在树下下棋。',
    '湖边有人钓鱼。',
    '傍晚我们回家。',
    '晚饭吃了饺子。',
    '大家都很开心。',
  ];
  assert.deepEqual(
    parsePage(note.join('\n')).articles.flatMap((a) => a.blocks.map((b) => [b.type, b.text])),
    note.map((line) => ['paragraph', line]),
  );
});
