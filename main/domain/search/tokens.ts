/**
 * How text splits into search tokens, folded by the normaliser as it goes. Matching is a contiguous
 * run of tokens, so this decides what a query can match:
 * - every CJK character (and private-use character, which newspapers use for rare ideographs) is a
 *   token of its own, so a query matches any substring of Chinese, at any length;
 * - every punctuation mark or symbol is a token of its own, so `国，歌` does not match `国歌`;
 * - a run of other letters, digits and marks is one word token (English matches whole words);
 * - spaces and tabs separate tokens and match nothing, so `王　明` is found by `王明`;
 * - a run of whitespace with a line break is one `BREAK` token that no query contains, so no hit
 *   spans two blocks of an article, two notes or two tags.
 * This one function serves the index, the query and the hit finder, so they cannot disagree.
 */
import { foldCodePoint } from './normalise.js';

export type TokenKind = 'word' | 'cjk' | 'mark' | 'break';

export const BREAK = '\n';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\p{Co}]/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const LINE_BREAK = /[\n\r\u000b\u000c\u0085\u2028\u2029]/u;
const SPACE = /[\p{Z}\p{C}\s]/u;

type CharClass = TokenKind | 'space';

/** The class of a folded character, decided by its first code point. */
function classify(folded: string): CharClass {
  const codePoint = folded.codePointAt(0)!;
  if (codePoint < 0x80) {
    if ((codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39)) return 'word';
    if (codePoint >= 0x0a && codePoint <= 0x0d) return 'break';
    return codePoint <= 0x20 || codePoint === 0x7f ? 'space' : 'mark';
  }
  if (CJK.test(folded)) return 'cjk';
  if (WORD.test(folded)) return 'word';
  if (LINE_BREAK.test(folded)) return 'break';
  if (SPACE.test(folded)) return 'space';
  return 'mark';
}

/** Receives a token's folded text and the UTF-16 range of the original text it came from. */
export type TokenVisitor = (token: string, start: number, end: number, kind: TokenKind) => void;

export function forEachToken(text: string, visit: TokenVisitor): void {
  let word = '';
  let wordStart = 0;
  let wordEnd = 0;
  let breakStart = -1;
  let breakEnd = 0;
  const flushWord = () => {
    if (word === '') return;
    visit(word, wordStart, wordEnd, 'word');
    word = '';
  };
  const flushBreak = () => {
    if (breakStart < 0) return;
    visit(BREAK, breakStart, breakEnd, 'break');
    breakStart = -1;
  };
  for (let index = 0; index < text.length;) {
    const code = text.charCodeAt(index);
    let folded: string;
    let kind: CharClass;
    let end = index + 1;
    if (code >= 0x4e00 && code <= 0x9fff) {
      // Fast path for the common ideographs, most of a Chinese text: no folding, always a token.
      folded = text[index]!;
      kind = 'cjk';
    } else {
      const codePoint = text.codePointAt(index)!;
      if (codePoint > 0xffff) end++;
      folded = foldCodePoint(codePoint);
      kind = classify(folded);
    }
    if (kind === 'word') {
      if (word === '') {
        flushBreak();
        wordStart = index;
      }
      word += folded;
      wordEnd = end;
    } else if (kind === 'space') {
      flushWord();
    } else if (kind === 'break') {
      flushWord();
      if (breakStart < 0) breakStart = index;
      breakEnd = end;
    } else {
      flushWord();
      flushBreak();
      visit(folded, index, end, kind);
    }
    index = end;
  }
  flushWord();
  flushBreak();
}

export interface Token {
  /** Folded text of the token. */
  text: string;
  /** UTF-16 range of the token in the original text. */
  start: number;
  end: number;
  kind: TokenKind;
}

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (token, start, end, kind) => tokens.push({ text: token, start, end, kind }));
  return tokens;
}
