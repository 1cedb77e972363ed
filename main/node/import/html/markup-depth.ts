// How deep a page's elements nest, estimated from its tags before any DOM is built: Readability and the block
// reader take time that grows with the cube of the depth (500 levels: 6 s; 1,000: 30 s), so a page nesting
// past what any real page does is refused before it can hold the import (and the app) for minutes.
import { said } from '../../../../shared/i18n/said.js';
import { DocumentRefusal } from '../page-result.js';

/** Real pages stay well under a hundred levels; at this depth reading a page still takes about a second. */
const MAX_MARKUP_DEPTH = 256;

/** Elements that hold nothing, or whose end tag may be left out: they do not deepen the estimate. */
const FLAT = new Set(
  [
    'area base br col embed hr img input link meta source track wbr',
    'p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rt rp html head body',
  ]
    .join(' ')
    .split(' '),
);
/** Text that is not markup, whatever it holds: scripts, styles and comments. */
const NOT_MARKUP = /<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/giu;
const TAG = /<(\/?)([a-z][a-z0-9:-]*)\b[^>]*?(\/?)>/giu;

function markupDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.replace(NOT_MARKUP, '').matchAll(TAG)) {
    if (selfClosing === '/' || FLAT.has(name!.toLowerCase())) continue;
    if (closing === '/') depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return deepest;
}

/** Throws a refusal, said as a reason, for markup nested past MAX_MARKUP_DEPTH. */
export function refuseDeepMarkup(html: string): void {
  const depth = markupDepth(html);
  if (depth > MAX_MARKUP_DEPTH) {
    throw new DocumentRefusal(
      said(
        `its elements nest ${depth} levels deep, far past any real page (Jianbao reads up to ${MAX_MARKUP_DEPTH})`,
        `它的元素嵌套了 ${depth} 层，远超真实网页（剪报最多读取 ${MAX_MARKUP_DEPTH} 层）`,
      ),
    );
  }
}
