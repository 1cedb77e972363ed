/** Search, sorted and filtered listing, and tags, over the search index. Inputs arrive validated. */
import type { Services } from '../../../shared/contract/api.js';
import { ApiError } from '../../../shared/contract/errors.js';
import { findHits } from '../../domain/search/find-hits.js';
import { normalise } from '../../domain/search/normalise.js';
import { parseQuery, QueryError, type SearchQuery } from '../../domain/search/query.js';
import { buildSnippet } from '../../domain/search/snippet.js';
import { LibraryList } from '../storage/library-list.js';
import type { LibraryStore } from '../storage/library-store.js';
import { noArticle } from './lookups.js';
import { SearchIndex, type HitDetails } from '../storage/search-index.js';

type SearchServices = Pick<
  Services,
  'search.query' | 'search.count' | 'search.matches' | 'tags.list' | 'articles.setTags' | 'articles.list'
>;

function parseOrThrow(text: string): SearchQuery {
  try {
    return parseQuery(text);
  } catch (error) {
    if (error instanceof QueryError) throw new ApiError('invalid_input', error.said);
    throw error;
  }
}

/** The excerpt of the first of the article's text and notes that has a hit (else its opening). */
function snippetOf(details: HitDetails, query: SearchQuery) {
  for (const field of [details.text, ...details.notes]) {
    const hits = findHits(field, query.include);
    if (hits.length > 0) return buildSnippet(field, hits);
  }
  return buildSnippet(details.text, []);
}

export function createSearchServices(store: LibraryStore): SearchServices {
  const index = new SearchIndex(store.db);
  const library = new LibraryList(store.db);
  const articleOrThrow = (id: number) => {
    const article = store.getArticle(id);
    if (!article) throw new ApiError('not_found', noArticle(id));
    return article;
  };

  return {
    'search.query': ({ query: text, sort, limit, offset }) => {
      const query = parseOrThrow(text);
      const { rows, more } = index.search(query, sort, limit, offset);
      const details = index.hitDetails(rows.map((row) => row.articleId));
      const hits = rows.flatMap(({ articleId, score }) => {
        const found = details.get(articleId);
        if (!found) return [];
        const { title, sourceName, importedAt } = found;
        return [{ articleId, title, sourceName, importedAt, snippet: snippetOf(found, query), score }];
      });
      return { hits, more };
    },
    'search.count': ({ query }) => index.count(parseOrThrow(query)),
    'search.matches': ({ articleId, query: text }) => ({
      ranges: findHits(articleOrThrow(articleId).text, parseOrThrow(text).include),
    }),
    'articles.list': ({ limit, offset, sort, tag, source, collection, archived }) =>
      library.list(
        sort ?? 'newest',
        {
          tags: tag === undefined ? [] : [tag],
          sources: source === undefined ? [] : [normalise(source)],
          after: null,
          before: null,
          collection: collection ?? null,
          archived,
        },
        limit,
        offset,
      ),
    'tags.list': ({ articleId }) => {
      if (articleId !== undefined) articleOrThrow(articleId);
      return { tags: index.listTags(articleId) };
    },
    'articles.setTags': ({ articleId, tags }) => {
      articleOrThrow(articleId);
      index.setArticleTags(articleId, tags);
      return { tags: index.listTags(articleId).map((tag) => tag.name) };
    },
  };
}
