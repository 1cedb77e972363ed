// How the corpus prints English headlines and crossheads. The sources write headlines in capitals and a crosshead
// borrowed from another story looked like a headline, so a parser trained on them learned that capitals make a
// headline and that a headline inside a story is a subhead; real papers print neither.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { crosshead, englishKicker } from './corpus/desk-phrases';
import { loadSample } from './corpus/sources';
import { Dice, rng } from './support/page-generator';
import { recase } from './corpus/recase';

const body =
  'LAKEPORT, March 3 - Kestrel Harbour Capital said the U.S. unit of Greyhaven and Marsh will buy the shares. ' +
  'The EC said it expects the deal to close in April.';

test('a headline in capitals is recased as desks do, keeping names, initials and tickers', () => {
  const headline = 'KESTREL HARBOUR <KHC> SAYS U.S. UNIT TO BUY GREYHAVEN AND MARSH SHARES';
  assert.equal(
    recase(headline, 'title', body),
    'Kestrel Harbour <KHC> Says U.S. Unit to Buy Greyhaven and Marsh Shares',
  );
  assert.equal(
    recase(headline, 'sentence', body),
    'Kestrel Harbour <KHC> says U.S. unit to buy Greyhaven and Marsh shares',
  );
  assert.equal(recase(headline, 'source', body), headline);
  assert.equal(recase('EC WARNS ON STEEL', 'sentence', body), 'EC warns on steel');
  // A headline the source already cases is the source's.
  assert.equal(recase('Oil Prices Rise', 'sentence', body), 'Oil Prices Rise');
});

test('recasing changes the case of letters and nothing else', () => {
  fc.assert(
    fc.property(
      fc.string(),
      fc.constantFrom('title', 'sentence') as fc.Arbitrary<'title' | 'sentence'>,
      (s, how) => {
        const cased = recase(s.toUpperCase(), how, body);
        assert.equal(cased.toUpperCase(), s.toUpperCase());
      },
    ),
  );
});

test("a crosshead sums up its passage in the passage's words, never its opening words, without punctuation", () => {
  const stories = { zh: loadSample('zh'), en: loadSample('en') };
  fc.assert(
    fc.property(
      fc.integer(),
      fc.constantFrom('zh', 'en') as fc.Arbitrary<'zh' | 'en'>,
      fc.nat(),
      (seed, lang, pick) => {
        const story = stories[lang][pick % stories[lang].length]!;
        const passage = story.paragraphs.slice(0, 3);
        const phrase = crosshead(passage, lang, new Dice(rng(seed)));
        if (phrase === undefined) return;
        const first = passage[0] ?? '';
        if (lang === 'zh') {
          assert.ok(passage.some((p) => p.includes(phrase)) && !first.startsWith(phrase), phrase);
          assert.ok(phrase.length >= 4 && phrase.length <= 14 && !/[，。；：！？、“”]/.test(phrase), phrase);
          return;
        }
        const words = phrase.split(' ');
        assert.ok(words.length >= 2 && words.length <= 4, `two to four words: ${phrase}`);
        assert.ok(!/[,;:!?"]/.test(phrase), phrase);
        const said = passage.join(' ').replace(/\s+/g, ' ').toLowerCase();
        assert.ok(said.includes(phrase.toLowerCase()), `in the passage's words: ${phrase}`);
        assert.ok(!first.toLowerCase().startsWith(phrase.toLowerCase()), `not the opening words: ${phrase}`);
      },
    ),
  );
  // Quotes and figures throughout: nothing a desk would set as a crosshead.
  assert.equal(crosshead(['“很好”，他说。'], 'zh', new Dice(rng(1))), undefined);
  assert.equal(crosshead(['"We will," he said.'], 'en', new Dice(rng(1))), undefined);
});

test('an English kicker is a label of one to three words, in capitals over a headline in capitals', () => {
  const [story] = loadSample('en');
  fc.assert(
    fc.property(fc.integer(), (seed) => {
      const kicker = englishKicker(story!.paragraphs, 'Oil prices rise', new Dice(rng(seed)));
      assert.ok(/^[A-Z]/.test(kicker) && kicker.split(' ').length <= 3, kicker);
      assert.equal(
        englishKicker(story!.paragraphs, 'OIL PRICES RISE', new Dice(rng(seed))),
        kicker.toUpperCase(),
      );
    }),
  );
});
