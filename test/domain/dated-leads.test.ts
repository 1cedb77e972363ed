// A story whose dated opening was read under a paragraph from elsewhere (pdftotext's block order) opens there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { plainArticle, type ParsedArticle, type ParsedBlock } from '../../shared/contract/article';
import { openAtDatedLeads } from '../../main/domain/page/line-model/rehome-leads';

const para = (text: string): ParsedBlock => ({ type: 'paragraph', text });

function article(title: string, blocks: ParsedBlock[], dateline: string | null = null): ParsedArticle {
  return { ...plainArticle(title, blocks), dateline };
}

const STRAY = para('Engineers finished the canal repairs two weeks early, the works office said.');

test('a dated paragraph that shares the headline’s words, under a paragraph that does not, opens the story', () => {
  const [opened] = openAtDatedLeads([
    article('Orchard Growers Expect Record Apple Crop', [
      STRAY,
      para('BRAMLEY, May 4 - Orchard growers expect a record apple crop after a mild spring.'),
      para('Apple growers said the crop would be picked a week early.'),
    ]),
  ]);
  assert.equal(opened?.dateline, 'BRAMLEY, May 4');
  assert.deepEqual(
    opened?.blocks.map((b) => b.text),
    [
      STRAY.text,
      'Orchard growers expect a record apple crop after a mild spring.',
      'Apple growers said the crop would be picked a week early.',
    ],
  );
});

test('a Chinese story opens at its dated paragraph the same way', () => {
  const [opened] = openAtDatedLeads([
    article('滨江步道今天开放', [
      para('文化'),
      para('新华社江城3月2日电 江城新修的滨江步道今天起向市民开放，步道全长十二公里。'),
    ]),
  ]);
  assert.equal(opened?.dateline, '新华社江城3月2日电');
  assert.equal(opened?.blocks[1]?.text, '江城新修的滨江步道今天起向市民开放，步道全长十二公里。');
});

test('a dated paragraph stays text where the article has a dateline, the text above shares the headline, the words differ or a credit comes with it', () => {
  const lead = para('BRAMLEY, May 4 - Orchard growers expect a record apple crop after a mild spring.');
  const untouched = [
    // Its own opening: a dateline quoted in the report is the report's.
    article(
      'Orchard Growers Expect Record Apple Crop',
      [para('Apple growers met on Monday.'), lead],
      'ASHFORD, May 2',
    ),
    // The text above is the story's own opening.
    article('Orchard Growers Expect Record Apple Crop', [
      para('Orchard growers said the apple crop would be a record one.'),
      lead,
    ]),
    // A dated paragraph about something else, or sharing a word with the headline by chance.
    article('Canal Repairs Finished Early', [STRAY, lead]),
    article('Orchard Growers Expect Record Apple Crop', [
      STRAY,
      para(
        'BRAMLEY, May 4 - Traders said the early harvest in the valley would lower prices at the markets this autumn, sellers of apple cider, pears and plums said on Friday.',
      ),
    ]),
    // A credit with the dateline: it would stand before the text above it.
    article('滨江步道今天开放', [
      para('文化'),
      para('新华社江城3月2日电（记者 王明）江城新修的滨江步道今天起向市民开放，步道全长十二公里。'),
    ]),
    // Nothing above it: the opening is the parser's to take.
    article('Orchard Growers Expect Record Apple Crop', [lead]),
  ];
  assert.deepEqual(openAtDatedLeads(untouched), untouched);
});

test('opening at a dated paragraph keeps every block, its text less the dateline, and adds no dateline but that one', () => {
  const words = ['harbour', 'ferry', 'orchard', 'apple', 'canal', 'mayor', 'crop', 'fare'];
  const sentence = fc
    .array(fc.constantFrom(...words), { minLength: 3, maxLength: 8 })
    .map((w) => `${w.join(' ')}.`);
  const dated = sentence.map((s) => `LOCKTON, May 4 - ${s}`);
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
      fc.array(fc.oneof(sentence, dated), { minLength: 1, maxLength: 5 }),
      (title, texts) => {
        const input = article(title.join(' '), texts.map(para));
        const [out] = openAtDatedLeads([input]);
        assert.equal(out?.blocks.length, input.blocks.length);
        if (out?.dateline === null) assert.deepEqual(out, input);
        else {
          assert.equal(out?.dateline, 'LOCKTON, May 4');
          const changed = out!.blocks.flatMap((b, k) => (b.text === input.blocks[k]!.text ? [] : [k]));
          assert.equal(changed.length, 1);
          assert.equal(`LOCKTON, May 4 - ${out!.blocks[changed[0]!]!.text}`, input.blocks[changed[0]!]!.text);
        }
      },
    ),
  );
});
