/**
 * Finding a backed-up article's counterpart in a library, and the backed-up sources a library has no
 * trace of (which a restore recreates).
 *
 * An article matches, in this order: the one at the same place (same source content, same position)
 * with the same text; one with the same text (its offsets are then valid as they are); one with the
 * same folded text; the one at the same place whose text differs only in its headline (renamed, in
 * the backup or in the library, since: a rename rewrites the headline in the text); else, when the
 * text changed (re-imported with a better parser or an edited file), the one article with its title
 * (and source file, if that decides it).
 */
import { normalizeText } from '../anchoring/index.js';
import { contentHash } from './content-hash.js';
import type { ArticleParse, Backup, BackupArticle } from './backup-format.js';
import type { ArticleState } from './plan-library-state.js';

/** A library article as a restore sees it, with the states it holds already. */
export interface RestoreTargetArticle extends ArticleState {
  readonly id: number;
  readonly text: string;
  readonly title: string;
  readonly sourceName: string;
  /** The importer's content hash of the article's source. */
  readonly sourceHash: string;
  readonly position: number;
  readonly readingPosition: number | null;
}

export type ArticleMatcher = (article: BackupArticle) => RestoreTargetArticle | undefined;

/** Two backup articles with the same text take two copies in turn. */
export function articleMatcher(
  library: readonly RestoreTargetArticle[],
  sources: Backup['sources'],
): ArticleMatcher {
  const byId = [...library].sort((a, b) => a.id - b.id);
  const textHashes = new Map(byId.map((article) => [article.id, contentHash(article.text)]));
  const byPlace = groupBy(byId, (article) => place(article.sourceHash, article.position));
  const byHash = groupBy(byId, (article) => textHashes.get(article.id)!);
  const byFoldedText = groupBy(byId, (article) => contentHash(normalizeText(article.text).text));
  const byTitle = groupBy(byId, (article) => normalizeText(article.title).text);
  const taken = new Set<number>();
  const firstFree = (candidates: RestoreTargetArticle[] | undefined) =>
    candidates?.find((article) => !taken.has(article.id)) ?? candidates?.[0];
  const onlyOne = (candidates: RestoreTargetArticle[] | undefined) =>
    candidates?.length === 1 ? candidates[0] : undefined;

  return (source) => {
    const sourceHash = source.parse ? sources[source.parse.source]?.contentHash : undefined;
    const samePlace =
      source.parse && sourceHash !== undefined
        ? byPlace
            .get(place(sourceHash, source.parse.position))
            ?.filter((article) => textHashes.get(article.id) === source.contentHash)
        : undefined;
    // Only looked for when nothing better matched: it compares whole texts.
    const renamed = () => {
      const { parse, text } = source;
      if (!parse || sourceHash === undefined || text === null) return undefined;
      return byPlace
        .get(place(sourceHash, parse.position))
        ?.filter((article) => onlyHeadlineDiffers(text, parse.segments, article.text));
    };
    const sameTitle = byTitle.get(normalizeText(source.title).text);
    const found =
      firstFree(samePlace) ??
      firstFree(byHash.get(source.contentHash)) ??
      (source.text === null
        ? undefined
        : firstFree(byFoldedText.get(contentHash(normalizeText(source.text).text)))) ??
      firstFree(renamed()) ??
      onlyOne(sameTitle?.filter((article) => article.sourceName === source.sourceName)) ??
      onlyOne(sameTitle);
    if (found) taken.add(found.id);
    return found;
  };
}

/**
 * The indexes in `backup.sources` of the sources to recreate: those whose content the library lacks
 * and none of whose articles has a counterpart in it (a source re-imported since the backup is still
 * there, under another content).
 */
export function sourcesToCreate(backup: Backup, library: readonly RestoreTargetArticle[]): number[] {
  const contents = new Set(library.map((article) => article.sourceHash));
  const match = articleMatcher(library, backup.sources);
  const present = new Set(
    backup.articles.flatMap((article) => (article.parse && match(article) ? [article.parse.source] : [])),
  );
  return backup.sources.flatMap((source, i) =>
    contents.has(source.contentHash) || present.has(i) ? [] : [i],
  );
}

/** True if all that differs between the two texts lies within the backed-up text's headline. */
function onlyHeadlineDiffers(text: string, segments: ArticleParse['segments'], other: string): boolean {
  const headline = segments.find((segment) => segment.type === 'title');
  if (!headline) return false;
  const shorter = Math.min(text.length, other.length);
  let prefix = 0;
  while (prefix < shorter && text[prefix] === other[prefix]) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && text[text.length - 1 - suffix] === other[other.length - 1 - suffix])
    suffix++;
  return prefix >= headline.start && text.length - suffix <= headline.start + headline.length;
}

function place(sourceHash: string, position: number): string {
  return `${sourceHash}/${position}`;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
