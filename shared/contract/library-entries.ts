/**
 * Contract entries for managing the library (issue 11), spread into `contract` in api.ts: editing an
 * article's metadata, read and archived states, deleting articles and sources with an undo, and
 * collections (named sets of articles; an article may be in several).
 */
import { OWN_MESSAGES } from './own-messages.js';
import { z } from 'zod';
import { withoutControlCharacters } from './search-entries.js';

const id = z.number().int().positive();
const count = z.number().int().nonnegative();

/** A title, author or source name: one line a person reads, never empty. */
const shortText = (max: number) => withoutControlCharacters(z.string().trim().min(1).max(max));

/** A calendar day, YYYY-MM-DD, that exists. */
const day = z.iso.date({ message: OWN_MESSAGES.day.en });

export const collectionName = shortText(100);

export const collection = z.object({
  id,
  name: z.string(),
  articleCount: count,
  createdAt: z.string(),
});

/** What a deletion took away, and the token that brings it back (for a while: see `library.undoDelete`). */
const deletion = z.object({
  token: z.string(),
  articles: count,
  sources: count,
  annotations: count,
});

const articleIds = z.array(id).min(1).max(1000);

export const libraryEntries = {
  'articles.update': {
    /**
     * Changes only what is given. A new `title` replaces the headline in the article's text too, and
     * annotations after it follow their passages. `date` and `sourceName` set to null fall back to
     * none and to the source's file name; `read` and `archived` are the article's states.
     */
    input: z
      .object({
        id,
        title: shortText(1000).optional(),
        authors: z.array(shortText(200)).max(100).optional(),
        date: day.nullable().optional(),
        sourceName: shortText(1024).nullable().optional(),
        read: z.boolean().optional(),
        archived: z.boolean().optional(),
      })
      .refine((value) => Object.keys(value).length > 1, {
        message: OWN_MESSAGES.whatToChange.en,
      }),
    output: z.object({ id }),
  },
  'articles.delete': {
    /** Deletes the articles with everything on them, in one transaction; a source left empty goes too. */
    input: z.object({ ids: articleIds }),
    output: deletion,
  },
  'sources.delete': {
    /**
     * Deletes a source file with all its articles. When they hold annotations nothing is deleted
     * unless `confirmed`: the reply then says how many would go (`deleted: false`).
     */
    input: z.object({ sourceId: id, confirmed: z.boolean().default(false) }),
    output: z.discriminatedUnion('deleted', [
      deletion.extend({ deleted: z.literal(true) }),
      z.object({ deleted: z.literal(false), articles: count, annotations: count }),
    ]),
  },
  'library.undoDelete': {
    /** Puts back exactly what a deletion took (same ids, annotations, tags, collections, positions). */
    input: z.object({ token: z.string().min(1).max(100) }),
    output: z.object({ articleIds: z.array(id) }),
  },
  'collections.list': {
    /** Every collection by name, or only those holding `articleId`. */
    input: z.object({ articleId: id.optional() }),
    output: z.object({ collections: z.array(collection) }),
  },
  'collections.create': {
    input: z.object({ name: collectionName }),
    output: collection,
  },
  'collections.rename': {
    input: z.object({ id, name: collectionName }),
    output: collection,
  },
  'collections.delete': {
    /** The collection goes; its articles stay in the library. */
    input: z.object({ id }),
    output: z.object({ deleted: z.boolean() }),
  },
  'collections.addArticles': {
    input: z.object({ id, articleIds }),
    output: collection,
  },
  'collections.removeArticles': {
    input: z.object({ id, articleIds }),
    output: collection,
  },
} as const;

export type Collection = z.output<typeof collection>;
