/**
 * Turns a file's bytes into text without assuming an encoding: a BOM wins; otherwise strict UTF-8,
 * then strict GB18030 (which covers GBK and GB2312), accepted only if the result reads as text.
 */
export type DecodeResult = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const BOMS: { bytes: number[]; encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

const SNIFF_BYTES = 64 * 1024;

export function decodeText(bytes: Uint8Array): DecodeResult {
  const bom = BOMS.find(({ bytes: mark }) => mark.every((byte, index) => bytes[index] === byte));
  if (bom) {
    const text = tryDecode(bom.encoding, bytes.subarray(bom.bytes.length));
    if (text === undefined)
      return { ok: false, reason: `it starts with a ${bom.encoding} mark but is not valid ${bom.encoding}` };
    return accept(text, bom.encoding);
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'it is a binary file, not text' };
  // Legacy-encoded Chinese is practically never valid UTF-8, so valid UTF-8 is taken as such.
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return accept(utf8, 'utf-8');
  const gb18030 = tryDecode('gb18030', bytes);
  if (gb18030 !== undefined && readsAsText(gb18030)) return accept(gb18030, 'gb18030');
  return {
    ok: false,
    reason:
      'its encoding could not be recognised (tried UTF-8, UTF-16 with a BOM and GB18030/GBK); save it as UTF-8 and import it again',
  };
}

function accept(text: string, encoding: string): DecodeResult {
  if (text.trim() === '') return { ok: false, reason: 'it contains no text' };
  return { ok: true, text: text.replace(/\r\n?/g, '\n'), encoding };
}

function tryDecode(encoding: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** NUL bytes or many control bytes early in a file mean it is not a text document. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b)
      control++;
  }
  return control > sample.length * 0.02;
}

/**
 * A wrong legacy decoding yields rare ideographs, private-use and symbol characters; real text is
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
