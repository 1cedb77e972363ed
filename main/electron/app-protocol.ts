import { protocol } from 'electron';
import { imageHashOf, imageResponse, type ImageLookup } from '../node/server/image-route.js';
import { readStaticFile } from '../node/server/static-files.js';
import { SECURITY_HEADERS } from '../node/security/content-security-policy.js';
import { APP_HOST, APP_SCHEME } from './policies/app-origin.js';

/** Must run before the app is ready: the app scheme behaves like https (secure, standard, fetch allowed). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Serves the renderer bundle, and only it, on the app scheme, with the same CSP as browser mode; and the
 * library's pictures at /images/<SHA-256>, from the library, never the network.
 */
export function serveAppScheme(rendererDir: string, images: ImageLookup): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const imageHash = url.host === APP_HOST ? imageHashOf(url.pathname) : undefined;
    if (imageHash !== undefined) {
      const { status, headers, body } = imageResponse(images, imageHash);
      return new Response(typeof body === 'string' ? body : new Uint8Array(body), { status, headers });
    }
    const file = url.host === APP_HOST ? await readStaticFile(rendererDir, url.pathname) : undefined;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { ...SECURITY_HEADERS, 'Content-Type': file.contentType },
    });
  });
}
