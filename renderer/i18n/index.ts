import { en, type Strings } from './en.js';

/** The active strings. Only English so far; a `zh.ts` of type `Strings` can be chosen here later. */
export const t: Strings = en;
