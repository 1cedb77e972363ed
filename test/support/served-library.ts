// Browser mode's web server in this process, over a temporary library and a stand-in renderer folder, listening
// on a free loopback port from the test file's `before` hooks to its `after` hooks; and requests sent to it as
// from its own page, unless a test overrides the headers.
import { writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { createWebServer } from '../../main/node/server/web-server.js';
import { tempLibrary } from './temp-library.js';
import { tempDir } from './temp-dir.js';

export interface SendOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface Received {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body read as UTF-8; `bytes` holds it as it came. */
  body: string;
  bytes: Buffer;
}

export interface ServedLibrary {
  readonly library: ReturnType<typeof tempLibrary>;
  /** Holds index.html; a test adds the files it means to request. */
  readonly rendererDir: string;
  /** 0 until the `before` hooks have run. */
  readonly port: number;
  send(path: string, options?: SendOptions): Promise<Received>;
}

export function serveLibrary(token: string): ServedLibrary {
  const library = tempLibrary();
  const rendererDir = tempDir('jianbao-renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Jianbao</title>');
  const server = createWebServer({
    dispatch: library.dispatch,
    rendererDir,
    token,
    images: (hash) => library.store.images.get(hash),
  });
  let port = 0;

  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
    library.close();
  });

  const send = (path: string, options: SendOptions = {}): Promise<Received> =>
    new Promise((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path,
          method: options.method ?? 'GET',
          headers: { host: `127.0.0.1:${port}`, ...options.headers },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const bytes = Buffer.concat(chunks);
            resolve({ status: res.statusCode!, headers: res.headers, body: bytes.toString('utf8'), bytes });
          });
        },
      );
      req.on('error', reject);
      req.end(options.body);
    });

  return {
    library,
    rendererDir,
    get port() {
      return port;
    },
    send,
  };
}
