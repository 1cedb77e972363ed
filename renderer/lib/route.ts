/**
 * The page's place, kept in location.hash so a reload reopens it: `#article=12&q=…` (optionally
 * `&annotation=5`, to scroll to and flash one), `#notes`, or `#q=…` for the library.
 */
export type Route =
  | { view: 'library'; query: string }
  | { view: 'notes' }
  | { view: 'reader'; id: number; query: string; annotation: number };

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  if (params.has('notes')) return { view: 'notes' };
  const query = params.get('q') ?? '';
  const id = Number(params.get('article'));
  const annotation = Number(params.get('annotation'));
  return Number.isInteger(id) && id > 0
    ? {
        view: 'reader',
        id,
        query,
        annotation: Number.isInteger(annotation) && annotation > 0 ? annotation : 0,
      }
    : { view: 'library', query };
}

export function articleHref(id: number, query = '', annotation = 0): string {
  const params = new URLSearchParams({ article: String(id) });
  if (query) params.set('q', query);
  if (annotation) params.set('annotation', String(annotation));
  return `#${params.toString()}`;
}

export function libraryHref(query = ''): string {
  return query ? `#${new URLSearchParams({ q: query }).toString()}` : '#';
}

export const notesHref = (): string => '#notes';
