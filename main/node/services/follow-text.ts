/**
 * What follows an article's text when it changes (a re-import, a new headline): its annotations, bookmarks and
 * reading position move to where their passages are now.
 */
import type { Article, Output } from '../../../shared/contract/api.js';
import type { Segment } from '../../../shared/contract/article.js';
import { diffOffsets, quoteAnchor, reanchorAll } from '../../domain/anchoring/index.js';
import type { LibraryStore } from '../storage/library-store.js';

export type Tally = Pick<Output<'library.reimport'>, 'anchored' | 'moved' | 'orphaned'>;

/**
 * Moves the article's annotations, bookmarks and reading position from its old text to its new one
 * (also when a rename rewrites its headline).
 */
export function followText(
  store: LibraryStore,
  articleId: number,
  oldText: string,
  newText: string,
  tally: Tally,
): void {
  const highlights = store.annotations
    .list(articleId)
    .filter((annotation) => annotation.kind === 'highlight');
  // An orphan's offsets point into some older text: only a search can find it again.
  const placed = highlights.filter((annotation) => annotation.status === 'anchored');
  const orphans = highlights.filter((annotation) => annotation.status === 'orphaned');
  const results = [...reanchorAll(oldText, newText, placed), ...reanchorAll(null, newText, orphans)];
  [...placed, ...orphans].forEach((annotation, i) => {
    const result = results[i]!;
    if (result.status === 'orphaned') {
      store.annotations.place(annotation.id, result);
      tally.orphaned++;
      return;
    }
    const unmoved =
      annotation.status === 'anchored' && result.start === annotation.start && result.end === annotation.end;
    if (unmoved) tally.anchored++;
    else tally.moved++;
    store.annotations.place(annotation.id, {
      status: 'anchored',
      ...quoteAnchor(newText, result.start, result.end),
    });
  });
  if (oldText === newText) return;
  const offsets = diffOffsets(oldText, newText);
  const follow = (offset: number) => Math.min(offsets.approximate(offset), newText.length);
  for (const bookmark of store.bookmarks.list(articleId))
    store.bookmarks.move(bookmark.id, follow(bookmark.offset));
  const reading = store.bookmarks.readingPosition(articleId);
  if (reading !== null) store.bookmarks.setReadingPosition(articleId, follow(reading));
}

/** The article's text and segments with `title` in place of its headline; null if it shows none. */
function retitled(article: Article, title: string): { text: string; segments: Segment[] } | null {
  const at = article.segments.findIndex((segment) => segment.type === 'title');
  const old = article.segments[at];
  if (!old) return null;
  const shift = title.length - old.text.length;
  const text = article.text.slice(0, old.start) + title + article.text.slice(old.start + old.text.length);
  // Segments are stored as they were parsed: the contract only types them loosely.
  const segments = (article.segments as Segment[]).map((segment, i) =>
    i < at
      ? segment
      : i === at
        ? { type: 'title' as const, text: title, start: old.start }
        : { ...segment, start: segment.start + shift },
  );
  return { text, segments };
}

/** A new headline for the article, in its text too; what the person made after the headline moves with it. */
export function renameArticle(store: LibraryStore, article: Article, title: string): void {
  const next = retitled(article, title);
  if (!next) {
    store.edits.retitle(article.id, title, article.segments as Segment[], article.text);
    return;
  }
  store.edits.retitle(article.id, title, next.segments, next.text);
  followText(store, article.id, article.text, next.text, { anchored: 0, moved: 0, orphaned: 0 });
}
