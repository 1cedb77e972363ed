// Ground truth of a saved web page given as where its story stands in the page: the one element holding the
// story and the parts inside it that are not the story (an editor's line, a share bar). Chosen by reading the
// page's HTML, as a reader sees the page, never from an extractor's output; only the choice is committed, and the
// text is read out of the fetched page each time the evaluation set is built.
import { parseHTML } from 'linkedom';

export interface SelectorTruth {
  /** The page's path in its snapshot. */
  path: string;
  /** The encoding the page is written in (its <meta charset>), to read the truth out of it. */
  charset: string;
  /** The page's language, when the set holds several. */
  lang?: string;
  /** The headline the page shows. */
  title: string;
  /** A selector matching the one element that holds the story. */
  body: string;
  /** Selectors of parts inside it that are not the story. */
  drop: string[];
}

/** Elements whose start and end break the text: a paragraph's words never run into the next one's. */
const BLOCKS = 'p, div, br, li, h1, h2, h3, h4, h5, h6, tr, td, section, blockquote, figure, figcaption, pre';

/** The story's text: the element's text without the dropped parts, scripts and styles, a line per block. */
export function selectorTruthText(bytes: Uint8Array, truth: SelectorTruth): string {
  const { document } = parseHTML(new TextDecoder(truth.charset).decode(bytes));
  const found = document.querySelectorAll(truth.body);
  if (found.length !== 1)
    throw new Error(`${truth.path}: "${truth.body}" matches ${found.length} elements, not one`);
  const story = found[0]!;
  for (const selector of [...truth.drop, 'script', 'style', 'noscript', 'template'])
    for (const part of Array.from(story.querySelectorAll(selector))) part.remove();
  for (const block of Array.from(story.querySelectorAll(BLOCKS))) block.append(document.createTextNode('\n'));
  return (story.textContent ?? '')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
