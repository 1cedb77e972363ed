// Re-anchoring what survives of a highlight's text: the cases behind issue 9's needless orphans and boundary
// slips, each with the text that showed it, the guards that keep doubtful cases orphaned, and a property.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText, quoteAnchor, reanchor } from '../../main/domain/anchoring/index.js';
import type { Reanchored } from '../../main/domain/anchoring/index.js';

const at = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  assert.ok(start >= 0 && text.indexOf(quote, start + 1) === -1, `"${quote}" once in the text`);
  return quoteAnchor(text, start, start + quote.length);
};

/** What an anchored result covers in the new text, or 'orphaned'. */
const covered = (text: string, result: Reanchored) =>
  result.status === 'anchored' ? text.slice(result.start, result.end) : 'orphaned';

/** Highlights `quote` in `text`, replaces `from` by `to`, and says what the re-anchored highlight covers. */
const afterEdit = (text: string, quote: string, from: string, to: string) => {
  const changed = text.replace(from, to);
  return covered(changed, reanchor(text, changed, at(text, quote)));
};

const HARBOUR =
  'The council voted on Tuesday night to keep the old ferry running for five more years. ' +
  'Supporters packed the public gallery, and one retired skipper rang a brass bell whenever a ' +
  'councillor said something he liked. The harbour master said repairs would begin next month.';
const METRO =
  '他说，这种坐票的服务有望在地铁三期上实行。改制以后，许多企业转向资产经营。资产经营浪潮最后以失败告终。' +
  '总之，资产经营不能替代生产经营。再比如，设立可以放大件行李的车厢，避免像现在放行李不太方便的现象。';

test('a sentence inserted inside a quote: the highlight spans from its first to its last surviving character', () => {
  const ferry = 'keep the old ferry running for five more years';
  assert.equal(
    afterEdit(HARBOUR, ferry, 'old ferry', 'old ferry, which first sailed in 1968, keeps'),
    'keep the old ferry, which first sailed in 1968, keeps running for five more years',
  );
  assert.equal(
    afterEdit(
      METRO,
      '改制以后，许多企业转向资产经营。资产经营浪潮',
      '经营。资产',
      '经营。这一做法当时得到了广泛支持。资产',
    ),
    '改制以后，许多企业转向资产经营。这一做法当时得到了广泛支持。资产经营浪潮',
  );
});

test('part of a quote deleted: the highlight keeps what is left and never runs onto the next sentence', () => {
  // The tail went; "资产经营" also starts the next sentence, where the approximate search used to end.
  const tail = '资产经营浪潮最后以失败告终。';
  assert.equal(
    afterEdit(METRO, `改制以后，许多企业转向资产经营。${tail}`, tail, ''),
    '改制以后，许多企业转向资产经营。',
  );
  const supporters = 'Supporters packed the public gallery, and one retired skipper';
  assert.equal(
    afterEdit(HARBOUR, supporters, 'the public gallery, and ', ''),
    'Supporters packed one retired skipper',
  );
});

test('a one-character typo inside a short quote keeps the highlight, in Chinese and in an English edge word', () => {
  // Five characters allow one edit (80%): the floor of 5 × (1 − 0.8) came out 0.
  assert.equal(afterEdit(METRO, '设立可以放', '设立可以放', '设立可已放'), '设立可已放');
  // The diff replaces whole words: the respelled first word would have cost the quote its start.
  assert.equal(
    afterEdit(HARBOUR, 'skipper rang a brass bell', 'skipper', 'skiper'),
    'skiper rang a brass bell',
  );
});

/** The quote, intact and once in both texts, is re-anchored on itself, through the diff. */
const assertKeptByDiff = (text: string, changed: string, quote: string) =>
  assert.deepEqual(reanchor(text, changed, at(text, quote)), {
    status: 'anchored',
    start: changed.indexOf(quote),
    end: changed.indexOf(quote) + quote.length,
    method: 'diff',
  });

test('a short quote whose ends the diff carries over exactly survives both contexts changing', () => {
  assertKeptByDiff(
    '本报讯今天上午，市政府在市民中心召开新闻发布会，有关负责人宣布：地铁三期工程将于明年年底全线开通试运营，' +
      '届时全市轨道交通总里程将超过三百公里，居民出行将更加方便快捷。',
    '据悉，地铁三期工程将于明年年底全线开通试运营，专家普遍认为这一工程十分关键，超过三百公里，居民出行将更加方便快捷。',
    '地铁三期工程将于明年年底全线开通试运营',
  );
});

test('a quote rewritten around on both sides, which the diff reports replaced with them, stays where it was', () => {
  // Both rewrites are longer than the quote, so the diff's clean-up gives up the quote's own agreement.
  assertKeptByDiff(
    '本报讯今天上午，市政府召开新闻发布会。地铁三期工程将于明年年底通车，届时全市轨道交通总里程将超过三百公里。',
    '记者从有关部门获悉：地铁三期工程将于明年年底通车，市民出行将更加便捷。',
    '地铁三期工程将于明年年底通车',
  );
});

test('a unique exact hit is not vetoed by an edge character the diff kept elsewhere', () => {
  // The items swap: the diff keeps the second item's "·" where the first one stood.
  const items = [
    '·奖励办法：最先报名的前五十支参赛队伍，经审核，可免费使用场地。',
    '·咨询电话：零二七－八八六六一二三四，零二七－八八六六一二三五。',
    '·报名方式：先到社区服务中心领取报名表，填好后当场交回。',
  ];
  const text = items.join('\n\n');
  const anchor = at(text, items[1]!);
  const changed = [items[1], items[0], items[2]].join('\n\n');
  assert.equal(covered(changed, reanchor(text, changed, anchor)), items[1]);
});

test('a short paragraph moved elsewhere is found there, its surroundings all new', () => {
  const paragraphs = [
    '小区直饮水售水机必须要有专人进行维护管理，否则出水水质是得不到保障的。',
    '分别是微生物指标，毒理学指标，放射性指标，感官性状指标。',
    '检测机构每季度到现场取样一次，结果在小区公告栏公布。',
    '居民如有疑问，可以拨打物业服务中心的电话咨询。',
  ];
  const text = paragraphs.join('\n\n');
  const anchor = at(text, paragraphs[1]!);
  const changed = [paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[1]].join('\n\n');
  const result = reanchor(text, changed, anchor);
  assert.deepEqual(result, {
    status: 'anchored',
    start: changed.lastIndexOf('分别是'),
    end: changed.length,
    method: 'search',
  });
});

test('in doubt, orphaned: a sentence moved into a quote is someone else’s, not text written inside it', () => {
  const anchor = at(HARBOUR, 'keep the old ferry running for five more years');
  const moved = 'The harbour master said repairs would begin next month.';
  const changed = HARBOUR.replace(` ${moved}`, '').replace('old ferry', `old ferry ${moved}`);
  const result = reanchor(HARBOUR, changed, anchor);
  assert.ok(!covered(changed, result).includes('harbour master'), covered(changed, result));
});

test('in doubt, orphaned: which of two "The" a deletion kept is a guess', () => {
  const will =
    'The will of a local printer, who left the building and a small fund, said that "no person seeking to ' +
    'read shall find the door locked." ';
  const text =
    'The library has kept its reading room open every day of the year since a bequest in the ' +
    `nineteen-fifties required it to. ${will}The trustees have taken the sentence literally ever since.`;
  // The sentence went: the diff keeps one "The", and which one is a guess; ". The" of "The trustees" is not theirs.
  const changed = text.replace(will, '');
  assert.deepEqual(reanchor(text, changed, at(text, '. The wi')), { status: 'orphaned' });
});

// Property: words of random lowercase letters or Han characters, so a passage is unlikely to repeat; edits
// insert, delete or replace whole words anywhere outside the quote (next to it too), with capitals, which
// never occur in the text, so they cannot make another copy of it.
const word = fc.stringMatching(/^[a-z]{2,8}$/);
const hanWord = fc.stringMatching(/^[\u4e00-\u4e2f\u6c34-\u6c5f]{2,4}$/);
const capitals = fc.array(fc.stringMatching(/^[A-Z]{1,9}$/), { minLength: 1, maxLength: 12 });
const HAN = /\p{Script=Han}/u;

/** Joins words as the articles do (no space between two Chinese words) and says where each starts. */
function join(words: readonly string[]): { text: string; starts: number[] } {
  let text = '';
  const starts: number[] = [];
  words.forEach((w, i) => {
    if (i > 0 && !(HAN.test(words[i - 1]!.at(-1)!) && HAN.test(w[0]!))) text += ' ';
    starts.push(text.length);
    text += w;
  });
  return { text, starts };
}

const edit = fc.record({
  before: fc.boolean(),
  at: fc.nat(),
  kind: fc.constantFrom('insert', 'delete', 'replace'),
  words: capitals,
});

test('property: edits that leave the quote intact, next to it or anywhere else, keep the exact anchor', () => {
  fc.assert(
    fc.property(
      fc.array(fc.oneof(word, hanWord), { minLength: 20, maxLength: 100 }),
      fc.nat(),
      fc.integer({ min: 1, max: 8 }),
      fc.array(edit, { minLength: 1, maxLength: 6 }),
      (words, seed, length, edits) => {
        const from = seed % (words.length - length);
        const quote = words.slice(from, from + length);
        const before = words.slice(0, from);
        const after = words.slice(from + length);
        for (const change of edits) {
          const side = change.before ? before : after;
          const index = change.at % (side.length + 1);
          if (change.kind === 'insert') side.splice(index, 0, ...change.words);
          else if (change.kind === 'delete') side.splice(index, 1 + (change.at % 3));
          else side.splice(index, 1, ...change.words);
        }
        const old = join(words);
        const now = join([...before, ...quote, ...after]);
        const oldStart = old.starts[from]!;
        const quoteText = join(quote).text;
        const newStart = now.starts[before.length]!;
        const once = (text: string) => {
          const [folded, needle] = [normalizeText(text).text, normalizeText(quoteText).text];
          return folded.indexOf(needle) === folded.lastIndexOf(needle);
        };
        fc.pre(quoteText.length >= 4 && once(old.text) && once(now.text));
        const result = reanchor(
          old.text,
          now.text,
          quoteAnchor(old.text, oldStart, oldStart + quoteText.length),
        );
        assert.equal(result.status, 'anchored');
        if (result.status !== 'anchored') return;
        assert.deepEqual([result.start, result.end], [newStart, newStart + quoteText.length]);
      },
    ),
    { numRuns: 300 },
  );
});
