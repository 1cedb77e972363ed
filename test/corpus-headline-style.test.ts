// How the corpus prints English headlines and crossheads. The sources write headlines in capitals and a crosshead
// borrowed from another story looked like a headline, so a parser trained on them learned that capitals make a
// headline and that a headline inside a story is a subhead; real papers print neither.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { crosshead } from './corpus/render-article';
import { recase } from './corpus/recase';

const body =
  'TORONTO, March 3 - First Toronto Capital said the U.S. unit of Olympia and York will buy the shares. ' +
  'The EC said it expects the deal to close in April.';

test('a headline in capitals is recased as desks do, keeping names, initials and tickers', () => {
  const headline = 'FIRST TORONTO <FTC> SAYS U.S. UNIT TO BUY OLYMPIA AND YORK SHARES';
  assert.equal(
    recase(headline, 'title', body),
    'First Toronto <FTC> Says U.S. Unit to Buy Olympia and York Shares',
  );
  assert.equal(
    recase(headline, 'sentence', body),
    'First Toronto <FTC> says U.S. unit to buy Olympia and York shares',
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

test('a crosshead is a short phrase of the paragraph it stands over, without punctuation', () => {
  const en = 'Currency speculators and investors are convinced that a further fall is needed, dealers said.';
  assert.equal(crosshead(en, 'en'), en.slice(0, crosshead(en, 'en')?.length));
  const words = crosshead(en, 'en')?.split(' ') ?? [];
  assert.ok(words.length >= 2 && words.length <= 5, `two to five words: ${words.join(' ')}`);
  assert.equal(crosshead('为应对寒潮，各地还加大统筹力度，保障居民生产生活。', 'zh'), '为应对寒潮');
  // Quotes and figures throughout: nothing a desk would set as a crosshead.
  assert.equal(crosshead('“很好”，他说。', 'zh'), undefined);
  assert.equal(crosshead('"We will," he said.', 'en'), undefined);
});
