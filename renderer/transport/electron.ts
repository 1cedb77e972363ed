import type { JianbaoBridge, Send, Subscribe } from './bridge.js';

/** Electron: the preload hands over one function per request and an event subscription. */
export function electronTransport(bridge: JianbaoBridge): { send: Send; subscribe: Subscribe } {
  return {
    send: (method, input) => bridge.api[method](input),
    subscribe: (event, listener) => bridge.on(event, listener),
  };
}
