// Judges re-anchored highlights of the edit corpus (anchoring-edits.ts) against the truth its origins give, and
// tallies the verdicts per kind of edit for `npm run bench:anchoring` and its test.
import { normalizeText, reanchorAll } from '../../main/domain/anchoring/index.js';
import type { Reanchored } from '../../main/domain/anchoring/index.js';
import { EDIT_KINDS } from './anchoring-edit-kinds';
import type { EditKind } from './anchoring-edit-kinds';
import type { EditCase } from './anchoring-edits';

/**
 * - `correct`: on exactly the surviving part (from its first to its last surviving visible character), or on
 *   the same characters one place over where the text repeats them (no reader can tell which copy was theirs);
 *   an orphan when nothing of the quote survived.
 * - `needless orphan`: orphaned though at most half of the quote was deleted.
 * - `slip`: on the surviving part, but an edge off: it covers characters the user never selected or leaves
 *   out surviving ones.
 * - `wrong`: on text that is mostly not the surviving part, or anchored when nothing survived.
 * - `orphaned`: orphaned after more than half of the quote went (allowed, never the case in these kinds).
 */
export type Verdict = 'correct' | 'needless orphan' | 'slip' | 'wrong' | 'orphaned';

/** Where the quote's surviving visible characters are in the edited text. */
interface Truth {
  readonly visible: number;
  readonly surviving: number;
  readonly start: number;
  readonly end: number;
}

const VISIBLE = /\S/u;
/** At most this share of a quote deleted and it must still anchor. */
const MUST_SURVIVE_SHARE = 0.5;

function truthOf(edit: EditCase, origins: Int32Array): Truth {
  const now = new Int32Array(edit.original.length).fill(-1);
  origins.forEach((origin, at) => {
    if (origin >= 0) now[origin] = at;
  });
  let visible = 0;
  const positions: number[] = [];
  for (let at = edit.anchor.start; at < edit.anchor.end; at++) {
    if (!VISIBLE.test(edit.original[at]!)) continue;
    visible++;
    if (now[at]! >= 0) positions.push(now[at]!);
  }
  if (positions.length === 0) return { visible, surviving: 0, start: 0, end: 0 };
  return {
    visible,
    surviving: positions.length,
    start: Math.min(...positions),
    end: Math.max(...positions) + 1,
  };
}

/** The best verdict over the ways of reading the edit (see EditCase.origins): each is as true as the others. */
export function judge(edit: EditCase, result: Reanchored): Verdict {
  const verdicts = edit.origins.map((origins) => judgeReading(edit, truthOf(edit, origins), result));
  return verdicts.includes('correct') ? 'correct' : verdicts[0]!;
}

function judgeReading(edit: EditCase, truth: Truth, result: Reanchored): Verdict {
  if (result.status === 'orphaned') {
    if (truth.surviving === 0) return 'correct';
    return truth.surviving >= (1 - MUST_SURVIVE_SHARE) * truth.visible ? 'needless orphan' : 'orphaned';
  }
  if (truth.surviving === 0) return 'wrong';
  const text = edit.edited;
  let own = 0;
  let outside = 0;
  let missing = 0;
  for (let at = Math.min(result.start, truth.start); at < Math.max(result.end, truth.end); at++) {
    if (!VISIBLE.test(text[at]!)) continue;
    const inResult = at >= result.start && at < result.end;
    const inTruth = at >= truth.start && at < truth.end;
    if (inResult && inTruth) own++;
    else if (inResult) outside++;
    else missing++;
  }
  if (outside === 0 && missing === 0) return 'correct';
  const folded = (start: number, end: number) => normalizeText(text.slice(start, end)).text;
  if (own > 0 && folded(result.start, result.end) === folded(truth.start, truth.end)) return 'correct';
  return own === 0 || outside > own ? 'wrong' : 'slip';
}

export interface Tally {
  count: number;
  correct: number;
  /** Cases where at most half the quote was deleted: those that must anchor. */
  mustAnchor: number;
  needlessOrphans: number;
  slips: number;
  wrong: number;
}

export interface Measured {
  readonly tallies: ReadonlyMap<EditKind, Tally>;
  /** Every case that was not correct (allowed orphans aside), for a closer look. */
  readonly failures: readonly { edit: EditCase; result: Reanchored; verdict: Verdict }[];
}

/** Re-anchors every case through the app's own entry point, `reanchorAll`, with the old text as a witness. */
export function measure(edits: readonly EditCase[]): Measured {
  const tallies = new Map<EditKind, Tally>(
    EDIT_KINDS.map((kind) => [
      kind,
      { count: 0, correct: 0, mustAnchor: 0, needlessOrphans: 0, slips: 0, wrong: 0 },
    ]),
  );
  const failures: { edit: EditCase; result: Reanchored; verdict: Verdict }[] = [];
  for (const edit of edits) {
    const [result] = reanchorAll(edit.original, edit.edited, [edit.anchor]);
    const verdict = judge(edit, result!);
    const tally = tallies.get(edit.kind)!;
    const truth = truthOf(edit, edit.origins[0]!);
    tally.count++;
    if (truth.surviving > 0 && truth.surviving >= (1 - MUST_SURVIVE_SHARE) * truth.visible)
      tally.mustAnchor++;
    if (verdict === 'correct') tally.correct++;
    if (verdict === 'needless orphan') tally.needlessOrphans++;
    if (verdict === 'slip') tally.slips++;
    if (verdict === 'wrong') tally.wrong++;
    if (verdict !== 'correct' && verdict !== 'orphaned') failures.push({ edit, result: result!, verdict });
  }
  return { tallies, failures };
}

export function total(tallies: ReadonlyMap<EditKind, Tally>): Tally {
  const sum: Tally = { count: 0, correct: 0, mustAnchor: 0, needlessOrphans: 0, slips: 0, wrong: 0 };
  for (const tally of tallies.values())
    for (const key of Object.keys(sum) as (keyof Tally)[]) sum[key] += tally[key];
  return sum;
}

/** Needless orphans as a share of the highlights that must anchor. */
export function needlessShare(tally: Tally): number {
  return tally.needlessOrphans / Math.max(1, tally.mustAnchor);
}

export function formatTable(tallies: ReadonlyMap<EditKind, Tally>): string {
  const header = ['edit kind', 'count', 'correct', 'needless orphans', 'wrong', 'slips'];
  const row = (label: string, t: Tally) => [
    label,
    String(t.count),
    String(t.correct),
    `${t.needlessOrphans} (${(100 * needlessShare(t)).toFixed(2)}%)`,
    String(t.wrong),
    String(t.slips),
  ];
  const rows = [header, ...[...tallies].map(([kind, t]) => row(kind, t)), row('all', total(tallies))];
  const widths = header.map((_, column) => Math.max(...rows.map((r) => r[column]!.length)));
  return rows
    .map((r) =>
      r.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))),
    )
    .map((cells) => cells.join('  '))
    .join('\n');
}

/** One line per failure, to see what went wrong: the quote, the truth and the result, in the edited text. */
export function describeFailure(failure: Measured['failures'][number]): string {
  const { edit, result, verdict } = failure;
  const truth = truthOf(edit, edit.origins[0]!);
  const shown =
    result.status === 'anchored' ? JSON.stringify(edit.edited.slice(result.start, result.end)) : '—';
  return (
    `${edit.kind} / ${verdict}: quote ${JSON.stringify(edit.anchor.quote)} → survives as ` +
    `${JSON.stringify(edit.edited.slice(truth.start, truth.end))}, anchored ${shown}`
  );
}
