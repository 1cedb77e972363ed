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
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** Events main pushes to the page (menu commands and library changes). */
export const APP_EVENTS = ['menu:import', 'menu:export', 'library:changed'] as const;
export type AppEvent = (typeof APP_EVENTS)[number];

/** Electron IPC channel names, shared by the preload and main. */
export const ipcChannel = (method: MethodName): string => `jianbao:${method}`;
export const eventChannel = (event: AppEvent): string => `jianbao-event:${event}`;
