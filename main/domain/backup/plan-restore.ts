/**
 * Works out what restoring a backup adds to a library, without touching it: the caller applies the
 * plan in one transaction (after recreating the sources `sourcesToCreate` names, so their articles are
 * in `library`). Pure and idempotent: planning against a library that already holds a restore of the
 * same backup adds nothing.
 *
 * Articles are matched as match-articles.ts says. Annotations on a changed text are re-anchored:
 * through the diff when the backup carries the old text, else by search. An annotation that cannot be
 * placed is still restored, marked orphaned, with its quote.
 *
 * Duplicates: an annotation is the same one if its UUID is (wherever it is now: a re-import may have
 * moved and re-quoted it); one from a version 1 backup, which has none, if its article, creation time
 * and quote are. A bookmark is the same if its article, creation time and label are; tags by name,
 * ignoring case (as the database does). Without a UUID, copies alike in all of these are counted: a
 * library holding one of the backup's two gets the other. A reading position or a setting the library has already is
 * kept: the backup only fills in what is missing. So are an article's states and collections (see
 * plan-library-state.ts).
 */
import type { AnnotationKind } from '../../../shared/contract/annotation-entries.js';
import type { HighlightColor, HighlightStyle } from '../../../shared/contract/vocabulary.js';
import { diffOffsets, reanchorAll } from '../anchoring/index.js';
import type { AnchorMethod } from '../anchoring/index.js';
import { contentHash } from './content-hash.js';
import type { Backup } from './backup-format.js';
import { articleMatcher, type RestoreTargetArticle } from './match-articles.js';
import {
  libraryStatePlanner,
  type ExistingCollections,
  type LibraryStatePlan,
} from './plan-library-state.js';

export interface ExistingUserData extends ExistingCollections {
  readonly tags: readonly string[];
  readonly articleTags: readonly { readonly articleId: number; readonly tag: string }[];
  readonly annotations: readonly {
    readonly articleId: number;
    readonly uuid: string | null;
    readonly quote: string;
    readonly createdAt: string;
  }[];
  readonly bookmarks: readonly {
    readonly articleId: number;
    readonly label: string;
    readonly createdAt: string;
  }[];
  readonly settingKeys: readonly string[];
}

export interface PlannedAnnotation {
  readonly articleId: number;
  /** Null from a version 1 backup: the library gives it one. */
  readonly uuid: string | null;
  readonly kind: AnnotationKind;
  readonly style: HighlightStyle;
  /** Where to put it; for an orphan, the backup's own offsets (clamped to the text), to keep order. */
  readonly start: number;
  readonly end: number;
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly color: HighlightColor;
  readonly note: string;
  readonly tags: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
  /**
   * `unchanged` when the text is the backup's (and for notes on the whole article); else how
   * re-anchoring placed it, or `orphaned` (also when it was orphaned in the backup already).
   */
  readonly placement: 'unchanged' | AnchorMethod | 'orphaned';
}

export interface RestorePlan extends LibraryStatePlan {
  readonly tagsToCreate: string[];
  readonly articleTags: { articleId: number; tag: string }[];
  readonly annotations: PlannedAnnotation[];
  readonly bookmarks: { articleId: number; offset: number; label: string; createdAt: string }[];
  readonly readingPositions: { articleId: number; offset: number }[];
  readonly settings: { key: string; value: string }[];
  /** Backup articles with no counterpart in the library: nothing of theirs is restored. */
  readonly unmatched: { title: string; sourceName: string; annotations: number; bookmarks: number }[];
  /** Items already present, skipped. */
  readonly skipped: {
    annotations: number;
    bookmarks: number;
    articleTags: number;
    collectionArticles: number;
  };
}

export function planRestore(
  backup: Backup,
  library: readonly RestoreTargetArticle[],
  existing: ExistingUserData,
): RestorePlan {
  const findArticle = articleMatcher(library, backup.sources);
  const knownTags = new Map(existing.tags.map((tag) => [tagKey(tag), tag]));
  const tagsToCreate: string[] = [];
  const useTag = (name: string): string => {
    const known = knownTags.get(tagKey(name));
    if (known !== undefined) return known;
    knownTags.set(tagKey(name), name.trim());
    tagsToCreate.push(name.trim());
    return name.trim();
  };
  backup.tags.forEach(useTag);

  const seen = {
    uuids: new Set(existing.annotations.flatMap((a) => (a.uuid === null ? [] : [a.uuid]))),
    annotations: counts(existing.annotations.map((a) => key(a.articleId, a.createdAt, a.quote))),
    bookmarks: counts(existing.bookmarks.map((b) => key(b.articleId, b.createdAt, b.label))),
    articleTags: new Set(existing.articleTags.map((t) => key(t.articleId, tagKey(t.tag)))),
    readingPositions: new Set(library.flatMap((a) => (a.readingPosition === null ? [] : [key(a.id)]))),
  };
  const settingKeys = new Set(existing.settingKeys);
  const states = libraryStatePlanner(backup.collections, existing);
  const plan: RestorePlan = {
    ...states.plan,
    tagsToCreate,
    articleTags: [],
    annotations: [],
    bookmarks: [],
    readingPositions: [],
    settings: Object.entries(backup.settings)
      .filter(([name]) => !settingKeys.has(name))
      .map(([name, value]) => ({ key: name, value })),
    unmatched: [],
    skipped: { annotations: 0, bookmarks: 0, articleTags: 0, collectionArticles: 0 },
  };

  for (const source of backup.articles) {
    const target = findArticle(source);
    if (!target) {
      plan.unmatched.push({
        title: source.title,
        sourceName: source.sourceName,
        annotations: source.annotations.length,
        bookmarks: source.bookmarks.length,
      });
      continue;
    }
    states.add(source, target);
    for (const name of source.tags) {
      const tag = useTag(name);
      if (addOnce(seen.articleTags, key(target.id, tagKey(tag))))
        plan.articleTags.push({ articleId: target.id, tag });
      else plan.skipped.articleTags++;
    }
    const fresh = source.annotations.filter((a) =>
      a.uuid === null
        ? isNew(seen.annotations, key(target.id, a.createdAt, a.quote))
        : addOnce(seen.uuids, a.uuid),
    );
    plan.skipped.annotations += source.annotations.length - fresh.length;
    const unchanged = contentHash(target.text) === source.contentHash;
    // Only highlights that had a place have one to find again.
    const anchorable = fresh.filter((a) => a.kind === 'highlight' && !a.orphaned);
    const placements = unchanged ? [] : reanchorAll(source.text, target.text, anchorable);
    const placementOf = new Map(anchorable.map((annotation, i) => [annotation, placements[i]]));
    for (const annotation of fresh) {
      const placed = placementOf.get(annotation);
      // An orphan on its own text keeps its stale offsets as they were; on another, they are clamped to it.
      const range =
        placed?.status === 'anchored'
          ? placed
          : unchanged
            ? annotation
            : clampRange(annotation.start, annotation.end, target.text.length);
      plan.annotations.push({
        ...annotation,
        articleId: target.id,
        start: range.start,
        end: range.end,
        tags: annotation.tags.map(useTag),
        placement: annotation.orphaned
          ? 'orphaned'
          : placed === undefined
            ? 'unchanged'
            : placed.status === 'anchored'
              ? placed.method
              : 'orphaned',
      });
    }
    const offsets = unchanged || source.text === null ? null : diffOffsets(source.text, target.text);
    const follow = (offset: number) =>
      Math.min(offsets ? offsets.approximate(offset) : offset, target.text.length);
    for (const bookmark of source.bookmarks) {
      if (!isNew(seen.bookmarks, key(target.id, bookmark.createdAt, bookmark.label))) {
        plan.skipped.bookmarks++;
        continue;
      }
      plan.bookmarks.push({ ...bookmark, articleId: target.id, offset: follow(bookmark.offset) });
    }
    if (source.readingPosition !== null && addOnce(seen.readingPositions, key(target.id)))
      plan.readingPositions.push({ articleId: target.id, offset: follow(source.readingPosition) });
  }
  plan.skipped.collectionArticles = states.skipped();
  return plan;
}

function clampRange(start: number, end: number, length: number): { start: number; end: number } {
  const clampedEnd = Math.min(end, length);
  return { start: Math.min(start, Math.max(0, clampedEnd - 1)), end: clampedEnd };
}

function counts(keys: readonly string[]): Map<string, number> {
  const counted = new Map<string, number>();
  for (const item of keys) counted.set(item, (counted.get(item) ?? 0) + 1);
  return counted;
}

/** True if no copy of `item` is left in the library's count; else uses one up. */
function isNew(counted: Map<string, number>, item: string): boolean {
  const left = counted.get(item) ?? 0;
  if (left > 0) counted.set(item, left - 1);
  return left === 0;
}

/** Adds to the set; true if it was not there yet. */
function addOnce(set: Set<string>, value: string): boolean {
  if (set.has(value)) return false;
  set.add(value);
  return true;
}

function key(...parts: readonly (string | number)[]): string {
  return parts.join('\u0000');
}

function tagKey(name: string): string {
  return name.trim().toLowerCase();
}
