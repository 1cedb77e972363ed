/**
 * How normalised text splits into search tokens. Matching is a contiguous run of tokens, so this
 * decides what a query can match:
 * - every CJK character (and private-use character, which newspapers use for rare ideographs) is a
 *   token of its own, so a query matches any substring of Chinese, at any length;
 * - every punctuation mark or symbol is a token of its own, so `国，歌` does not match `国歌`;
 * - a run of other letters, digits and marks is one word token (English matches whole words);
 * - spaces and tabs separate tokens and match nothing, so `王　明` is found by `王明`;
 * - a line break is a `BREAK` token that no query contains, so no hit spans two blocks of an article.
 */

export type TokenKind = 'word' | 'cjk' | 'mark' | 'break';

export const BREAK = '\n';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Co}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const LINE_BREAK = /[\n\r\u000b\u000c\u0085\u2028\u2029]/u;
const SPACE = /[\p{Z}\p{C}\s]/u;

type CharClass = TokenKind | 'space';

function classify(char: string, codePoint: number): CharClass {
  if (codePoint >= 0x4e00 && codePoint <= 0x9fff) return 'cjk';
  if (codePoint < 0x80) {
    if ((codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39)) return 'word';
    if (codePoint === 0x0a || codePoint === 0x0d || codePoint === 0x0b || codePoint === 0x0c) return 'break';
    return codePoint <= 0x20 || codePoint === 0x7f ? 'space' : 'mark';
  }
  if (CJK.test(char)) return 'cjk';
  if (WORD.test(char)) return 'word';
  if (LINE_BREAK.test(char)) return 'break';
  if (SPACE.test(char)) return 'space';
  return 'mark';
}

/**
 * Calls `visit` for each token of `text` (already normalised) with its UTF-16 range. A run of
 * whitespace containing line breaks yields one `break` token.
 */
export function forEachToken(
  text: string,
  visit: (start: number, end: number, kind: TokenKind) => void,
): void {
  let runStart = -1;
  let runKind: 'word' | 'break' | null = null;
  const closeRun = (end: number) => {
    if (runKind !== null) visit(runStart, end, runKind);
    runKind = null;
  };
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const kind = classify(text.slice(index, index + width), codePoint);
    if (kind === 'space') {
      if (runKind === 'word') closeRun(index);
    } else if (kind === 'word' || kind === 'break') {
      if (runKind !== kind) {
        closeRun(index);
        runStart = index;
        runKind = kind;
      }
    } else {
      closeRun(index);
      visit(index, index + width, kind);
    }
    index += width;
  }
  closeRun(text.length);
}

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (start, end, kind) =>
    tokens.push({ text: kind === 'break' ? BREAK : text.slice(start, end), start, end, kind }),
  );
  return tokens;
}
