// `npm run bench:anchoring`: how highlights survive a re-import. On the committed corpus sample (25 Chinese and
// 25 English news articles), highlights of 5–200 characters at sentence and arbitrary boundaries each meet one
// edit of a kind (test/support/anchoring-edit-kinds.ts) and are re-anchored through reanchorAll with the old
// text, as a re-import does. One row per kind: correct, needless orphans (at most half the quote deleted, yet
// orphaned), wrong anchors and boundary slips (test/support/anchoring-score.ts says which is which). Exits 1
// when needless orphans exceed 1% of the highlights that must anchor, or on any wrong anchor or slip.
// Options: --per-kind N highlights per article and kind (default 100), --seed N, --failures to list them.
import { parseArgs } from 'node:util';
import { loadSample } from '../test/corpus/sources.ts';
import { EDIT_KINDS } from '../test/support/anchoring-edit-kinds.ts';
import { editCases } from '../test/support/anchoring-edits.ts';
import {
  describeFailure,
  formatTable,
  measure,
  needlessShare,
  total,
} from '../test/support/anchoring-score.ts';

const MAX_NEEDLESS_SHARE = 0.01;

const { values } = parseArgs({
  options: {
    'per-kind': { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    failures: { type: 'boolean', default: false },
  },
});
const sources = [...loadSample('zh'), ...loadSample('en')];
const started = performance.now();
const edits = editCases(sources, EDIT_KINDS, Number(values['per-kind']), Number(values.seed));
const { tallies, failures } = measure(edits);
const seconds = (performance.now() - started) / 1000;

console.log(
  `${edits.length} highlights on ${sources.length} articles, re-anchored in ${seconds.toFixed(1)} s\n`,
);
console.log(formatTable(tallies));
if (values.failures) for (const failure of failures) console.log(describeFailure(failure));
const all = total(tallies);
const passed = needlessShare(all) <= MAX_NEEDLESS_SHARE && all.wrong === 0 && all.slips === 0;
console.log(
  `\n${passed ? 'PASS' : 'FAIL'}: needless orphans ${(100 * needlessShare(all)).toFixed(2)}% ` +
    `(at most ${100 * MAX_NEEDLESS_SHARE}%), wrong anchors ${all.wrong}, boundary slips ${all.slips} (0 each)`,
);
process.exit(passed ? 0 : 1);
