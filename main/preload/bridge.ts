/**
 * What the preload exposes to the page: one function per contract entry and a subscription to app
 * events, never ipcRenderer itself.
 */
import {
  APP_EVENTS,
  eventChannel,
  ipcChannel,
  METHOD_NAMES,
  toOpenLink,
  type AppEvent,
  type AppEventArgs,
  type MethodName,
} from '../../shared/contract/methods.js';
import type { Reply } from '../../shared/contract/errors.js';

export interface IpcLike {
  invoke(channel: string, payload: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

export interface Bridge {
  api: Record<MethodName, (input: unknown) => Promise<Reply<unknown>>>;
  on<E extends AppEvent>(event: E, listener: (...args: AppEventArgs<E>) => void): () => void;
}

export function createBridge(ipc: IpcLike): Bridge {
  const api = Object.fromEntries(
    METHOD_NAMES.map((method) => [
      method,
      (input: unknown) => ipc.invoke(ipcChannel(method), input) as Promise<Reply<unknown>>,
    ]),
  ) as Bridge['api'];
  return {
    api,
    on(event, listener) {
      if (!(APP_EVENTS as readonly string[]).includes(event))
        throw new Error(`Unknown app event "${event}".`);
      // The page gets no event object (it could reach the IPC sender through it), and a payload
      // only where the event defines one, checked and copied.
      const wrapped = (_event: unknown, payload?: unknown) => {
        if (event !== 'open:link') return (listener as () => void)();
        const link = toOpenLink(payload);
        if (link) (listener as (link: unknown) => void)(link);
      };
      const channel = eventChannel(event);
      ipc.on(channel, wrapped);
      return () => void ipc.removeListener(channel, wrapped);
    },
  };
}
