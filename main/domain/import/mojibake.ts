// Text whose UTF-8 bytes were once read as Windows-1252 (or Latin-1) and written out again as UTF-8, as content
// systems and old pipelines do: "gardener’s" arrives as "gardenerâ€™s", "café" as "cafÃ©". Each such run is
// read back as the UTF-8 it was. A run must spell a whole, valid UTF-8 sequence of two to four bytes, lead byte
// first, and the text is changed only when every character in it beyond ASCII stands in such a run, as all of
// them do in text that was read twice: French or German written as it should be has accents standing alone
// ("café", "Ärger"), Chinese its own characters, and then nothing is touched, so a capital before a guillemet
// ("OLÉ»") or a sign before a quote ("方案×”"), each spelling a valid sequence, keeps its place. The original file
// is kept as it was.

/** Windows-1252's characters for the bytes 0x80–0x9F it assigns; Latin-1 reads the same bytes as C1 controls. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** A character standing for a continuation byte (0x80–0xBF), read either way. */
const CONTINUATION = `[\\u0080-\\u00bf${WINDOWS_1252.replace(/[\u0080-\u009f]/g, '')}]`;
/** A lead byte and as many continuation bytes as it announces. */
const SEQUENCE = new RegExp(
  `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`,
  'g',
);
const LEAD = /[\u00c2-\u00f4]/;
const BEYOND_ASCII = /[^\u0000-\u007f]/g;

function byteOf(ch: string): number {
  const code = ch.charCodeAt(0);
  const listed = WINDOWS_1252.indexOf(ch);
  return code >= 0x80 && code <= 0x9f ? code : listed >= 0 ? 0x80 + listed : code;
}

/** The lowest and highest second byte each lead allows: no overlong forms, surrogates or code points past U+10FFFF. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/** The run as the UTF-8 it spells, or the run itself when its bytes are not valid UTF-8. */
function reread(run: string): string {
  const bytes = Array.from(run, byteOf);
  const [lead = 0, second = 0] = bytes;
  const [low, high] = secondByteRange(lead);
  if (second < low || second > high) return run;
  const payloadBits = bytes.length === 2 ? 0x1f : bytes.length === 3 ? 0x0f : 0x07;
  let code = lead & payloadBits;
  for (const byte of bytes.slice(1)) code = (code << 6) | (byte & 0x3f);
  return String.fromCodePoint(code);
}

export function repairMojibake(text: string): string {
  if (!LEAD.test(text)) return text;
  const runs = text.match(SEQUENCE) ?? [];
  const inRuns = runs.reduce((sum, run) => sum + run.length, 0);
  if (runs.length === 0 || inRuns !== (text.match(BEYOND_ASCII)?.length ?? 0)) return text;
  return text.replace(SEQUENCE, reread);
}
