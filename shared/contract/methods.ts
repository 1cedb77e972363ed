/**
 * The names of the service requests, without their schemas, so the Electron preload can expose one
 * function per request without bundling the validator. `api.ts` checks that both lists agree.
 */
export const METHOD_NAMES = [
  'library.import',
  'articles.list',
  'articles.get',
  'annotations.list',
  'annotations.create',
  'annotations.update',
  'annotations.delete',
  'export.markdown',
  'search.query',
  'search.count',
  'search.matches',
  'tags.list',
  'articles.setTags',
  'annotations.restore',
  'annotations.all',
  'bookmarks.list',
  'bookmarks.create',
  'bookmarks.update',
  'bookmarks.delete',
  'articles.setReadingPosition',
  'library.reimport',
  'export.notes',
  'export.toFolder',
  'export.cancel',
  'export.templates.get',
  'export.templates.set',
  'backup.create',
  'backup.restore',
  'snapshots.list',
  'snapshots.create',
  'snapshots.restore',
  'articles.update',
  'articles.delete',
  'sources.delete',
  'library.undoDelete',
  'collections.list',
  'collections.create',
  'collections.rename',
  'collections.delete',
  'collections.addArticles',
  'collections.removeArticles',
  'sources.pages',
  'library.importProgress',
  'library.cancelImport',
  'settings.get',
  'settings.update',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** Events main pushes to the page (menu commands and library changes). */
export const APP_EVENTS = ['menu:export', 'library:changed', 'open:link'] as const;
export type AppEvent = (typeof APP_EVENTS)[number];

/** The one payload an app event carries: a jianbao://open/<article>#<annotation> link to show. */
export interface OpenLink {
  articleId: number;
  annotationId?: number;
}

/** What a listener of each app event receives: only 'open:link' carries a payload. */
export type AppEventArgs<E extends AppEvent> = E extends 'open:link' ? [link: OpenLink] : [];

const isPositiveInt = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) > 0;

/**
 * A copy of `value` holding only the fields of an OpenLink, or undefined if it is not one. Checked
 * by hand so the preload needs no validator library.
 */
export function toOpenLink(value: unknown): OpenLink | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { articleId, annotationId } = value as Record<string, unknown>;
  if (!isPositiveInt(articleId)) return undefined;
  if (annotationId === undefined) return { articleId };
  return isPositiveInt(annotationId) ? { articleId, annotationId } : undefined;
}

/** Electron IPC channel names, shared by the preload and main. */
export const ipcChannel = (method: MethodName): string => `jianbao:${method}`;
export const eventChannel = (event: AppEvent): string => `jianbao-event:${event}`;
