import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeText } from '../../main/domain/anchoring/normalize.js';
import { diffOffsets } from '../../main/domain/anchoring/text-diff.js';

// Few letters, so that edits repeat their neighbours and the diff must choose where they stand; “ ” and "
// fold alike, whitespace folds away.
const piece = fc.string({
  unit: fc.constantFrom('甲', '乙', '。', '“', '”', '"', ' ', '\n', 'a', 'b'),
  maxLength: 12,
});

const edited = fc
  .tuple(piece, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), piece), { maxLength: 4 }))
  .map(([base, edits]) => {
    let text = base;
    for (const [at, removed, inserted] of edits) {
      const from = text.length === 0 ? 0 : at % (text.length + 1);
      text = text.slice(0, from) + inserted + text.slice(from + removed);
    }
    return { before: base, after: text };
  });

test('the diff maps every surviving character, in order, to one that folds the same, and back', () => {
  fc.assert(
    fc.property(edited, ({ before, after }) => {
      const map = diffOffsets(before, after);
      const foldedBefore = normalizeText(before);
      const foldedAfter = normalizeText(after);
      let previous = -1;
      for (const [unit, offset] of foldedBefore.starts.entries()) {
        const now = map.surviving(offset);
        if (now === null) continue;
        assert.ok(now > previous, 'surviving characters keep their order');
        previous = now;
        const nowUnit = foldedAfter.starts.indexOf(now);
        assert.equal(foldedAfter.text[nowUnit], foldedBefore.text[unit]);
        assert.equal(map.origin(now), offset);
      }
    }),
    { numRuns: 2000 },
  );
});

test('where an edit could stand on either side of a repeated character, the same character is kept', () => {
  // “ and ” fold alike: the pasted sentence's ” is new, the quote's “ is the one that was there.
  const map = diffOffsets('他说“好。”', '他说“她问：“行吗？”好。”');
  assert.equal(map.surviving(2), 2);
  assert.equal(map.origin(9), null);
});
