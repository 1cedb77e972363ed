// Big5 as Taiwan and Hong Kong papers write it. A browser's TextDecoder('big5') is the WHATWG Big5, which
// includes Big5-HKSCS; Node's is not: it is ICU's Windows-950, which reads the HKSCS rows (Cantonese
// characters such as 嘅, 佢, 哋, and many outside the BMP) as Private Use Area code points. Those are put
// back here from a table made from iconv-lite's Big5-HKSCS (scripts/make-hkscs-table.mjs); a code point
// that the table lacks stays in the Private Use Area, which the text check counts against the guess.
import { HKSCS_PAIRS, HKSCS_RUNS } from './hkscs-table.js';

let table: Map<number, string> | undefined;

/** Built on first use: most imports never read Big5. */
function hkscsTable(): Map<number, string> {
  if (table) return table;
  const built = new Map<number, string>(HKSCS_PAIRS);
  for (const [first, characters] of HKSCS_RUNS)
    Array.from(characters).forEach((character, i) => built.set(first + i, character));
  table = built;
  return built;
}

/** Node's Big5 reading with the HKSCS characters in place of their Private Use Area stand-ins. */
export function withHkscs(text: string): string {
  return text.replace(/[\uE000-\uF8FF]/g, (pua) => hkscsTable().get(pua.charCodeAt(0)) ?? pua);
}
