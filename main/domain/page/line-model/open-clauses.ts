// A Chinese paragraph never ends at a comma (，) or an enumeration comma (、): a line read as opening a paragraph
// right under one that so ends goes on with it. The line ran short for another reason (a quotation or a title in
// 《》 carried whole onto the next line), and a model that learned from other extractors' text took the short
// line for a paragraph's last. Across a blank line the pattern roles read any script's open clause the same way
// (paragraphAcrossBreak); here no blank is asked for, and only Chinese commas count: a Latin line ending in a
// comma may be a dateline's place over its date.
import type { PageLines } from '../lines';
import { isRunningText, ROLE } from './model';

/** What a Chinese line that breaks off mid-sentence ends with. */
const OPEN_CLAUSE = /[，、]$/u;

export function openClausesGoOn(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let i = 1; i < lines.length; i++) {
    if (out[i] !== ROLE.para || !isRunningText(out[i - 1])) continue;
    if (!OPEN_CLAUSE.test(lines.text(i - 1))) continue;
    if (out === roles) out = roles.slice();
    out[i] = ROLE.cont;
  }
  return out;
}
