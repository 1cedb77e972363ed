// Which words split by a hyphen at a line end the page also uses whole: only those are rejoined.
import { isLatinLetterCode, isWideCode } from './chars';
import { hyphenJoin } from './join';
import type { PageLine } from './lines';

export function knownJoinedWords(lines: readonly PageLine[]): Set<string> {
  const candidates = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]?.text ?? '';
    if (a.charCodeAt(a.length - 1) !== 45) continue;
    const h = hyphenJoin(a, lines[i + 1]?.text ?? '');
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
  // One pass over the characters; a word is cut out as a string only when its length could match.
  for (const line of lines) {
    const text = line.text;
    // Chinese lines (wide at both ends) are skipped: the words to confirm are in Latin running text.
    if (isWideCode(text.charCodeAt(0)) && isWideCode(text.charCodeAt(text.length - 1))) continue;
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
      const letter = i < text.length && isLatinLetterCode(text.charCodeAt(i));
      if (letter) {
        if (start < 0) start = i;
      } else if (start >= 0) {
        const length = i - start;
        if (length >= shortest && length <= longest) {
          const w = text.slice(start, i).toLowerCase();
          if (candidates.has(w)) known.add(w);
        }
        start = -1;
      }
    }
  }
  return known;
}
