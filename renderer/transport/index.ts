import type { Api, Method } from '../../shared/contract/api.js';
import { ApiError } from '../../shared/contract/errors.js';
import { METHOD_NAMES } from '../../shared/contract/methods.js';
import type { Send, Subscribe } from './bridge.js';
import { electronTransport } from './electron.js';
import { httpTransport } from './http.js';

export interface Connection {
  api: Api;
  subscribe: Subscribe;
  kind: 'electron' | 'browser';
}

function buildApi(send: Send): Api {
  const entries = METHOD_NAMES.map((method) => [
    method,
    async (input: unknown) => {
      const reply = await send(method, input);
      if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message);
      return reply.value;
    },
  ]);
  return Object.fromEntries(entries) as Record<Method, unknown> as Api;
}

/** Picks the transport once, at startup: the Electron preload if present, else loopback HTTP. */
export function connect(): Connection {
  if (window.jianbao?.api) {
    const { send, subscribe } = electronTransport(window.jianbao);
    return { api: buildApi(send), subscribe, kind: 'electron' };
  }
  const token = new URL(location.href).searchParams.get('token') ?? '';
  const { send, subscribe } = httpTransport(token);
  return { api: buildApi(send), subscribe, kind: 'browser' };
}
