import type { Annotation, Bookmark, HighlightColor } from '../../../shared/contract/api.js';

/** One entry of the side panel's list. */
export type PanelEntry =
  | { kind: 'annotation'; at: number; annotation: Annotation }
  | { kind: 'bookmark'; at: number; bookmark: Bookmark };

/** The side panel's filters: a colour and a tag, or none. */
export interface PanelFilter {
  color: HighlightColor | null;
  tag: string;
}

const passes = (annotation: Annotation, filter: PanelFilter): boolean =>
  (filter.color === null || annotation.color === filter.color) &&
  (filter.tag === '' || annotation.tags.includes(filter.tag));

/**
 * The annotations and bookmarks in text order: notes on the whole article first, then by where they
 * start, end, and by id. Bookmarks have neither colour nor tags, so a filter leaves them out; passages
 * that a re-import could not find are listed apart ({@link orphanedAnnotations}).
 */
export function panelEntries(
  annotations: readonly Annotation[],
  bookmarks: readonly Bookmark[],
  filter: PanelFilter,
): PanelEntry[] {
  const filtered = filter.color !== null || filter.tag !== '';
  const entries: PanelEntry[] = annotations
    .filter(
      (a) =>
        a.status !== 'orphaned' && (filter.color === null || a.kind === 'highlight') && passes(a, filter),
    )
    .map((annotation) => ({
      kind: 'annotation',
      at: annotation.kind === 'note' ? -1 : annotation.start,
      annotation,
    }));
  if (!filtered)
    for (const bookmark of bookmarks) entries.push({ kind: 'bookmark', at: bookmark.offset, bookmark });
  const end = (entry: PanelEntry) => (entry.kind === 'annotation' ? entry.annotation.end : entry.at);
  return entries.sort((a, b) => a.at - b.at || end(a) - end(b) || entryId(a) - entryId(b));
}

export function orphanedAnnotations(annotations: readonly Annotation[], filter: PanelFilter): Annotation[] {
  return annotations.filter((a) => a.status === 'orphaned' && passes(a, filter));
}

export function entryId(entry: PanelEntry): number {
  return entry.kind === 'annotation' ? entry.annotation.id : entry.bookmark.id;
}
