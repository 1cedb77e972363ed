// Reading a parse back for the conservation properties (nothing lost, nothing doubled): order and multiset checks.

/** The characters of a string in code-point order: equal for two strings holding the same multiset. */
export function sortedChars(s: string): string {
  return [...s].sort().join('');
}

/** Whether the characters of `needle` appear in `haystack` in the same order. */
export function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const ch of needle) {
    at = haystack.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}
