// What a picture's bytes are, told by their first bytes rather than by a name or a declared type (both can lie).
// Only formats that cannot run code are kept: PNG, JPEG, GIF, WebP, AVIF, and SVG, which can hold scripts but
// is only ever served as image/svg+xml under a Content-Security-Policy that forbids them (IMAGE_SECURITY_HEADERS).

import type { ImageMediaType } from '../../../../shared/contract/vocabulary.js';

function bytesAre(bytes: Uint8Array, at: number, expected: readonly number[] | string): boolean {
  const want = typeof expected === 'string' ? Array.from(expected, (c) => c.charCodeAt(0)) : expected;
  return want.every((byte, i) => bytes[at + i] === byte);
}

/** An SVG document: XML whose first element is <svg>, after a declaration, comments or a doctype. */
function isSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, '');
  return /^(?:\s|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!doctype[^>]*>)*<svg[\s>]/i.test(head);
}

/** The picture's type, or undefined when it is none Jianbao keeps (a BMP, TIFF, EMF, an icon, not a picture). */
export function imageType(bytes: Uint8Array): ImageMediaType | undefined {
  if (bytesAre(bytes, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (bytesAre(bytes, 0, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (bytesAre(bytes, 0, 'GIF87a') || bytesAre(bytes, 0, 'GIF89a')) return 'image/gif';
  if (bytesAre(bytes, 0, 'RIFF') && bytesAre(bytes, 8, 'WEBP')) return 'image/webp';
  if (bytesAre(bytes, 4, 'ftypavif') || bytesAre(bytes, 4, 'ftypavis')) return 'image/avif';
  if (isSvg(bytes)) return 'image/svg+xml';
  return undefined;
}
