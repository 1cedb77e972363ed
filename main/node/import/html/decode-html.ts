// A web page's bytes to text, the way a browser picks the encoding: a byte-order mark, then the charset the
// page declares (the transport's, as an MHTML part gives it, or <meta charset> / http-equiv / the XML
// declaration), then detection. Pages often declare GB2312 and hold GBK or GB18030, or declare one encoding
// and were re-saved in UTF-8, so a declaration is believed only while the bytes decode cleanly under it.
import { said, type Said } from '../../../../shared/i18n/said.js';
import { countReplacements, decodeStrictly, repairDecoded } from '../decode-text.js';
import { detectedEncodings, utf16Orders } from '../detect-encoding.js';
import { repairMojibake } from '../../../domain/import/mojibake.js';

/** `unreadable`: bytes of a damaged page no character could be read for (each U+FFFD). */
export type DecodedHtml =
  { ok: true; text: string; encoding: string; unreadable?: number } | { ok: false; reason: Said };

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const PRESCAN_BYTES = 4096;
const DETECT_BYTES = 64 * 1024;

/** The bytes as Latin-1: one character per byte, for looking at the ASCII parts of any encoding. */
export function asciiView(bytes: Uint8Array, limit = bytes.length): string {
  return new TextDecoder('latin1').decode(bytes.subarray(0, limit));
}

/** The encoding a page declares in its first bytes, as a TextDecoder label, if any. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = asciiView(bytes, PRESCAN_BYTES);
  const found =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return found ? decoderLabel(found[1]!) : undefined;
}

/** A charset name as TextDecoder knows it; GB2312 and GBK are read as GB18030, their superset. */
function decoderLabel(charset: string): string | undefined {
  const name = charset.trim().toLowerCase();
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/.test(name)) return 'gb18030';
  // A page that says UTF-16 yet was found by its ASCII-compatible bytes is not UTF-16 (as browsers decide).
  if (name.startsWith('utf-16')) return 'utf-8';
  try {
    return new TextDecoder(name).encoding;
  } catch {
    return undefined;
  }
}

/** The bytes in the encoding, unreadable ones as U+FFFD, if those are few (damage); else null (a wrong guess). */
function leniently(encoding: string, bytes: Uint8Array): { text: string; unreadable: number } | null {
  const text = repairDecoded(encoding, new TextDecoder(encoding).decode(bytes));
  // A few replacement characters are damage, many (1 in 100) a wrong guess.
  const unreadable = countReplacements(text);
  return unreadable < 0.01 * text.length ? { text, unreadable } : null;
}

/** Binary data holds NUL bytes by the hundred; a page saved with a stray few is still a page. */
function isBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, DETECT_BYTES);
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls++;
  return nuls > Math.max(3, sample.length / 1000);
}

/** The page's text, with runs of UTF-8 that a content system once read as Windows-1252 read back as written. */
export function decodeHtml(bytes: Uint8Array, transportCharset?: string): DecodedHtml {
  const decoded = decodeHtmlBytes(bytes, transportCharset);
  return decoded.ok ? { ...decoded, text: repairMojibake(decoded.text) } : decoded;
}

function decodeHtmlBytes(bytes: Uint8Array, transportCharset?: string): DecodedHtml {
  const bom = BOMS.find(({ bytes: mark }) => mark.every((byte, index) => bytes[index] === byte));
  if (bom) {
    const text = new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.bytes.length));
    return { ok: true, text, encoding: bom.encoding };
  }
  // UTF-16 saved without its mark: the markup's ASCII puts a NUL beside every character, as binary data has NULs.
  for (const order of utf16Orders(bytes.subarray(0, DETECT_BYTES))) {
    const text = decodeStrictly(order, bytes);
    if (text !== undefined && /^\s*</.test(text) && !text.includes('\u0000'))
      return { ok: true, text, encoding: order };
  }
  if (isBinary(bytes))
    return { ok: false, reason: said('it holds binary data, not a web page', '其中是二进制数据，不是网页') };
  const declared = (transportCharset && decoderLabel(transportCharset)) ?? declaredCharset(bytes);
  // Detection as for text files: every candidate the detector sees, each tried strictly. Text in a legacy
  // encoding is practically never valid UTF-8 with multi-byte characters, so such bytes are UTF-8 whatever
  // the page declares (a page saved as UTF-8 often keeps its old <meta charset>).
  const utf8First = bytes.some((byte) => byte >= 0x80) && decodeStrictly('utf-8', bytes) !== undefined;
  const candidates = [
    ...(utf8First ? ['utf-8'] : []),
    declared,
    'utf-8',
    ...detectedEncodings(bytes.subarray(0, DETECT_BYTES)),
  ].filter((label): label is string => !!label);
  for (const encoding of candidates) {
    const text = decodeStrictly(encoding, bytes);
    if (text !== undefined) return { ok: true, text, encoding };
    // The declared encoding, slightly damaged (a page cut off inside a character), before a detected one that
    // takes any byte (Windows-1252 reads every page, as the wrong characters).
    if (encoding !== declared) continue;
    const lenient = leniently(encoding, bytes);
    if (lenient) return { ok: true, encoding, ...lenient };
  }
  // No candidate is clean: the declared or detected one with the least damage, if the damage is slight.
  for (const encoding of candidates) {
    const lenient = leniently(encoding, bytes);
    if (lenient) return { ok: true, encoding, ...lenient };
  }
  return {
    ok: false,
    reason: said(
      `its text encoding could not be recognised (tried ${[...new Set(candidates)].join(', ')})`,
      `无法识别它的文字编码（试过 ${[...new Set(candidates)].join('、')}）`,
    ),
  };
}
