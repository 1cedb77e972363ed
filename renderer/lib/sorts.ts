import type { Input } from '../../shared/contract/api.js';

type LibrarySort = NonNullable<Input<'articles.list'>['sort']>;

/** The contract's LIBRARY_SORTS, repeated so the page does not bundle zod (checked at compile time). */
export const SORTS = ['newest', 'title', 'source', 'annotated'] as const satisfies readonly LibrarySort[];
type Missing = Exclude<LibrarySort, (typeof SORTS)[number]>;
export const sortsMatchContract: [Missing] extends [never] ? true : never = true;
export type Sort = (typeof SORTS)[number];

type SearchSortOfContract = NonNullable<Input<'search.query'>['sort']>;
/** The contract's SEARCH_SORTS, likewise. */
export const SEARCH_SORTS = ['relevance', 'newest'] as const satisfies readonly SearchSortOfContract[];
type MissingSearch = Exclude<SearchSortOfContract, (typeof SEARCH_SORTS)[number]>;
export const searchSortsMatchContract: [MissingSearch] extends [never] ? true : never = true;
export type SearchSort = (typeof SEARCH_SORTS)[number];
