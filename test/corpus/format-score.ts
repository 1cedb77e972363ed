// How `npm run eval:formats` scores what the import readers read against a test set's truth: by the bag of
// tokens for a whole-text truth, by snippets for a truth that names only some lines the text must or must not
// hold (trafilatura's evaluation).

export interface Overlap {
  /** Share of what was read that the truth holds. */
  p: number;
  /** Share of the truth that was read. */
  r: number;
  f1: number;
}

const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}';
// A CJK character is a token by itself (no spaces between words); any other run of letters, marks and digits
// is a word. NFKC first, so full-width Latin and digits count as their ASCII selves.
const TOKEN = new RegExp(`[${CJK}]|(?:(?![${CJK}])[\\p{L}\\p{M}\\p{N}])+`, 'gu');

export function tokens(text: string | null | undefined): string[] {
  return (text ?? '').normalize('NFKC').toLowerCase().match(TOKEN) ?? [];
}

const harmonic = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Bag-of-tokens precision, recall and F1 of what was read against the truth. */
export function overlap(got: string, want: string): Overlap {
  const counts = new Map<string, number>();
  for (const token of tokens(want)) counts.set(token, (counts.get(token) ?? 0) + 1);
  const gotTokens = tokens(got);
  const wantTotal = [...counts.values()].reduce((a, b) => a + b, 0);
  let common = 0;
  for (const token of gotTokens) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      common++;
      counts.set(token, left - 1);
    }
  }
  if (wantTotal === 0) return { p: gotTokens.length === 0 ? 1 : 0, r: 1, f1: gotTokens.length === 0 ? 1 : 0 };
  const p = gotTokens.length === 0 ? 0 : common / gotTokens.length;
  const r = common / wantTotal;
  return { p, r, f1: harmonic(p, r) };
}

/**
 * Against a truth of snippets, per page: precision is the share of the snippets found that belong, recall the
 * share of those that belong that were found. Space, case and the width of characters do not count.
 */
export function snippets(got: string, within: readonly string[], without: readonly string[]): Overlap {
  const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const text = flat(got);
  const hit = (snippet: string) => text.includes(flat(snippet));
  const found = within.filter(hit).length;
  const wrong = without.filter(hit).length;
  const p = found + wrong === 0 ? 0 : found / (found + wrong);
  const r = within.length === 0 ? 1 : found / within.length;
  return { p, r, f1: harmonic(p, r) };
}
