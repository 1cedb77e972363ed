// The `npm run bench:anchoring` edit corpus in small: every committed sample article (Chinese and English), six
// highlights per kind of edit, re-anchored through reanchorAll with the old text, held to the bench's bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadSample } from '../corpus/sources';
import { EDIT_KINDS } from '../support/anchoring-edit-kinds';
import { editCases } from '../support/anchoring-edits';
import { describeFailure, formatTable, measure, needlessShare, total } from '../support/anchoring-score';

test('edit corpus: at most 1% needless orphans, no wrong anchor, no boundary slip', () => {
  const sources = [...loadSample('zh'), ...loadSample('en')];
  const { tallies, failures } = measure(editCases(sources, EDIT_KINDS, 6, 1));
  console.log(formatTable(tallies));
  const all = total(tallies);
  const shown = failures.map(describeFailure).join('\n');
  assert.equal(all.wrong, 0, shown);
  assert.equal(all.slips, 0, shown);
  assert.ok(needlessShare(all) <= 0.01, shown);
  // Every kind is represented: a kind the sample could not build would pass unmeasured.
  for (const [kind, tally] of tallies) assert.ok(tally.count >= 200, `${kind}: ${tally.count} cases`);
});
