/** The app's pages are served from this privileged scheme; nothing else is ever trusted. */
export const APP_SCHEME = 'jianbao-app';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/** An IPC message is served only if it comes from the app's own page, not from any other frame or URL. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl);
}

/** In-app navigation never leaves the app; any other target is refused (and maybe opened outside). */
export function allowNavigation(targetUrl: string): boolean {
  return isAppUrl(targetUrl);
}
