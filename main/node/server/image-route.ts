/**
 * Where the page finds a stored picture: `/images/<SHA-256>` on its own origin, the same path in browser mode
 * (behind the launch's token) and on the desktop app's scheme, so a figure's address is one relative URL.
 */
import type { ImageMediaType } from '../../../shared/contract/vocabulary.js';
import { IMAGE_SECURITY_HEADERS } from '../security/content-security-policy.js';

const IMAGE_PATH = /^\/images\/([0-9a-f]{64})$/;

/** Finds a stored picture by its SHA-256 (the library's image store). */
export type ImageLookup = (hash: string) => { mediaType: ImageMediaType; data: Uint8Array } | undefined;

/** The picture's hash when the path names one, else undefined (the path is some other file). */
export function imageHashOf(pathname: string): string | undefined {
  return IMAGE_PATH.exec(pathname)?.[1];
}

/** The response for a stored picture: its bytes and type, or 404 when the library has no such picture. */
export function imageResponse(
  lookup: ImageLookup | undefined,
  hash: string,
): { status: 200 | 404; headers: Record<string, string>; body: Uint8Array | string } {
  const image = lookup?.(hash);
  if (!image)
    return {
      status: 404,
      headers: { ...IMAGE_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
      body: 'No such picture.',
    };
  return {
    status: 200,
    headers: { ...IMAGE_SECURITY_HEADERS, 'Content-Type': image.mediaType },
    body: image.data,
  };
}
