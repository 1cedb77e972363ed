// The line table some import steps read a page through stands in for `text.split('\n')` without cutting out lines
// nobody reads: whatever the text and whatever order lines are asked about in, it answers as the split would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { LineTable } from '../../main/domain/import/line-table';

const pageText = fc
  .array(fc.constantFrom('a', '中', ' ', ' ', '\n', '\n', '\r', '\t', '\u3000', '。'), { maxLength: 60 })
  .map((chars) => chars.join(''));

test('a line table answers like the lines split at every line feed, asked in any order', () => {
  fc.assert(
    fc.property(pageText, fc.array(fc.integer({ min: -2, max: 30 }), { maxLength: 40 }), (text, asked) => {
      const split = text.split('\n');
      const table = new LineTable(text);
      assert.equal(table.length, split.length);
      for (const i of asked) {
        const line = split[i] ?? '';
        assert.equal(table.at(i), line);
        assert.equal(table.blank(i), line.trim() === '');
        assert.equal(table.hasSpace(i), line.includes(' '));
      }
      for (let first = 0; first < split.length; first++)
        for (let end = first + 1; end <= split.length; end++)
          assert.equal(table.slice(first, end), split.slice(first, end).join('\n'));
    }),
  );
});
