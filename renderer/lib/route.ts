/** The page's place, kept in location.hash so a reload reopens it: `#article=12&q=…` or `#q=…`. */
export type Route = { view: 'library'; query: string } | { view: 'reader'; id: number; query: string };

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const query = params.get('q') ?? '';
  const id = Number(params.get('article'));
  return Number.isInteger(id) && id > 0 ? { view: 'reader', id, query } : { view: 'library', query };
}

export function articleHref(id: number, query = ''): string {
  const params = new URLSearchParams({ article: String(id) });
  if (query) params.set('q', query);
  return `#${params.toString()}`;
}

export function libraryHref(query = ''): string {
  return query ? `#${new URLSearchParams({ q: query }).toString()}` : '#';
}
