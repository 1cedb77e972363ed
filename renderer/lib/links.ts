/**
 * Links in a document's text or in a note lead out of the app: a click asks first, then opens the address in
 * a new window (the desktop app hands it to the system browser), so the app itself never navigates away and
 * loses what is open. Other links (the app's own jianbao: and #… ones) are left to their handlers.
 */
import { t } from '../i18n/index.js';

const OUTSIDE = /^(?:https?:|mailto:)/i;

/** The link to somewhere outside the app that an event happened on, if any. */
export function outsideLink(event: Event): HTMLAnchorElement | null {
  const link = event
    .composedPath()
    .find(
      (node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'),
    );
  return link && OUTSIDE.test(link.getAttribute('href')?.trim() ?? '') ? link : null;
}

export function followOutside(link: HTMLAnchorElement): void {
  if (confirm(t.reader.openLink(link.href))) window.open(link.href, '_blank', 'noopener,noreferrer');
}

/** A click handler for rendered notes: a link to outside the app is asked about, never followed in place. */
export function openLinkOutside(event: Event): void {
  const link = outsideLink(event);
  if (!link) return;
  event.preventDefault();
  followOutside(link);
}
