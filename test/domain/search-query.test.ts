import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalise } from '../../main/domain/search/normalise.js';
import { tokenise } from '../../main/domain/search/tokens.js';
import { parseQuery, QueryError } from '../../main/domain/search/query.js';
import { matchExpression } from '../../main/domain/search/match-expression.js';
import { segmentForIndex } from '../../main/domain/search/segment.js';
import { findHits } from '../../main/domain/search/find-hits.js';
import { buildSnippet } from '../../main/domain/search/snippet.js';

test('full-width letters, digits and punctuation fold to half-width, letters to lower case', () => {
  assert.equal(normalise('ｉＰｈｏｎｅ　１５，ABC'), 'iphone 15,abc');
  assert.equal(normalise('国歌'), '国歌');
  assert.deepEqual(
    tokenise('𠀀ＡＢ  İx\n \n。').map(({ text, start, end, kind }) => [text, start, end, kind]),
    [
      ['𠀀', 0, 2, 'cjk'],
      ['ab', 2, 4, 'word'],
      ['i̇x', 6, 8, 'word'],
      ['\n', 8, 11, 'break'],
      ['。', 11, 12, 'mark'],
    ],
    'tokens keep their ranges in the original text',
  );
});

test('the index sees every CJK character and punctuation mark as its own token, words whole, breaks kept', () => {
  assert.equal(segmentForIndex('iPhone发布，王　明\n\nHello-World'), 'iphone 发 布 , 王 明 \n hello - world');
});

test('the query language: words, phrases, prefixes, exclusions and filters', () => {
  assert.deepEqual(
    parseQuery(
      '国歌 "Trade Deal" annot* -香港 -"a b" tag:经济 source:人民日报 after:2024-05-01 before:2024-06-01',
    ),
    {
      include: [
        { tokens: ['国', '歌'], prefix: false },
        { tokens: ['trade', 'deal'], prefix: false },
        { tokens: ['annot'], prefix: true },
      ],
      exclude: [
        { tokens: ['香', '港'], prefix: false },
        { tokens: ['a', 'b'], prefix: false },
      ],
      tags: ['经济'],
      sources: ['人民日报'],
      after: '2024-05-01',
      before: '2024-06-01',
    },
  );
  assert.deepEqual(parseQuery('“国歌”').include, [{ tokens: ['国', '歌'], prefix: false }], 'Chinese quotes');
  assert.deepEqual(parseQuery('ＴＡＧ：ｘ').tags, ['x'], 'full-width syntax');
  assert.deepEqual(parseQuery('"open phrase').include, [{ tokens: ['open', 'phrase'], prefix: false }]);
  assert.deepEqual(parseQuery('"data base"*').include, [{ tokens: ['data', 'base'], prefix: true }]);
  assert.deepEqual(
    parseQuery('（国歌）').include,
    [{ tokens: ['国', '歌'], prefix: false }],
    'edge punctuation',
  );
  assert.deepEqual(parseQuery('国，歌').include, [{ tokens: ['国', ',', '歌'], prefix: false }]);
  assert.deepEqual(parseQuery('国* e-mail').include, [
    { tokens: ['国'], prefix: false },
    { tokens: ['e', '-', 'mail'], prefix: false },
  ]);
  for (const bad of ['', '  ', '，。', '-', '"', '*', 'after:2024-13-01', 'before:soon', 'tag:']) {
    assert.throws(() => parseQuery(bad), QueryError, bad);
  }
});

test('a MATCH expression quotes every term, so nothing typed is FTS5 syntax', () => {
  const { include, exclude } = parseQuery('NEAR(a) OR x"y ^b* -c:d');
  assert.equal(
    matchExpression(include, exclude),
    '("near ( a" AND "or" AND "x "" y" AND "b" *) NOT ("c : d")',
  );
  fc.assert(
    fc.property(fc.string(), (input) => {
      let query;
      try {
        query = parseQuery(input);
      } catch (error) {
        assert.ok(error instanceof QueryError);
        return;
      }
      const expression = matchExpression(query.include, query.exclude);
      // Outside the quoted strings only the operators we put there remain.
      const outside = expression?.replace(/"(?:[^"]|"")*"/g, '') ?? '';
      assert.match(outside, /^(?:\s|AND|NOT|OR|\*|\(|\))*$/);
    }),
  );
});

test('hits are found as ranges of the original text, through full-width letters and surrogate pairs', () => {
  const text = '𠀀ＡＢＣ国歌 abc国歌\n国\n歌';
  const hits = findHits(text, parseQuery('abc国歌').include);
  assert.deepEqual(
    hits.map((hit) => text.slice(hit.start, hit.end)),
    ['ＡＢＣ国歌', 'abc国歌'],
  );
  assert.deepEqual(findHits(text, parseQuery('国歌').include).length, 2, 'a line break ends a hit');
  assert.deepEqual(
    findHits('王　明 and 王明', parseQuery('王明').include).map((hit) => hit.end - hit.start),
    [3, 2],
    'spaces between Chinese characters are ignored',
  );
  assert.deepEqual(findHits('aaa', parseQuery('a aa').include), [], 'whole words only');
  assert.deepEqual(
    findHits('国歌歌', parseQuery('国歌 歌歌').include),
    [{ start: 0, end: 3 }],
    'overlaps merge',
  );
});

test('a snippet is plain text around the first hit, with the hits marked and cut ends shown', () => {
  const text = `${'前'.repeat(100)}国歌${'后'.repeat(200)}`;
  const parts = buildSnippet(text, findHits(text, parseQuery('国歌').include));
  assert.deepEqual(parts[0], { text: '…', hit: false });
  assert.deepEqual(parts[2], { text: '国歌', hit: true });
  assert.deepEqual(parts[parts.length - 1], { text: '…', hit: false });
  assert.equal(parts.map((part) => part.text).join('').length, 122);
  assert.deepEqual(buildSnippet('短\n\n文', []), [{ text: '短 文', hit: false }]);
});
