import { contract, isMethod, type Method, type ValidInput } from './api.js';
import { ApiError } from './errors.js';

/** The single gate every transport passes a request through before it reaches a service. */
export function validateInput<M extends Method>(method: M, payload: unknown): ValidInput<M>;
export function validateInput(method: string, payload: unknown): unknown {
  if (!isMethod(method)) throw new ApiError('unknown_method', `There is no request named "${method}".`);
  const result = contract[method].input.safeParse(payload);
  if (!result.success) {
    const details = result.error.issues
      .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
      .join('; ');
    throw new ApiError('invalid_input', `Invalid input for ${method}: ${details}`);
  }
  return result.data;
}
