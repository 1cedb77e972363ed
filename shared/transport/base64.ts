// A small base64 codec: shared/ has neither Node's Buffer nor the DOM's btoa.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map([...ALPHABET].map((char, index) => [char, index]));

export function encodeBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const triple = (a << 16) | (b << 8) | c;
    out.push(
      ALPHABET[(triple >> 18) & 63]!,
      ALPHABET[(triple >> 12) & 63]!,
      i + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63]! : '=',
      i + 2 < bytes.length ? ALPHABET[triple & 63]! : '=',
    );
  }
  return out.join('');
}

/** Thrown for text that is not base64, so a transport can tell the sender which part of a request is wrong. */
export class InvalidBase64 extends Error {}

export function decodeBase64(text: string): Uint8Array {
  const clean = text.replace(/={0,2}$/, '');
  // One leftover character carries only 6 bits: no byte ends there, so the text was cut or altered.
  if (clean.length % 4 === 1)
    throw new InvalidBase64(`Not valid base64: ${clean.length} characters cannot encode whole bytes.`);
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let index = 0;
  for (const char of clean) {
    const digit = LOOKUP.get(char);
    if (digit === undefined)
      throw new InvalidBase64(`Not valid base64: ${JSON.stringify(char)} is not a base64 character.`);
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (value >> bits) & 0xff;
    }
  }
  return bytes;
}
