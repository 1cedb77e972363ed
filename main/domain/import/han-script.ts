/**
 * Whether a text writes simplified or traditional Chinese, told by the common characters the two scripts write
 * differently. Extractors need it where a code point stands for a glyph whose reading depends on the font's
 * script (see `normalize-text.ts`).
 */

/** Frequent characters as simplified Chinese writes them, each beside its traditional form at the same index. */
const SIMPLIFIED = '们这个来说时为国会发经对过还没现开关问学书长门见车马东听让从话产业动';
const TRADITIONAL = '們這個來說時為國會發經對過還沒現開關問學書長門見車馬東聽讓從話產業動';

const SCRIPT_OF: ReadonlyMap<string, 1 | -1> = new Map([
  ...[...SIMPLIFIED].map((ch) => [ch, 1] as const),
  ...[...TRADITIONAL].map((ch) => [ch, -1] as const),
]);

/** True when the text writes more simplified-only than traditional-only characters of the common ones. */
export function writesSimplifiedChinese(text: string): boolean {
  let balance = 0;
  for (const ch of text) balance += SCRIPT_OF.get(ch) ?? 0;
  return balance > 0;
}
