// The line Chinese news sites print under the headline, "2023年03月17日 18:02　来源：东方在线　作者：李明": where
// a page has no metadata of its own for them (no <meta>, no JSON-LD, nothing Readability calls a byline), its
// author and time are read from it.
import { inlineText, showsMoreThan } from './html-blocks.js';
import { isElement, textNodes, type DomDocument } from './dom.js';

export interface SourceLine {
  byline: string | null;
  published: string | null;
}

/** Such a line is short: a date, a source and a name or two. */
const MAX_CHARS = 120;
const AUTHOR = /(?:作者|记者|撰稿|文)[：:]\s*([^\s|｜/，,　]{2,12})/u;
const SOURCE = /来源[：:]\s*([^\s|｜/，,　]{2,24})/u;
const DATE =
  /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(\d{1,2}:\d{2}(?::\d{2})?))?/u;

const pad = (n: string): string => n.padStart(2, '0');
const LABEL = /(?:作者|记者|撰稿|文|来源)[：:]/u;
/** How far up from the label the line's element may be. */
const MAX_DEPTH = 4;

/**
 * The source line: from each piece of text that names a source or an author, the widest element around it (a few
 * levels up) that is still a line long. Only those pieces are looked at, so a long page costs one pass.
 */
export function sourceLine(document: DomDocument): SourceLine | null {
  let best: string | null = null;
  for (const node of document.body ? textNodes(document.body) : []) {
    if (!LABEL.test(node.textContent ?? '')) continue;
    let at = node.parentNode;
    for (let depth = 0; at && isElement(at) && depth < MAX_DEPTH; at = at.parentNode, depth++) {
      // Read whole, the article around a short paragraph would cost a pass over the page for every label in it.
      if (showsMoreThan(at, MAX_CHARS)) break;
      const text = inlineText(at);
      if (text.length > MAX_CHARS) break;
      // An interview's "记者：…" names no one: a source line also dates the story or names where it came from.
      const [named, from] = [AUTHOR.test(text), SOURCE.test(text)];
      if (!((named || from) && (DATE.test(text) || (named && from)))) continue;
      if (best === null || text.length > best.length) best = text;
    }
  }
  if (best === null) return null;
  const date = DATE.exec(best);
  return {
    byline: AUTHOR.exec(best)?.[1] ?? null,
    published: date
      ? `${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}${date[4] ? `T${date[4].length === 5 ? `${date[4]}:00` : date[4]}` : ''}`
      : null,
  };
}
