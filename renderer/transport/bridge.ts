import type { AppEvent, MethodName } from '../../shared/contract/methods.js';
import type { Reply } from '../../shared/contract/errors.js';

/** What the Electron preload exposes on `window.jianbao` (absent in browser mode). */
export interface JianbaoBridge {
  api: Record<MethodName, (input: unknown) => Promise<Reply<unknown>>>;
  on(event: AppEvent, listener: () => void): () => void;
}

declare global {
  interface Window {
    jianbao?: JianbaoBridge;
  }
}

/** How one request reaches main: returns the raw Reply, or throws if the transport itself failed. */
export type Send = (method: MethodName, input: unknown) => Promise<Reply<unknown>>;
/** Subscribes to a push event from main; browser mode has none and returns a no-op unsubscribe. */
export type Subscribe = (event: AppEvent, listener: () => void) => () => void;
