// Which words split by a hyphen at a line end the page also uses whole: only those are rejoined.
import { isLatinLetterCode, isWideCode } from './chars';
import { hyphenJoin } from './join';
import type { PageLines } from './lines';

export function knownJoinedWords(lines: PageLines): Set<string> {
  const candidates = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    // Read from the page, not from a cut-out line: few lines end with a hyphen.
    if (lines.lastCode(i) !== 45) continue;
    const h = hyphenJoin(lines.text(i), lines.text(i + 1));
    if (h) candidates.add(h.joined);
  }
  const known = new Set<string>();
  if (candidates.size === 0) return known;
  let shortest = Infinity;
  let longest = 0;
  for (const c of candidates) {
    shortest = Math.min(shortest, c.length);
    longest = Math.max(longest, c.length);
  }
  // Cutting a word out and lowercasing it is costly on two-byte text, so an ASCII word is first looked up by
  // its length and lowercased first letter (among the candidates not yet confirmed); words with other letters
  // take the full test. The scan stops once every candidate is confirmed.
  const keys = new Map<number, number>();
  const keyOf = (c: string): number => c.length * 128 + c.charCodeAt(0);
  for (const c of candidates) keys.set(keyOf(c), (keys.get(keyOf(c)) ?? 0) + 1);
  // One pass over the characters of the page, line by line; a word is cut out as a string only when it could
  // match.
  const text = lines.page;
  for (let n = 0; n < lines.length; n++) {
    if (known.size === candidates.size) break;
    const length = lines.end(n);
    // Chinese lines (wide at both ends) are skipped: the words to confirm are in Latin running text.
    if (isWideCode(text.charCodeAt(lines.start(n))) && isWideCode(text.charCodeAt(length - 1))) continue;
    for (let i = lines.start(n); i < length; i++) {
      let code = text.charCodeAt(i);
      if (!isLatinLetterCode(code)) continue;
      const start = i;
      let ascii = code < 128;
      while (i + 1 < length && isLatinLetterCode((code = text.charCodeAt(i + 1)))) {
        if (code >= 128) ascii = false;
        i++;
      }
      const size = i + 1 - start;
      if (size < shortest || size > longest) continue;
      if (ascii) {
        const first = text.charCodeAt(start);
        if (!keys.has(size * 128 + (first <= 90 ? first + 32 : first))) continue;
      }
      const w = text.slice(start, i + 1).toLowerCase();
      if (candidates.has(w) && !known.has(w)) {
        known.add(w);
        const key = keyOf(w);
        const left = (keys.get(key) ?? 1) - 1;
        if (left > 0) keys.set(key, left);
        else keys.delete(key);
      }
    }
  }
  return known;
}
