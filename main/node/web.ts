/** `npm run web`: the browser mode, served on 127.0.0.1 only, behind a fresh token at every launch. */
import { readerLanguage } from './services/settings-services.js';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startLibrary } from './library.js';
import { resolveDatabasePath } from './library-path.js';
import { createWebServer } from './server/web-server.js';

const { values } = parseArgs({
  options: { db: { type: 'string' }, port: { type: 'string', default: '0' } },
  strict: true,
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number from 0 to 65535 (0 picks a free port), not "${values.port}".`);
  process.exit(2);
}

const dbPath = resolveDatabasePath(values.db);
const library = await startLibrary(dbPath);
const token = randomBytes(24).toString('base64url');
const server = createWebServer({
  dispatch: library.dispatch,
  rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
  token,
  // Through `library.store`: after a snapshot restore it is the store of the library open then.
  images: (hash) => library.store.images.get(hash),
  language: () => readerLanguage(library.store),
});

server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address() as { port: number };
  console.log(`Library: ${dbPath}`);
  console.log(`Jianbao is running in browser mode. Open this address (it includes your access token):`);
  console.log(`http://127.0.0.1:${actual}/?token=${token}`);
});

const stop = () => {
  server.closeAllConnections();
  server.close(() => {
    library.close();
    process.exit(0);
  });
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
