// English headlines as desks case them. The English source writes every headline in capitals; papers and sites
// mostly use title or sentence case, and a parser must not learn that a headline is a line in capitals.

export type HeadlineCase = 'source' | 'title' | 'sentence';

export const HEADLINE_CASES: readonly HeadlineCase[] = ['source', 'title', 'sentence'];

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

/**
 * A headline in capitals recased: a word keeps the form the article's own text gives it (names, "EC", "U.S."),
 * and other words are lower case but for the first (sentence case) or every major one (title case). Tickers and
 * codes in brackets (`<IBM>`, `(WANB)`) and initials (U.S.) keep their capitals; a headline already in mixed case stays as it is.
 */
export function recase(headline: string, how: HeadlineCase, body: string): string {
  if (how === 'source' || /[a-z]/.test(headline)) return headline;
  const forms = new Map<string, Set<string>>();
  for (const token of body.match(/[A-Za-z][A-Za-z.'’-]*/g) ?? []) {
    // A long word in capitals is a dateline's city ("TORONTO"), not how the text writes the name.
    if (/^[A-Z.'’-]{5,}$/.test(token) && /[A-Z]{5}/.test(token)) continue;
    const key = token.toLowerCase();
    if (!forms.has(key)) forms.set(key, new Set());
    forms.get(key)?.add(token);
  }
  return headline
    .split(' ')
    .map((word, i) => {
      if (/^[<(].*[>)]$|\w\.\w|\d/.test(word)) return word;
      const lower = word.toLowerCase();
      const seen = forms.get(lower);
      if (seen && !seen.has(lower)) {
        // Only ever written capitalised in the text: a name or an abbreviation, kept as the text writes it.
        if (seen.has(word)) return word;
        return lower.charAt(0).toUpperCase() + lower.slice(1);
      }
      const capital = how === 'title' ? i === 0 || !MINOR_WORDS.has(lower) : i === 0;
      return capital ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    })
    .join(' ');
}
