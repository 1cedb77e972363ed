import type { Method, Services } from '../../../shared/contract/api.js';
import { ApiError, type Reply } from '../../../shared/contract/errors.js';
import { validateInput } from '../../../shared/contract/validate.js';
import type { UiLanguage } from '../../../shared/contract/vocabulary.js';
import { said } from '../../../shared/i18n/said.js';

/** `language`: the one to answer in; the library's chosen one when not given. */
export type Dispatch = (method: string, payload: unknown, language?: UiLanguage) => Promise<Reply<unknown>>;

const INTERNAL = said(
  'Something went wrong inside Jianbao; the details were logged. Nothing was changed.',
  '剪报内部出了问题，详情已记入日志。什么也没有改动。',
);

/**
 * What every transport calls: validates the payload against the contract, runs the service, and turns
 * any failure into a typed error reply, said in the reader's language. Unexpected errors are logged here
 * and reach the user as a short message, without internals.
 */
export function createDispatch(
  services: Services,
  options: { language: () => UiLanguage; log?: (error: unknown) => void },
): Dispatch {
  const log = options.log ?? console.error;
  return async (method, payload, language) => {
    try {
      const input = validateInput(method as Method, payload);
      const handler = services[method as Method] as (input: unknown) => unknown;
      return { ok: true, value: await handler(input) };
    } catch (error) {
      const answer = language ?? options.language();
      if (error instanceof ApiError) return { ok: false, error: error.toJSON(answer) };
      log(error);
      return { ok: false, error: { code: 'internal', message: INTERNAL[answer] } };
    }
  };
}
