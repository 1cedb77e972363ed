// Boxes a site's template sets in or under a post and names for what they hold: the author's biography, a rating
// widget ("Was this helpful? 4.7 of 5"), the post's filing line ("This entry was posted in…"), a newsletter or
// subscription offer, share buttons, a paywall's form, a cookie notice or a cookie wall over an embed, an
// affiliate notice. Readability drops boxes named as sidebars, footers or comments, not these, so their lines came
// out as the article's last paragraphs. The names are the template's (CSS), the same whatever language the page is
// in. The boxes are found on the page as saved and their lines are left out of the article Readability found:
// taken out before it looks, they would no longer count towards the score that makes it choose the post, and in
// what it returns they have lost their names.
import type { ParsedBlock } from '../../../../shared/contract/article.js';
import { comparable } from './html-blocks.js';
import { bodyText, holds, localNameOf, nameWords, type DomDocument, type DomElement } from './dom.js';

const BOILERPLATE =
  /\b(?:newsletter|paywall|subscribe|subscription|postmetadata|sharedaddy|consent|cookies?|affiliate|author (?:bio|box|info|description)|about (?:the )?author|entry utility|post ratings?|(?:post|entry) meta(?:data)?|share (?:bar|buttons|links)|social (?:share|links))\b/;
/** Elements that hold the article whatever their class says, and inline ones too small to be a box. */
const NEVER = new Set(['html', 'body', 'main', 'article', 'a', 'span', 'em', 'strong', 'b', 'i']);
/** A box holding more than this share of the page's text is not furniture beside the article but around it. */
const MAX_SHARE = 0.2;
const PAGE_SAMPLE = 200_000;
/** Two paragraphs of running text make a box the article's, whatever its name ("content sharing-container"). */
const RUNNING_CHARS = 150;
const LINES = 'p, li, h2, h3, h4, h5, h6, div, dd, dt, figcaption, blockquote';

function holdsRunningText(box: DomElement): boolean {
  const paragraphs = Array.from(box.querySelectorAll('p'));
  return paragraphs.filter((p) => (p.textContent ?? '').trim().length >= RUNNING_CHARS).length >= 2;
}

/** The template's named boxes on the page, never one holding the headline or much of the page's text. */
function boilerplateBoxes(document: DomDocument): DomElement[] {
  const pageChars = bodyText(document, PAGE_SAMPLE).replace(/\s+/g, '').length;
  const headline = document.querySelector('h1');
  return Array.from(document.querySelectorAll('[id], [class]')).filter(
    (element) =>
      !NEVER.has(localNameOf(element)) &&
      BOILERPLATE.test(nameWords(element).join(' ')) &&
      !(headline && holds(element, headline)) &&
      !holdsRunningText(element) &&
      (element.textContent ?? '').replace(/\s+/g, '').length <= pageChars * MAX_SHARE,
  );
}

/** The lines the boxes hold (each box's own text, and each of its blocks'), compared as text. */
export function boilerplateLines(document: DomDocument): Set<string> {
  const lines = new Set<string>();
  for (const box of boilerplateBoxes(document))
    for (const line of [box, ...Array.from(box.querySelectorAll(LINES))]) {
      const key = comparable(line.textContent ?? '');
      if (key !== '') lines.add(key);
    }
  return lines;
}

/** The article's blocks without those that are a box's line. */
export function withoutBoilerplate(blocks: ParsedBlock[], lines: ReadonlySet<string>): ParsedBlock[] {
  return lines.size === 0 ? blocks : blocks.filter((block) => !lines.has(comparable(block.text)));
}
