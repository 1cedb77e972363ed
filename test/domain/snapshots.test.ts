import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  needsDailySnapshot,
  parseSnapshotName,
  snapshotName,
  snapshotsToPrune,
} from '../../main/domain/backup/index.js';

const DAY = 24 * 60 * 60 * 1000;
// A Wednesday, noon: days are local, so a time far from midnight keeps the test independent of TZ.
const START = new Date(2026, 0, 7, 12).getTime();

test('a snapshot name says when and why it was taken, and nothing else reads as one', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('2000-01-01'), max: new Date('2200-01-01'), noInvalidDate: true }),
      fc.constantFrom('daily', 'before-migration', 'before-restore', 'manual' as const),
      (at, kind) => {
        assert.deepEqual(parseSnapshotName(snapshotName(kind, at)), { kind, takenAt: at });
      },
    ),
  );
  for (const name of [
    'library.sqlite',
    'library-2026-01-01T00-00-00-000Z-weekly.sqlite',
    'notes.txt',
    'x.sqlite.partial',
  ])
    assert.equal(parseSnapshotName(name), undefined, name);
});

test('one daily snapshot a day: the first start of the day takes it', () => {
  const today = [snapshotName('daily', new Date(START))];
  assert.equal(needsDailySnapshot([], new Date(START)), true);
  assert.equal(needsDailySnapshot(today, new Date(START + 60_000)), false);
  assert.equal(needsDailySnapshot(today, new Date(START + DAY)), true);
  // Other kinds of snapshot do not stand in for the day's.
  assert.equal(needsDailySnapshot([snapshotName('manual', new Date(START))], new Date(START)), true);
});

test('of daily snapshots, the last 7 days and the last 4 weeks are kept; no other kind is pruned', () => {
  const dailies = Array.from({ length: 60 }, (_, day) => snapshotName('daily', new Date(START - day * DAY)));
  const others = [
    snapshotName('before-migration', new Date(START - 90 * DAY)),
    snapshotName('manual', new Date(START - 80 * DAY)),
  ];
  const pruned = new Set(snapshotsToPrune([...others, ...dailies]));
  const kept = dailies.filter((name) => !pruned.has(name));
  // Days 0–6, and the newest of each of the last 4 weeks (which start on Mondays: days 2, 9, 16, 23).
  assert.deepEqual(
    kept.map((name) => dailies.indexOf(name)),
    [0, 1, 2, 3, 4, 5, 6, 10, 17],
  );
  assert.ok(others.every((name) => !pruned.has(name)));
  // A second snapshot on a day is pruned: the newest of the day stands for it.
  const twice = [snapshotName('daily', new Date(START)), snapshotName('daily', new Date(START - 60_000))];
  assert.deepEqual(snapshotsToPrune(twice), [twice[1]]);
});

test('property: pruning keeps at most 7 + 4 dailies, always the newest, and pruning again removes nothing', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 200 * 24 }), { maxLength: 80 }), (hoursAgo) => {
      const names = hoursAgo.map((hours) => snapshotName('daily', new Date(START - hours * 3_600_000)));
      const pruned = new Set(snapshotsToPrune(names));
      const kept = names.filter((name) => !pruned.has(name));
      assert.ok(kept.length <= 11);
      if (names.length > 0)
        assert.ok(kept.includes(snapshotName('daily', new Date(START - Math.min(...hoursAgo) * 3_600_000))));
      assert.deepEqual(snapshotsToPrune(kept), []);
    }),
  );
});
