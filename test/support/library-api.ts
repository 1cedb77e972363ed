import type { Input, Method, Output } from '../../shared/contract/api.js';
import type { Library } from '../../main/node/library.js';
import { tempLibrary } from './temp-library.js';

export type Api = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

/** Calls through the validating dispatch, as every transport does; a typed error becomes a rejection with its code. */
export function apiOf(library: Library): Api {
  return async (method, input) => {
    const reply = await library.dispatch(method, input);
    if (!reply.ok) throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
    return reply.value as never;
  };
}

export const encode = (text: string) => new TextEncoder().encode(text);

/** A fresh library on a real file with the given files imported; their article ids by file name. */
export async function libraryWithFiles(files: Record<string, string>) {
  const library = tempLibrary();
  const api = apiOf(library);
  const { imported } = await api('library.import', {
    files: Object.entries(files).map(([name, text]) => ({ name, data: encode(text) })),
  });
  const ids = Object.fromEntries(imported.map((file) => [file.fileName, file.articleIds[0]!]));
  const sources = Object.fromEntries(imported.map((file) => [file.fileName, file.sourceId]));
  return { library, api, ids, sources };
}
