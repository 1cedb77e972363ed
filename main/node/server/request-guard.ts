/**
 * Who may talk to the browser-mode server: only pages it served itself on loopback, holding the
 * per-launch token. Pure functions over request headers, so each rule is tested on its own.
 */
import { timingSafeEqual } from 'node:crypto';

export const TOKEN_HEADER = 'x-jianbao-token';
export const TOKEN_COOKIE = 'jianbao_token';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** A foreign Host means the request came through a name that was rebound to loopback (DNS rebinding). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).has(host.toLowerCase());
}

/** Browsers send Origin on cross-site and on POST requests; when present it must be our own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && allowedHosts(port).has(url.host) && url.pathname === '/';
  } catch {
    return false;
  }
}

export function tokensMatch(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
