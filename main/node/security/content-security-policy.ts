/** The page's Content-Security-Policy, the same in the desktop app and in browser mode. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  // pdf.js draws PDF pages in a worker served from the app itself.
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The page URL carries the access token: never leak it in a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/**
 * A stored picture's own policy. Pictures are shown by <img>, where even an SVG runs no script and loads
 * nothing; opened by itself (a new tab in browser mode), the SVG is a document, and this policy gives it no
 * script, no load and a sandbox of its own origin. So SVG is served as image/svg+xml, not sanitised.
 */
const IMAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export const IMAGE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': IMAGE_CONTENT_SECURITY_POLICY,
};
