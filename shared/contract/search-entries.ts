/**
 * Contract entries for full-text search and tags, spread into `contract` in api.ts. The query
 * language is documented in main/domain/search/query.ts; the UI passes the typed text unchanged.
 */
import { OWN_MESSAGES } from './own-messages.js';
import { z } from 'zod';
import { MAX_QUERY_LENGTH, SEARCH_SORTS } from './vocabulary.js';

const id = z.number().int().positive();

/**
 * Tags and labels are short names a person reads and types: a control character in one is invisible
 * in the UI, breaks the exported Markdown, and a NUL would only be caught by the database.
 */
export function withoutControlCharacters(schema: z.ZodString): z.ZodString {
  return schema.refine((text) => !/\p{Cc}/u.test(text), {
    message: OWN_MESSAGES.noControlCharacters.en,
  });
}

// A file's name is shown, stored and exported: no file system allows a control character in one (a NUL would
// only be caught by the database).
export const fileName = withoutControlCharacters(z.string().min(1).max(1024));

export const tagName = withoutControlCharacters(z.string().trim().min(1).max(100));

const query = z.string().max(MAX_QUERY_LENGTH);

/** A UTF-16 range of an article's text (JavaScript string indices), end exclusive. */
export const textRange = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const searchHit = z.object({
  articleId: id,
  title: z.string(),
  sourceName: z.string(),
  importedAt: z.string(),
  /** A short excerpt as plain-text parts; `hit` parts are what the query matched. Never HTML. */
  snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
  /** Sorted by relevance: higher is more relevant. Sorted by newest, or without words: 0. */
  score: z.number(),
});

export const searchEntries = {
  'search.query': {
    input: z.object({
      query,
      sort: z.enum(SEARCH_SORTS).default('relevance'),
      limit: z.number().int().min(1).max(200).default(20),
      offset: z.number().int().nonnegative().default(0),
    }),
    /** `more`: further hits follow this page. How many there are is `search.count`'s job. */
    output: z.object({ hits: z.array(searchHit), more: z.boolean() }),
  },
  'search.count': {
    input: z.object({ query }),
    /** Matching articles, counted up to 1,000: when `totalExact` is false there are more. */
    output: z.object({ total: z.number().int(), totalExact: z.boolean() }),
  },
  'search.matches': {
    input: z.object({ articleId: id, query }),
    output: z.object({ ranges: z.array(textRange) }),
  },
  'tags.list': {
    input: z.object({ articleId: id.optional() }),
    output: z.object({ tags: z.array(z.object({ name: z.string(), articleCount: z.number().int() })) }),
  },
  'articles.setTags': {
    input: z.object({ articleId: id, tags: z.array(tagName).max(100) }),
    output: z.object({ tags: z.array(z.string()) }),
  },
} as const;

export type SearchHit = z.output<typeof searchHit>;
export type TextRange = z.output<typeof textRange>;
