// How the corpus prints a photo's caption, and the credit cue the page parser reads from it: the sentence the
// caption says, maybe opened by 图为, and in most captions a credit that the parser recognises as one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { creditsPicture } from '../main/domain/page/captions';
import { captionOf } from './corpus/caption-credit';
import { Dice, rng } from './support/page-generator';

test('a caption keeps its sentence whole, and whatever it adds is a credit the parser reads as one', () => {
  fc.assert(
    fc.property(fc.integer(), fc.constantFrom('zh', 'en') as fc.Arbitrary<'zh' | 'en'>, (seed, lang) => {
      const sentence =
        lang === 'zh' ? '市民在广场上观看灯会。' : 'Visitors look at the lanterns in the square.';
      const caption = captionOf(sentence, lang, new Dice(rng(seed)));
      const at = caption.indexOf(sentence);
      assert.ok(at === 0 || (lang === 'zh' && caption.startsWith('图为') && at === 2), caption);
      assert.equal(creditsPicture(caption), caption.length > at + sentence.length, caption);
    }),
  );
});

test('credits are read at the end of a line, not in running text', () => {
  for (const line of [
    '工人在车间作业。　新华社记者　王明　摄',
    '市民参观展览。（本报记者李华摄）',
    '（资料图片）',
    'Workers at the plant on Tuesday. Photo: Ines Calloway/Reuters',
    '(AP Photo/Tomas Brack)',
    'Photograph by Nadia Pellow',
  ])
    assert.ok(creditsPicture(line), line);
  for (const line of [
    '他说，摄影展将于下周开幕。',
    'The index rose 3/4 point.',
    'He said the bank and/or its unit would pay.',
    'The photo agency said it would appeal.',
  ])
    assert.ok(!creditsPicture(line), line);
});
