/** What every CLI command shares: where it writes, how it calls the services, how it says it was misused. */
import type { Method, Output } from '../../../shared/contract/api.js';
import type { Library } from '../library.js';
import { language, t } from './cli-strings.js';

export interface Console {
  out(text: string): void;
  err(text: string): void;
}

/** Misuse of the command line: the message is shown with the usage, and the exit code is 2. */
export class UsageError extends Error {}

export async function call<M extends Method>(
  library: Library,
  method: M,
  input: unknown,
): Promise<Output<M>> {
  const reply = await library.dispatch(method, input, language);
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value as Output<M>;
}

export function positiveId(text: string, what: string): number {
  const id = Number(text);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(t.misuse.id(what, text));
  return id;
}
