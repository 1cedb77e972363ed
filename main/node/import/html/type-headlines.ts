// Old pages laid out in tables set their headline in large type, no heading element at all:
// <font size=5><b>…</b></font><br> over the story in the same cell. Such a line is marked as the page's <h1>, as a
// reader sees it, so that the headline is found where headings are looked for.
import { isElement, localNameOf, type DomDocument, type DomElement } from './dom.js';

/** The smallest <font size> a headline is set in: 5 of 7 (or +2 over the default 3). */
const HEADLINE_SIZE = 5;
/** A headline's length at most, in characters; it holds no sentence's end. */
const MAX_HEADLINE = 60;
const SENTENCE_END = /[。！？.!?]$/;

/** Marks the first line set in headline-sized <font> as the page's <h1>, on a page with no heading at all. */
export function withTypeHeadlineMarked(document: DomDocument): void {
  if (document.querySelector('h1, h2, h3')) return;
  for (const font of Array.from(document.querySelectorAll('font[size]'))) {
    if (fontSize(font.getAttribute('size') ?? '') < HEADLINE_SIZE) continue;
    const text = (font.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 2 || text.length > MAX_HEADLINE || SENTENCE_END.test(text) || !endsLine(font)) continue;
    const h1 = document.createElement('h1');
    h1.append(...Array.from(font.childNodes));
    font.replaceWith(h1);
    return;
  }
}

/** A <font size> value as the absolute size 1–7 ("5", "+2" over the default 3). */
function fontSize(value: string): number {
  const n = Number.parseInt(value, 10);
  if (Number.isNaN(n)) return 0;
  return /^\s*[+-]/.test(value) ? 3 + n : n;
}

/** Whether the element stands on a line of its own: a <br> or nothing but white space follows it in its parent. */
function endsLine(element: DomElement): boolean {
  const siblings = Array.from(element.parentNode?.childNodes ?? []);
  for (const next of siblings.slice(siblings.indexOf(element) + 1)) {
    if (isElement(next))
      return localNameOf(next) === 'br' || /^(p|div|table|center)$/.test(localNameOf(next));
    if ((next.textContent ?? '').trim() !== '') return false;
  }
  return true;
}
