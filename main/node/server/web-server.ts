/**
 * Browser mode: the renderer bundle and the service API over loopback HTTP. Every request needs the
 * per-launch token (the page via `?token=` once, then an HttpOnly same-site cookie; API calls via a
 * header, so another site cannot forge them) and our own Host and Origin.
 */
import type { UiLanguage } from '../../../shared/contract/vocabulary.js';
import { said, type Said } from '../../../shared/i18n/said.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../security/content-security-policy.js';
import type { Dispatch } from '../services/dispatch.js';
import { InvalidBase64 } from '../../../shared/transport/base64.js';
import { fromWire, toWire } from '../../../shared/transport/wire.js';
import type { Reply } from '../../../shared/contract/errors.js';
import {
  cookieValue,
  isAllowedHost,
  isAllowedOrigin,
  TOKEN_COOKIE,
  TOKEN_HEADER,
  tokensMatch,
} from './request-guard.js';
import { readStaticFile } from './static-files.js';
import { imageHashOf, imageResponse, type ImageLookup } from './image-route.js';
import { BodyTooLarge, bodyLimit, readBody } from './request-body.js';

/** How long a refused body may go on arriving (and be thrown away) before its connection is cut. */
const LINGER_MS = 2000;

export interface WebServerOptions {
  dispatch: Dispatch;
  rendererDir: string;
  token: string;
  /** The library's pictures, served at /images/<SHA-256> behind the same token as the page. */
  images?: ImageLookup;
  /** The language the server's own refusals of a request are said in (the dispatch's, for the rest). */
  language?: () => UiLanguage;
}

export function createWebServer({
  dispatch,
  rendererDir,
  token,
  images,
  language = () => 'en',
}: WebServerOptions): Server {
  const say = (sentence: Said) => sentence[language()];
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error.');
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const port = (server.address() as { port: number } | null)?.port ?? 0;
    if (!isAllowedHost(request.headers.host, port) || !isAllowedOrigin(request.headers.origin, port)) {
      return send(
        response,
        403,
        'text/plain; charset=utf-8',
        'Forbidden: Jianbao answers only its own page on this computer.',
      );
    }
    const url = new URL(request.url ?? '/', `http://${request.headers.host}`);

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Use POST.');
      if (!tokensMatch(token, request.headers[TOKEN_HEADER] as string | undefined)) {
        return sendReply(response, 401, {
          ok: false,
          error: {
            code: 'rejected',
            message: say(said('Missing or wrong access token.', '缺少访问令牌，或令牌不对。')),
          },
        });
      }
      return serveApi(request, response, url.pathname.slice('/api/'.length));
    }

    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'text/plain; charset=utf-8', 'Use GET.');
    const queryToken = url.searchParams.get('token');
    const cookieToken = cookieValue(request.headers.cookie, TOKEN_COOKIE);
    if (!tokensMatch(token, queryToken) && !tokensMatch(token, cookieToken)) {
      return send(
        response,
        401,
        'text/plain; charset=utf-8',
        'Open Jianbao with the address printed by `npm run web`, including its token.',
      );
    }
    const imageHash = imageHashOf(url.pathname);
    if (imageHash !== undefined) {
      const image = imageResponse(images, imageHash);
      response.writeHead(image.status, image.headers);
      return void response.end(request.method === 'HEAD' ? '' : image.body);
    }
    const file = await readStaticFile(rendererDir, url.pathname);
    if (!file) return send(response, 404, 'text/plain; charset=utf-8', 'Not found.');
    if (tokensMatch(token, queryToken)) {
      response.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    send(response, 200, file.contentType, request.method === 'HEAD' ? '' : file.body);
  }

  async function serveApi(
    request: IncomingMessage,
    response: ServerResponse,
    encoded: string,
  ): Promise<void> {
    let method: string;
    let payload: unknown;
    try {
      method = decodeURIComponent(encoded);
    } catch {
      return invalidInput(
        response,
        say(
          said(
            'The request name in the address is not valid percent-encoding.',
            '地址中的请求名不是有效的百分号编码。',
          ),
        ),
      );
    }
    try {
      payload = fromWire(await readBody(request, bodyLimit(method)));
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuseBody(request, response, say(error.said));
      if (error instanceof InvalidBase64)
        return invalidInput(
          response,
          say(
            said(
              `A file's data in the request is not valid base64. ${error.message}`,
              `请求中的文件数据不是有效的 base64。${error.message}`,
            ),
          ),
        );
      return invalidInput(
        response,
        say(said('The request body is not valid JSON.', '请求的内容不是有效的 JSON。')),
      );
    }
    const reply = await dispatch(method, payload, language());
    sendReply(response, reply.ok ? 200 : statusOf(reply.error.code), reply);
  }

  return server;
}

function statusOf(code: string): number {
  return { invalid_input: 400, not_found: 404, unknown_method: 404, rejected: 422 }[code] ?? 500;
}

/**
 * 413 with `Connection: close`. Node closes such a connection with destroySoon(), which resets it
 * while the client is still sending, and the client loses the answer; here instead the socket is
 * half-closed and what still arrives is discarded unread for a moment (a lingering close), then cut.
 */
function refuseBody(request: IncomingMessage, response: ServerResponse, message: string): void {
  const socket = request.socket;
  socket.destroySoon = () => {
    socket.end();
    request.resume();
    setTimeout(() => socket.destroy(), LINGER_MS).unref();
  };
  response.setHeader('Connection', 'close');
  sendReply(response, 413, { ok: false, error: { code: 'rejected', message } });
}

function invalidInput(response: ServerResponse, message: string): void {
  sendReply(response, 400, { ok: false, error: { code: 'invalid_input', message } });
}

function sendReply(response: ServerResponse, status: number, reply: Reply<unknown>): void {
  send(response, status, 'application/json; charset=utf-8', toWire(reply));
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType });
  response.end(body);
}
