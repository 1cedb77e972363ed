/**
 * Names and retention of whole-library snapshots (copies of the SQLite file in `backups/` beside the
 * library). A name says when a snapshot was taken (UTC) and why, so the folder needs no index that
 * could disagree with it: `library-2026-12-01T09-30-00-000Z-daily.sqlite`.
 *
 * Only daily snapshots are pruned: the newest of each of the last 7 days that have one, and the newest
 * of each of the last 4 weeks, are kept. The others are rarer and were each the user's library just
 * before something that changed it whole (a migration, a restore), or asked for by name (manual).
 * Days and weeks are the user's own (local time), since "first start of the day" is theirs.
 */
import { SNAPSHOT_KINDS, type SnapshotKind } from '../../../shared/contract/vocabulary.js';

const DAILY_KEPT = 7;
const WEEKLY_KEPT = 4;

const NAME = /^library-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([a-z-]+)\.sqlite$/u;

export function snapshotName(kind: SnapshotKind, at: Date): string {
  return `library-${at.toISOString().replace(/[:.]/gu, '-')}-${kind}.sqlite`;
}

/** When and why a snapshot was taken, or undefined for a file that is not one of ours. */
export function parseSnapshotName(name: string): { kind: SnapshotKind; takenAt: Date } | undefined {
  const match = NAME.exec(name);
  if (!match) return undefined;
  const [, day, hours, minutes, seconds, millis, kind] = match;
  const takenAt = new Date(`${day}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (Number.isNaN(takenAt.getTime()) || !SNAPSHOT_KINDS.includes(kind as SnapshotKind)) return undefined;
  return { kind: kind as SnapshotKind, takenAt };
}

/** Whether no daily snapshot was taken yet on `now`'s day. */
export function needsDailySnapshot(names: readonly string[], now: Date): boolean {
  return !dailies(names).some(({ takenAt }) => localDay(takenAt) === localDay(now));
}

/** The daily snapshots that fall out of the 7 daily and 4 weekly kept. */
export function snapshotsToPrune(names: readonly string[]): string[] {
  const newestFirst = dailies(names).sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const kept = new Set([
    ...newestOf(newestFirst, (at) => localDay(at)).slice(0, DAILY_KEPT),
    ...newestOf(newestFirst, (at) => localDay(weekStart(at))).slice(0, WEEKLY_KEPT),
  ]);
  return newestFirst.filter(({ name }) => !kept.has(name)).map(({ name }) => name);
}

function dailies(names: readonly string[]): { name: string; takenAt: Date }[] {
  return names.flatMap((name) => {
    const parsed = parseSnapshotName(name);
    return parsed?.kind === 'daily' ? [{ name, takenAt: parsed.takenAt }] : [];
  });
}

/** The first (newest) name of each period, newest period first. */
function newestOf(
  newestFirst: readonly { name: string; takenAt: Date }[],
  period: (at: Date) => string,
): string[] {
  const seen = new Set<string>();
  return newestFirst.flatMap(({ name, takenAt }) => {
    const key = period(takenAt);
    if (seen.has(key)) return [];
    seen.add(key);
    return [name];
  });
}

function localDay(at: Date): string {
  return `${at.getFullYear()}-${at.getMonth() + 1}-${at.getDate()}`;
}

/** Monday of the date's week. */
function weekStart(at: Date): Date {
  const monday = new Date(at.getFullYear(), at.getMonth(), at.getDate());
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  return monday;
}
