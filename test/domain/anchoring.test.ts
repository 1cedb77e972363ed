import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  normalizeText,
  quoteAnchor,
  reanchor,
  reanchorAll,
  toNormalizedOffset,
  toOriginalRange,
} from '../../main/domain/anchoring/index.js';

const ENGLISH =
  'The council voted on Tuesday night to keep the old ferry running. Supporters packed the gallery, ' +
  'and one retired skipper rang a brass bell whenever a councillor said something he liked.';
const CHINESE =
  '经过八个月的施工，位于城西老街的菜市场本周一重新开门迎客。改造后的市场保留了原来的青砖外墙和木质屋架，' +
  '一百二十多户摊主全部按原位置回迁。';

const at = (text: string, quote: string) =>
  quoteAnchor(text, text.indexOf(quote), text.indexOf(quote) + quote.length);

test('folding removes spaces and breaks between CJK characters, collapses other runs and folds widths', () => {
  const folded = normalizeText(' 中国 人民\n在  Ｈｅｌｌｏ，  “world”\u200b ');
  assert.equal(folded.text, '中国人民在Hello, "world"');
  // Every folded unit maps back to the original characters it came from.
  assert.deepEqual(toOriginalRange(folded, 5, 10), { start: 10, end: 15 });
  assert.equal(toNormalizedOffset(folded, 10), 5);
});

test('an unchanged text keeps every annotation where it was, by position', () => {
  const anchor = at(ENGLISH, 'brass bell');
  assert.deepEqual(reanchor(ENGLISH, ENGLISH, anchor), {
    status: 'anchored',
    ...range(anchor),
    method: 'position',
  });
});

test('text inserted before an annotation shifts it exactly, through the diff', () => {
  const anchor = at(CHINESE, '青砖外墙');
  const changed = '【本报讯】' + CHINESE;
  assert.deepEqual(reanchor(CHINESE, changed, anchor), {
    status: 'anchored',
    start: anchor.start + 5,
    end: anchor.end + 5,
    method: 'diff',
  });
});

test('a moved sentence is found again, with or without the old text', () => {
  const sentence = 'Supporters packed the gallery, and one retired skipper rang a brass bell';
  const anchor = at(ENGLISH, 'retired skipper');
  const moved = ENGLISH.replace(sentence + ' whenever a councillor said something he liked.', '').trim();
  const changed = `${sentence} whenever a councillor said something he liked. ${moved}`;
  const expected = {
    start: changed.indexOf('retired skipper'),
    end: changed.indexOf('retired skipper') + 15,
  };
  assert.deepEqual(range(reanchor(ENGLISH, changed, anchor) as typeof expected), expected);
  assert.deepEqual(reanchor(null, changed, anchor), { status: 'anchored', ...expected, method: 'search' });
});

test('line breaks added between Chinese characters and width changes do not lose a highlight', () => {
  const anchor = at(CHINESE, '城西老街的菜市场');
  const changed = CHINESE.replace('城西老街', '城西\n老街').replace('，', ',');
  const result = reanchor(CHINESE, changed, anchor);
  assert.equal(result.status, 'anchored');
  if (result.status === 'anchored')
    assert.equal(changed.slice(result.start, result.end), '城西\n老街的菜市场');
});

test('a highlight whose end was deleted stays in its paragraph, though the next one opens with its words', () => {
  const text =
    'The mill said on Friday it had bought more shares in Brightwater, raising its stake to a fifth.\n\n' +
    'The mill is making a fresh offer for Brightwater.\n\n' +
    'Brightwater shares rose a penny in early trading while the mill’s slipped a penny.';
  const anchor = at(text, 'The mill is making a fresh offer for Brightwater.');
  for (const changed of [text.replace('for Brightwater.', 'for '), text.replace(' Brightwater.\n', '\n')]) {
    const result = reanchor(text, changed, anchor);
    assert.equal(result.status, 'anchored');
    if (result.status === 'anchored')
      assert.equal(changed.slice(result.start, result.end), 'The mill is making a fresh offer for');
  }
});

test('a quoted sentence pasted inside a quote keeps the highlight on the quote marks the user selected', () => {
  const text =
    '活动从六月持续到七月。“开放日是为了拉近医院和市民的距离。”\n\n院长表示，开放日期间会组织讲座。';
  const quote = '“开放日是为了拉近医院和市民的距离。”';
  const pasted = '一位市民说：“我第一次走进手术室的走廊。”';
  // The pasted sentence ends in ” and the quote opens with “, which match alike; the “ is still the user's.
  const changed = text.replace('“开放日', `“${pasted}开放日`);
  const result = reanchor(text, changed, at(text, quote));
  assert.equal(result.status, 'anchored');
  if (result.status === 'anchored')
    assert.equal(changed.slice(result.start, result.end), `“${pasted}开放日是为了拉近医院和市民的距离。”`);
});

test('words written before a passage that open like it do not pull its first character onto them', () => {
  const text =
    '会议在北京举行。\n\n现代农业的发展需要科技支撑，专家们在会上交流了经验。\n\n下一届会议将在上海举行。';
  const quote = '现代农业的发展需要科技支撑，专家们在会上交流了经验。';
  const changed = text.replace('举行。\n\n现代', '举行。现场人很多现代');
  const result = reanchor(text, changed, at(text, quote));
  assert.equal(result.status, 'anchored');
  if (result.status === 'anchored') assert.equal(changed.slice(result.start, result.end), quote);
});

test('a deleted passage is orphaned, never moved to another occurrence of the same words', () => {
  const text =
    'The ferry runs daily. The ferry runs at dawn and at dusk, all year. The town keeps the ferry.';
  const anchor = at(text, 'at dawn and at dusk');
  const changed = text.replace(' at dawn and at dusk, all year', '');
  assert.deepEqual(reanchor(text, changed, anchor), { status: 'orphaned' });
  const short = quoteAnchor(text, text.indexOf('ferry runs at') + 11, text.indexOf('ferry runs at') + 13);
  assert.deepEqual(reanchor(text, text.replace('runs at dawn', 'sails early'), short), {
    status: 'orphaned',
  });
});

test('a changed word inside a long quote is still found, approximately, where the context agrees', () => {
  const anchor = at(ENGLISH, 'keep the old ferry running');
  const changed = ENGLISH.replace('old ferry', 'blue ferry');
  const result = reanchor(ENGLISH, changed, anchor);
  assert.equal(result.status, 'anchored');
  if (result.status === 'anchored')
    assert.equal(changed.slice(result.start, result.end), 'keep the blue ferry running');
});

test('a common word with new surroundings is orphaned rather than guessed', () => {
  const anchor = at(ENGLISH, 'the');
  assert.deepEqual(reanchor(null, 'Nothing of the sort was said at the meeting.', anchor), {
    status: 'orphaned',
  });
});

test('the batch version answers in order and equals one-by-one re-anchoring', () => {
  const anchors = ['council', 'brass bell', 'gallery', 'something he liked'].map((quote) =>
    at(ENGLISH, quote),
  );
  const changed = ENGLISH.replace('Tuesday', 'Wednesday').replace('packed', 'filled');
  assert.deepEqual(
    reanchorAll(ENGLISH, changed, anchors),
    anchors.map((anchor) => reanchor(ENGLISH, changed, anchor)),
  );
});

test('re-anchoring a 50,000-character article stays fast (bounded approximate search)', () => {
  const paragraphs = Array.from(
    { length: 260 },
    (_, i) => `Paragraph ${i}: ${ENGLISH.replaceAll('the', `the${i % 7}`)}`,
  );
  const text = paragraphs.join('\n\n');
  assert.ok(text.length > 50_000);
  const anchors = Array.from({ length: 40 }, (_, i) => quoteAnchor(text, i * 1200 + 17, i * 1200 + 17 + 150));
  const changed = text.replaceAll('council', 'committee').replaceAll('\n\n', ' ');
  const started = performance.now();
  const results = reanchorAll(text, changed, anchors);
  const elapsed = performance.now() - started;
  assert.equal(results.length, 40);
  assert.ok(elapsed < 3000, `took ${elapsed.toFixed(0)} ms`);
});

// Properties. Words of random letters, so a passage is unlikely to occur twice by chance.
const word = fc.stringMatching(/^[a-z]{2,8}$/);
const hanWord = fc.stringMatching(/^[\u4e00-\u4e2f\u6c34-\u6c5f]{2,4}$/);
const article = fc
  .array(fc.oneof(word, hanWord), { minLength: 30, maxLength: 120 })
  .map((words) => words.join(' ').replace(/(\p{Script=Han}) (?=\p{Script=Han})/gu, '$1'));
const articleWithRange = article.chain((text) =>
  fc
    .tuple(fc.nat(text.length - 2), fc.integer({ min: 4, max: 40 }))
    .map(([start, length]) => ({ text, start, end: Math.min(text.length, start + length) }))
    .filter(({ text, start, end }) => text.slice(start, end).trim().length >= 4),
);
/** Capitals never occur in `article`, so inserted text cannot repeat the annotated passage. */
const insertion = fc.stringMatching(/^[A-Z]{1,9}( [A-Z]{1,9}){0,30}$/);
const range = (value: { start: number; end: number }) => ({ start: value.start, end: value.end });

test('property: unchanged text gives the same offsets', () => {
  fc.assert(
    fc.property(articleWithRange, ({ text, start, end }) => {
      assert.deepEqual(reanchor(text, text, quoteAnchor(text, start, end)), {
        status: 'anchored',
        start,
        end,
        method: 'position',
      });
    }),
  );
});

test('property: text inserted before an annotation shifts it by exactly its length', () => {
  fc.assert(
    fc.property(articleWithRange, fc.nat(), insertion, ({ text, start, end }, seed, inserted) => {
      // At a word boundary before the passage: splitting the very word a quote is cut from is another case.
      const at = seed % 2 === 0 ? 0 : text.lastIndexOf(' ', start - 1) + 1;
      const changed = text.slice(0, at) + inserted + ' ' + text.slice(at);
      const result = reanchor(text, changed, quoteAnchor(text, start, end));
      const shift = inserted.length + 1;
      assert.equal(result.status, 'anchored');
      if (result.status !== 'anchored') return;
      // Whitespace at the quote's edges may be trimmed; the visible passage is exactly the old one, shifted.
      assert.equal(changed.slice(result.start, result.end), text.slice(start, end).trim());
      assert.equal(
        result.start,
        start + shift + (text.slice(start, end).length - text.slice(start, end).trimStart().length),
      );
    }),
    { numRuns: 60 },
  );
});

test('property: deleting the annotated text orphans the annotation', () => {
  fc.assert(
    fc.property(articleWithRange, ({ text, start, end }) => {
      const changed = text.slice(0, start) + text.slice(end);
      fc.pre(!normalizeText(changed).text.includes(normalizeText(text.slice(start, end)).text));
      assert.deepEqual(reanchor(text, changed, quoteAnchor(text, start, end)), { status: 'orphaned' });
    }),
    { numRuns: 60 },
  );
});

test('property: an anchored result always lies inside the new text and never is empty', () => {
  fc.assert(
    fc.property(articleWithRange, article, ({ text, start, end }, other) => {
      const changed = other.slice(0, other.length / 2) + text + other.slice(other.length / 2);
      const result = reanchor(null, changed, quoteAnchor(text, start, end));
      if (result.status === 'anchored')
        assert.ok(0 <= result.start && result.start < result.end && result.end <= changed.length);
    }),
    { numRuns: 60 },
  );
});
