/**
 * The part of a restore plan that library management added (migration 8): an article's date, own
 * source name, read, archived and last-read times, and collections. Like the rest of a restore, it
 * only fills in: a state the library's article has already (the user may have changed it since the
 * backup) is kept, and collections are merged by name, an article already in one keeping when it was
 * put there. A state the library lacks is taken from the backup, so an article marked unread since the
 * backup is read again after it: unread leaves no trace to tell it from never read.
 */
import type { BackupArticle } from './backup-format.js';

/** What a person sets on an article, as the backup names it; null: not set. */
export interface ArticleState {
  readonly date: string | null;
  readonly ownSourceName: string | null;
  readonly readAt: string | null;
  readonly archivedAt: string | null;
  readonly lastReadAt: string | null;
  /** What the person changed of what the file said (a headline, authors), as JSON; a re-import keeps it. */
  readonly userEdits: string | null;
}

const STATES = ['date', 'ownSourceName', 'readAt', 'archivedAt', 'lastReadAt', 'userEdits'] as const;

export interface ExistingCollections {
  /** Every collection's name. */
  readonly collections: readonly string[];
  readonly collectionArticles: readonly { readonly articleId: number; readonly collection: string }[];
}

export interface LibraryStatePlan {
  /** The collections to make first, with the backup's times. */
  readonly collectionsToCreate: { name: string; createdAt: string }[];
  /** `collection` as the library (or `collectionsToCreate`) spells it. */
  readonly collectionArticles: { articleId: number; collection: string; addedAt: string }[];
  /** Only the states each article lacks; none for an article that lacks none the backup has. */
  readonly articleStates: ({ articleId: number } & Partial<ArticleState>)[];
}

export interface LibraryStatePlanner {
  /** Plans `source`'s states and collections onto the library's `target`. */
  add(source: BackupArticle, target: { readonly id: number } & ArticleState): void;
  readonly plan: LibraryStatePlan;
  /** Memberships the library had already. */
  readonly skipped: () => number;
}

/** Starts with the backup's collections (empty ones too), then takes its articles one by one. */
export function libraryStatePlanner(
  collections: readonly { name: string; createdAt: string }[],
  existing: ExistingCollections,
): LibraryStatePlanner {
  const known = new Map(existing.collections.map((name) => [collectionKey(name), name]));
  const members = new Set(existing.collectionArticles.map((m) => memberKey(m.articleId, m.collection)));
  // What each article holds once the plan so far is applied: two backed-up copies of one text may
  // match the same article, and the second must not fill in what the first did.
  const states = new Map<number, ArticleState>();
  const plan: LibraryStatePlan = { collectionsToCreate: [], collectionArticles: [], articleStates: [] };
  let skipped = 0;
  const useCollection = (name: string, createdAt: string): string => {
    const found = known.get(collectionKey(name));
    if (found !== undefined) return found;
    known.set(collectionKey(name), name);
    plan.collectionsToCreate.push({ name, createdAt });
    return name;
  };
  collections.forEach(({ name, createdAt }) => useCollection(name, createdAt));

  return {
    plan,
    skipped: () => skipped,
    add(source, target) {
      const held = states.get(target.id) ?? target;
      const filled: Partial<Record<keyof ArticleState, string>> = {};
      for (const state of STATES) {
        const value = source[state];
        if (held[state] === null && value !== null) filled[state] = value;
      }
      if (Object.keys(filled).length > 0) {
        plan.articleStates.push({ articleId: target.id, ...filled });
        states.set(target.id, { ...held, ...filled });
      }
      for (const { name, addedAt } of source.collections) {
        // A collection only an article names (a hand-edited backup) is made when it is put in it.
        const collection = useCollection(name, addedAt);
        const member = memberKey(target.id, collection);
        if (members.has(member)) skipped++;
        else {
          members.add(member);
          plan.collectionArticles.push({ articleId: target.id, collection, addedAt });
        }
      }
    },
  };
}

/**
 * Collection names are unique ignoring case as SQLite's NOCASE sees it: ASCII letters only. Folding
 * more (toLowerCase) would merge two names the library keeps apart.
 */
export function collectionKey(name: string): string {
  return name.trim().replace(/[A-Z]/gu, (letter) => letter.toLowerCase());
}

function memberKey(articleId: number, collection: string): string {
  return `${articleId}\u0000${collectionKey(collection)}`;
}
