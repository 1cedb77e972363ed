import { createHash } from 'node:crypto';

/** Identity of a document's content, whatever encoding or line endings it arrived in. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex');
}
