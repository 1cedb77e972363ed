import type { AppEvent, AppEventArgs, MethodName } from '../../shared/contract/methods.js';
import type { Reply } from '../../shared/contract/errors.js';

/** A listener of one app event: 'open:link' passes the link, the others nothing. */
export type AppListener<E extends AppEvent> = (...args: AppEventArgs<E>) => void;

/** What the Electron preload exposes on `window.jianbao` (absent in browser mode). */
export interface JianbaoBridge {
  api: Record<MethodName, (input: unknown) => Promise<Reply<unknown>>>;
  on<E extends AppEvent>(event: E, listener: AppListener<E>): () => void;
}

declare global {
  interface Window {
    jianbao?: JianbaoBridge;
  }
}

/** How one request reaches main: returns the raw Reply, or throws if the transport itself failed. */
export type Send = (method: MethodName, input: unknown) => Promise<Reply<unknown>>;
/** Subscribes to a push event from main; browser mode has none and returns a no-op unsubscribe. */
export type Subscribe = <E extends AppEvent>(event: E, listener: AppListener<E>) => () => void;
