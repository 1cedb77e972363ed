// Which legacy encoding a text file's bytes are in, once a BOM and UTF-8 have been ruled out. The
// guesses come from jschardet (a port of Python's chardet 7) and the NUL pattern of UTF-16; each is only a
// candidate, which decode-text accepts when the bytes decode strictly in it and read as text.
import { detectAll } from 'jschardet';
import type { TextEncoding } from '../../../shared/contract/vocabulary.js';

/** jschardet's names (lower case, letters and digits only) for the encodings a TextDecoder can read. */
const DETECTED: Record<string, TextEncoding> = {
  big5: 'big5',
  big5hkscs: 'big5',
  cp950: 'big5',
  gb18030: 'gb18030',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  cp936: 'gb18030',
  shiftjis: 'shift_jis',
  shiftjis2004: 'shift_jis',
  cp932: 'shift_jis',
  eucjp: 'euc-jp',
  eucjis2004: 'euc-jp',
  iso2022jp: 'iso-2022-jp',
  euckr: 'euc-kr',
  cp949: 'euc-kr',
  windows1252: 'windows-1252',
  iso88591: 'windows-1252',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
};

/**
 * Simplified Chinese is what most files here are in, and GB18030 was the only guess before detection:
 * it keeps the lead unless another candidate scores twice as high.
 */
const GB18030_WEIGHT = 2;

/**
 * A guess scoring under this share of the best one is not tried: Windows-1252 decodes almost any bytes
 * into plausible letters, so a file that is nothing clearly (mixed encodings) must not fall through to it.
 */
const RELATIVE_FLOOR = 0.25;

/** The encodings to try, most likely first; GB18030 always among them, as the old behaviour. */
export function detectedEncodings(sample: Uint8Array): TextEncoding[] {
  const guesses = detectAll(sample, { minimumThreshold: 0 });
  const best = Math.max(0, ...guesses.map((guess) => guess.confidence));
  const scored = guesses.flatMap(({ encoding, confidence }) => {
    const name = encoding ? DETECTED[encoding.toLowerCase().replace(/[^a-z0-9]/g, '')] : undefined;
    if (!name || confidence < best * RELATIVE_FLOOR) return [];
    return [{ name, score: name === 'gb18030' ? confidence * GB18030_WEIGHT : confidence }];
  });
  scored.sort((a, b) => b.score - a.score);
  return [...new Set([...scored.map(({ name }) => name), 'gb18030' as const])];
}

/**
 * UTF-16 without a BOM, told by its NUL bytes: ASCII characters (spaces, digits, line ends) put a NUL in
 * every high byte, all on one side; CJK characters put a few on either side (一 is U+4E00). Both byte
 * orders are worth trying when there are NULs (text wholly in CJK may have them on the wrong side only),
 * the likelier first; binary data fails the strict decoding or the text check in either.
 */
export function utf16Orders(sample: Uint8Array): ('utf-16le' | 'utf-16be')[] {
  let even = 0;
  let odd = 0;
  sample.forEach((byte, i) => {
    if (byte !== 0) return;
    if (i % 2 === 0) even++;
    else odd++;
  });
  if (even + odd === 0) return [];
  return odd >= even ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
}
