// A Chinese headline's bracketed lead-in ("【…】") opens the headline: nothing of the title stands before it. Where
// the model reads a run of title lines whose later line opens with one, the lines above it are another part,
// the kicker over the headline (a long kicker, wrapped, or its last line, which the model read as the title's
// first).
import type { PageLines } from '../lines';
import { ROLE } from './model';

export function kickersOverLeadIns(lines: PageLines, roles: Uint8Array): Uint8Array {
  let out = roles;
  for (let k = 1; k < lines.length; k++) {
    if (roles[k] !== ROLE.title || roles[k - 1] !== ROLE.title || lines.gapBefore(k) > 0) continue;
    if (!lines.text(k).startsWith('【')) continue;
    let start = k - 1;
    while (start > 0 && roles[start - 1] === ROLE.title && lines.gapBefore(start) === 0) start--;
    if (out === roles) out = roles.slice();
    out.fill(ROLE.kicker, start, k);
  }
  return out;
}
