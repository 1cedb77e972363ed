// Which words split by a hyphen at a line end the page also uses whole: only those are rejoined.
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
  const word = /[A-Za-zÀ-ɏ]+/g;
  for (const line of lines) {
    const text = line.text;
    word.lastIndex = 0;
    for (let m = word.exec(text); m; m = word.exec(text)) {
      const w = m[0].toLowerCase();
      if (candidates.has(w)) known.add(w);
    }
  }
  return known;
}
