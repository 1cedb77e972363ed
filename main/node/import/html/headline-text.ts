// A heading's text as a headline. Many news templates set the kicker (a topic label over the headline, the
// German "Dachzeile") inside the same <h1> as the headline, in an element of its own and a separator only screen
// readers hear ("<h1><span class=kicker>Climate</span><span class=sr-only>: </span><span>Drilling…</span>"):
// the page shows the kicker apart, in small type over the headline, so the headline is the rest.
import { comparable, inlineText } from './html-blocks.js';
import type { DomElement } from './dom.js';

/** Class names the web's templates give a kicker: kicker, overline, topline, eyebrow, Dachzeile, roofline. */
const KICKER =
  '[class*="kicker" i], [class*="overline" i], [class*="topline" i], [class*="eyebrow" i], [class*="dachzeile" i], [class*="roofline" i]';
/** A kicker, or a subtitle set in the headline's element in small type or an element named for it. */
const APART = `${KICKER}, small, [class*="subtitle" i], [class*="subhead" i]`;
/** What stands between a kicker and its headline once the kicker is gone: a colon, a dash, a bar, spaces. */
const LEADING_SEPARATOR = /^[\s:：|–—-]+/u;

export function isKicker(element: DomElement): boolean {
  return element.matches(KICKER);
}

/**
 * The heading's text without a kicker or a subtitle set inside it ("<h1>Fish cakes, hot and fresh <small>A visit
 * to the harbour</small></h1>"); the whole text when nothing of a headline would be left.
 */
export function headlineText(heading: DomElement): string {
  const whole = inlineText(heading);
  if (heading.querySelector(APART) === null) return whole;
  const copy = heading.cloneNode(true);
  for (const apart of Array.from(copy.querySelectorAll(APART))) apart.remove();
  const rest = inlineText(copy).replace(LEADING_SEPARATOR, '');
  return rest.trim() === '' ? whole : rest;
}

/**
 * A heading that is all one link to the site's home page is the site's name set as its logo ("<h1><a href="/"
 * rel="home">Blog name</a></h1>"), not the article's headline.
 */
export function linksHome(heading: DomElement): boolean {
  const link = heading.querySelector('a[href]');
  if (!link || comparable(link.textContent ?? '') !== comparable(heading.textContent ?? '')) return false;
  if ((link.getAttribute('rel') ?? '').split(/\s+/).includes('home')) return true;
  try {
    const url = new URL(link.getAttribute('href') ?? '', 'http://page.invalid/article/');
    return url.pathname === '/' && url.search === '';
  } catch {
    return false;
  }
}
