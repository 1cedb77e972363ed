import { ApiError, type Reply } from '../../shared/contract/errors.js';
import { fromWire, toWire } from '../../shared/transport/wire.js';
import { t } from '../i18n/index.js';
import type { Send, Subscribe } from './bridge.js';

function isReply(value: unknown): value is Reply<unknown> {
  if (value === null || typeof value !== 'object') return false;
  const reply = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (reply.ok === true) return 'value' in reply;
  return (
    reply.ok === false && typeof reply.error?.code === 'string' && typeof reply.error.message === 'string'
  );
}

/** Browser mode: `POST /api/<method>` on the loopback server that served this page, with its token. */
export function httpTransport(
  token: string,
  base: string = location.origin,
): { send: Send; subscribe: Subscribe } {
  const send: Send = async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Jianbao-Token': token },
        body: toWire(input),
      });
    } catch {
      throw new ApiError('internal', t.errors.unreachable);
    }
    const body = await response.text();
    let parsed: unknown;
    try {
      parsed = fromWire(body);
    } catch {
      parsed = undefined;
    }
    if (isReply(parsed)) return parsed;
    if (response.status === 401 || response.status === 403)
      throw new ApiError('rejected', t.errors.forbidden);
    throw new ApiError('internal', t.errors.badResponse(response.status, body));
  };
  return { send, subscribe: () => () => {} };
}
