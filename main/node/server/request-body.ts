/**
 * Reading an API request's body within a limit that depends on the request: the server never holds
 * more than that limit of one body, whatever the client sends or claims to send.
 */
import { said as saidBoth, type Said } from '../../../shared/i18n/said.js';
import type { IncomingMessage } from 'node:http';
import { MAX_BACKUP_LENGTH, MAX_IMPORT_BYTES } from '../../../shared/contract/vocabulary.js';

const MIB = 1024 * 1024;
/** The JSON around the data: names, keys, escapes. */
const ENVELOPE_BYTES = MIB;
/** A file at the import limit, base64-encoded (4 bytes for every 3) inside its JSON. */
const MAX_IMPORT_REQUEST_BYTES = Math.ceil(MAX_IMPORT_BYTES / 3) * 4 + ENVELOPE_BYTES;
/** A backup's JSON text carried as one JSON string. */
const MAX_RESTORE_REQUEST_BYTES = MAX_BACKUP_LENGTH + ENVELOPE_BYTES;
/** Every other request: at most a few notes or templates (100,000 characters each, escaped). */
const MAX_OTHER_REQUEST_BYTES = 4 * MIB;

/** The largest body `method` may have; an unknown name gets the small default (its reply is an error anyway). */
export function bodyLimit(method: string): number {
  if (method === 'library.import' || method === 'library.reimport') return MAX_IMPORT_REQUEST_BYTES;
  if (method === 'backup.restore') return MAX_RESTORE_REQUEST_BYTES;
  return MAX_OTHER_REQUEST_BYTES;
}

export class BodyTooLarge extends Error {
  readonly said: Said;
  constructor(readonly limit: number) {
    const said = saidBoth(
      `The request is larger than the ${Math.round(limit / MIB)} MB this request may carry: ` +
        `files are imported up to ${MAX_IMPORT_BYTES / MIB} MB, and in the browser mode one large file at a time.`,
      `请求超过了它能携带的 ${Math.round(limit / MIB)} MB：导入的文件最大 ${MAX_IMPORT_BYTES / MIB} MB，` +
        '浏览器模式下大文件要一次导入一个。',
    );
    super(said.en);
    this.said = said;
    this.name = 'BodyTooLarge';
  }
}

/**
 * The body as text, refused before it is read when its declared length is over `limit`, and as soon
 * as the bytes that arrive pass it (a chunked body declares nothing). On refusal the request is
 * paused, not destroyed, so the 413 can still be sent before the connection is closed.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    if (Number(request.headers['content-length'] ?? 0) > limit) return reject(new BodyTooLarge(limit));
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.off('data', onData).pause();
      chunks.length = 0;
      reject(new BodyTooLarge(limit));
    };
    request.on('data', onData);
    request.once('end', () => resolve(Buffer.concat(chunks, size).toString('utf8')));
    request.once('error', reject);
  });
}
