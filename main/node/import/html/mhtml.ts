// A single-file web page as browsers save it (.mhtml): a MIME multipart/related message whose parts are the
// page's HTML and its resources, each with its own Content-Type and transfer encoding (quoted-printable or
// base64, as Chromium writes them). The page is the part at the snapshot's address, else the first HTML part.
import { asciiView } from './decode-html.js';

interface MimePart {
  headers: Map<string, string>;
  body: Uint8Array;
}

export interface MhtmlPage {
  html: Uint8Array;
  charset: string | undefined;
  location: string | undefined;
  /** The bytes of the part saved for an address in the page (absolute, relative to it, or `cid:`). */
  resource(src: string): Uint8Array | undefined;
}

const HEAD_BYTES = 8192;

/** MIME-Version and a multipart/related Content-Type among the first headers: a saved single-file page. */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = asciiView(bytes, HEAD_BYTES);
  const end = head.search(/\r?\n\r?\n/);
  const headers = end < 0 ? head : head.slice(0, end);
  return /^mime-version\s*:/im.test(headers) && /^content-type\s*:\s*multipart\/related/im.test(headers);
}

/** Header lines, folded continuations joined, names in lower case. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function parameter(header: string | undefined, name: string): string | undefined {
  const found = header && new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return found ? (found[1] ?? found[2]) : undefined;
}

function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

function decodeBody(body: string, transferEncoding: string | undefined): Uint8Array {
  switch (transferEncoding?.toLowerCase()) {
    case 'base64':
      return new Uint8Array(Buffer.from(body.replace(/\s+/g, ''), 'base64'));
    case 'quoted-printable':
      return latin1Bytes(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-Fa-f]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      );
    default:
      return latin1Bytes(body);
  }
}

function mimeParts(bytes: Uint8Array): { headers: Map<string, string>; parts: MimePart[] } {
  const message = asciiView(bytes);
  const split = /\r?\n\r?\n/.exec(message);
  const headers = parseHeaders(split ? message.slice(0, split.index) : message);
  const boundary = parameter(headers.get('content-type'), 'boundary');
  if (!boundary || !split) return { headers, parts: [] };
  const sections = message.slice(split.index + split[0].length).split(`--${boundary}`);
  // What precedes the first boundary is the preamble; what follows the closing `--` is the epilogue.
  const parts = sections.slice(1).flatMap((section): MimePart[] => {
    if (section.startsWith('--')) return [];
    const body = /\r?\n\r?\n/.exec(section);
    if (!body) return [];
    const partHeaders = parseHeaders(section.slice(0, body.index));
    const raw = section.slice(body.index + body[0].length).replace(/\r?\n$/, '');
    return [{ headers: partHeaders, body: decodeBody(raw, partHeaders.get('content-transfer-encoding')) }];
  });
  return { headers, parts };
}

export function mhtmlPage(bytes: Uint8Array): MhtmlPage | undefined {
  const { headers, parts } = mimeParts(bytes);
  const snapshot = headers.get('snapshot-content-location');
  const isHtml = (part: MimePart) => /^text\/html\b/i.test(part.headers.get('content-type') ?? '');
  const page =
    parts.find((part) => isHtml(part) && snapshot && part.headers.get('content-location') === snapshot) ??
    parts.find(isHtml);
  if (!page) return undefined;
  const location = snapshot ?? page.headers.get('content-location');
  const byAddress = new Map<string, Uint8Array>();
  for (const part of parts) {
    const address = part.headers.get('content-location');
    const id = part.headers.get('content-id')?.replace(/^<|>$/g, '');
    if (address) byAddress.set(absolute(address, location) ?? address, part.body);
    if (id) byAddress.set(`cid:${id}`, part.body);
  }
  return {
    html: page.body,
    charset: parameter(page.headers.get('content-type'), 'charset'),
    location,
    resource: (src) => byAddress.get(src) ?? byAddress.get(absolute(src, location) ?? src),
  };
}

/** An address resolved against the page's own, as the browser that saved it did. */
function absolute(address: string, base: string | undefined): string | undefined {
  try {
    return new URL(address, base).href;
  } catch {
    return undefined;
  }
}
