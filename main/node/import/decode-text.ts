/**
 * Turns a file's bytes into text without assuming an encoding: a BOM wins; then UTF-16 told by its NUL
 * bytes; then strict UTF-8; then the encodings a detector suggests (GB18030 always among them), each
 * accepted if the bytes decode strictly in it and the result reads as text. A file damaged in a few places (a
 * stray byte, cut inside its last character) is read in its mark's encoding, UTF-16's, UTF-8 or the likeliest
 * one, the places it cannot read as U+FFFD, counted. Or, on a re-import, in the encoding the user chose.
 */
import { said, type Said } from '../../../shared/i18n/said.js';
import { TEXT_ENCODINGS, type TextEncoding } from '../../../shared/contract/vocabulary.js';
import { withHkscs } from './big5-hkscs.js';
import { detectedEncodings, utf16Orders } from './detect-encoding.js';

/**
 * `guessed`: the encoding was detected or chosen, not certain (a BOM, or valid UTF-8), so could be wrong.
 * `unreadable`: places the encoding has no character for (a damaged or cut-off file), each read as U+FFFD.
 */
export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding; guessed: boolean; unreadable: number }
  | { ok: false; reason: Said };

const BINARY = said('it is a binary file, not text', '这是二进制文件，不是文本');

const BOMS: { bytes: number[]; encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const SNIFF_BYTES = 64 * 1024;

/** UTF-32's marks, which open with UTF-16's little-endian one: told apart first. */
const UTF32_BOMS = [
  [0xff, 0xfe, 0, 0],
  [0, 0, 0xfe, 0xff],
];
const UTF32 = said(
  'it is UTF-32 text, which Jianbao does not read; save it as UTF-8 and import it again',
  '这是 UTF-32 编码的文本，剪报无法读取；请另存为 UTF-8 后再导入',
);

export function decodeText(bytes: Uint8Array, chosen?: TextEncoding): DecodeResult {
  if (chosen) return decodeAs(chosen, bytes);
  if (UTF32_BOMS.some((mark) => mark.every((byte, index) => bytes[index] === byte)))
    return { ok: false, reason: UTF32 };
  const bom = BOMS.find(({ bytes: mark }) => mark.every((byte, index) => bytes[index] === byte));
  if (bom) {
    const text = strictDecode(bom.encoding, bytes.subarray(bom.bytes.length));
    const damaged =
      text === undefined ? leastDamaged([bom.encoding], bytes.subarray(bom.bytes.length)) : null;
    if (damaged) return accept(damaged.text, bom.encoding, false, damaged.unreadable);
    if (text === undefined)
      return {
        ok: false,
        reason: said(
          `it starts with a ${bom.encoding} mark but is not valid ${bom.encoding}`,
          `它以 ${bom.encoding} 标记开头，内容却不是有效的 ${bom.encoding}`,
        ),
      };
    return accept(text, bom.encoding, false);
  }
  const sample = bytes.subarray(0, SNIFF_BYTES);
  const orders = utf16Orders(sample);
  for (const utf16 of orders) {
    const text = strictDecode(utf16, bytes);
    if (text !== undefined && readsAsText(text)) return accept(text, utf16, true);
  }
  // UTF-16 cut inside a character (an odd number of bytes).
  const damagedUtf16 = orders.length > 0 ? leastDamaged(orders, bytes) : null;
  if (damagedUtf16) return accept(damagedUtf16.text, damagedUtf16.encoding, true, damagedUtf16.unreadable);
  if (looksBinary(sample)) return { ok: false, reason: BINARY };
  // ISO-2022-JP (Japanese mail) is 7-bit: valid UTF-8 too, its kanji spelled as escapes and ASCII letters.
  if (switchesToJis(sample)) {
    const text = strictDecode('iso-2022-jp', bytes);
    if (text !== undefined && readsAsText(text)) return accept(text, 'iso-2022-jp', true);
  }
  // Legacy-encoded text is practically never valid UTF-8, so valid UTF-8 is taken as such.
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== undefined) return accept(utf8, 'utf-8', false);
  const candidates = detectedEncodings(sample);
  for (const [rank, encoding] of candidates.entries()) {
    const text = strictDecode(encoding, bytes);
    if (text !== undefined && readsAsText(text)) return accept(text, encoding, true);
    if (rank > 0) continue;
    // Neither UTF-8 nor the likeliest encoding reads every byte: a file damaged or cut off in a byte or two is
    // read in the one that leaves the fewest unread, if few are, and the import says how many (a less likely
    // encoding that happens to take every byte reads it as the wrong characters).
    const damaged = leastDamaged(['utf-8', encoding], bytes);
    if (damaged) return accept(damaged.text, damaged.encoding, true, damaged.unreadable);
  }
  return {
    ok: false,
    reason: said(
      `its encoding could not be recognised (tried UTF-8, UTF-16 and ${candidates.join(', ')}); save it as UTF-8 and import it again`,
      `无法识别它的编码（试过 UTF-8、UTF-16 和 ${candidates.join('、')}）；请另存为 UTF-8 后再导入`,
    ),
  };
}

/** The encoding a label names (any TextDecoder label: 'GBK', 'Big5-HKSCS', 'latin1'), if one of ours. */
export function textEncoding(label: string): TextEncoding | undefined {
  let name: string;
  try {
    name = new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
  // GBK's decoder is GB18030's (WHATWG), under another name.
  if (name === 'gbk') return 'gb18030';
  return TEXT_ENCODINGS.find((encoding) => encoding === name);
}

/**
 * The bytes in the encoding the user chose: it is believed as long as they decode in it, a few bytes it has no
 * character for (a damaged file) read as U+FFFD and counted.
 */
function decodeAs(encoding: TextEncoding, bytes: Uint8Array): DecodeResult {
  const bom = BOMS.find((mark) => mark.encoding === encoding);
  const marked = bom?.bytes.every((byte, index) => bytes[index] === byte);
  const body = marked ? bytes.subarray(bom!.bytes.length) : bytes;
  const strict = strictDecode(encoding, body);
  const read = strict === undefined ? leastDamaged([encoding], body) : null;
  if (strict === undefined && !read)
    return {
      ok: false,
      reason: said(`its bytes are not valid ${encoding} text`, `它的内容不是有效的 ${encoding} 文本`),
    };
  if (!encoding.startsWith('utf-16') && looksBinary(bytes.subarray(0, SNIFF_BYTES)))
    return { ok: false, reason: BINARY };
  return accept(strict ?? read!.text, encoding, true, read?.unreadable ?? 0);
}

/** A damaged file's unreadable bytes at most: one in this many characters, or MIN_UNREADABLE in a short file. */
const UNREADABLE_SHARE = 1000;
const MIN_UNREADABLE = 8;

/**
 * The bytes in whichever encoding leaves the fewest places unread (each U+FFFD) and reads as text otherwise (a
 * wrong encoding takes most bytes as rare characters), if those places are few (a damaged or cut-off file);
 * else null.
 */
function leastDamaged(
  encodings: readonly TextEncoding[],
  bytes: Uint8Array,
): { text: string; encoding: TextEncoding; unreadable: number } | null {
  let best: { text: string; encoding: TextEncoding; unreadable: number } | null = null;
  for (const encoding of new Set(encodings)) {
    const text = repairDecoded(encoding, new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes));
    // A U+FFFD the file itself holds counts too: a file holds next to none.
    const unreadable = countReplacements(text);
    if (best && unreadable >= best.unreadable) continue;
    if (unreadable > Math.max(MIN_UNREADABLE, text.length / UNREADABLE_SHARE)) continue;
    if (readsAsText(text.replaceAll('\ufffd', ''))) best = { text, encoding, unreadable };
  }
  return best;
}

/** How many U+FFFD a decoding holds: the places it could not read. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\ufffd'); at >= 0; at = text.indexOf('\ufffd', at + 1)) n++;
  return n;
}

function accept(text: string, encoding: TextEncoding, guessed: boolean, unreadable = 0): DecodeResult {
  if (text.trim() === '') return { ok: false, reason: said('it contains no text', '其中没有文字') };
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding, guessed, unreadable };
}

function strictDecode(encoding: TextEncoding, bytes: Uint8Array): string | undefined {
  return decodeStrictly(encoding, bytes);
}

/**
 * The bytes in the encoding a TextDecoder label names, or undefined when they are not valid in it; Node 20's
 * Big5 and Windows-1252 decoders are corrected (web pages use this too).
 */
export function decodeStrictly(label: string, bytes: Uint8Array): string | undefined {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    return undefined;
  }
  try {
    return repairDecoded(decoder.encoding, decoder.decode(bytes));
  } catch {
    return undefined;
  }
}

/** What Node 20's decoder for `encoding` got wrong, put right (Big5's HKSCS, Windows-1252's 0x80–0x9F). */
export function repairDecoded(encoding: string, text: string): string {
  if (encoding === 'big5') return withHkscs(text);
  if (encoding === 'windows-1252') return withWindows1252(text);
  return text;
}

/** Windows-1252's characters at 0x80 to 0x9F (quotes, dashes, €), where ISO-8859-1 has control codes. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's TextDecoder('windows-1252') reads ISO-8859-1 (curly quotes and dashes come out as C1 control
 * codes); mapping those codes back gives what the WHATWG decoder gives, and is a no-op where Node is right.
 */
function withWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (code) => WINDOWS_1252_HIGH[code.charCodeAt(0) - 0x80]!);
}

/** NUL bytes or many control bytes early in a file mean it is not a text document. */
function looksBinary(sample: Uint8Array): boolean {
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b)
      control++;
  }
  return control > sample.length * 0.02;
}

/**
 * A wrong legacy decoding yields rare ideographs, private-use, control and symbol characters; real text is
 * mostly letters, digits, punctuation, spaces and common CJK.
 */
function readsAsText(text: string): boolean {
  const sample = text.slice(0, SNIFF_BYTES);
  let odd = 0;
  let total = 0;
  for (const char of sample) {
    total++;
    if (!/[\p{L}\p{M}\p{N}\p{P}\p{Zs}\s\p{Sm}\p{Sc}\p{So}]/u.test(char) || /[\p{Co}\u{FFFD}]/u.test(char))
      odd++;
  }
  return total === 0 || odd / total < 0.02;
}

/** Whether 7-bit bytes switch to JIS X 0208 (ESC $ @ or ESC $ B), as ISO-2022-JP text does. */
function switchesToJis(sample: Uint8Array): boolean {
  let escapes = false;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte >= 0x80) return false;
    if (byte === 0x1b && sample[i + 1] === 0x24 && (sample[i + 2] === 0x40 || sample[i + 2] === 0x42))
      escapes = true;
  }
  return escapes;
}
