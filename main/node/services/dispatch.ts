import type { Method, Services } from '../../../shared/contract/api.js';
import { ApiError, type Reply } from '../../../shared/contract/errors.js';
import { validateInput } from '../../../shared/contract/validate.js';

export type Dispatch = (method: string, payload: unknown) => Promise<Reply<unknown>>;

/**
 * What every transport calls: validates the payload against the contract, runs the service, and turns
 * any failure into a typed error reply. Unexpected errors are logged here and reach the user as a
 * short message, without internals.
 */
export function createDispatch(services: Services, log: (error: unknown) => void = console.error): Dispatch {
  return async (method, payload) => {
    try {
      const input = validateInput(method as Method, payload);
      const handler = services[method as Method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(input) };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toJSON() };
      log(error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Something went wrong inside Jianbao; the details were logged. Nothing was changed.',
        },
      };
    }
  };
}
