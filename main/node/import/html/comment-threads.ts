// Readers' comments under a post. Readability drops elements whose class says "comment" on its first pass only:
// when the post is short (a photo, a video, a note of two lines), that pass finds too little text, it tries
// again without the rule, and then the comment thread (often ten times the post) is taken for the article.
// html-article.ts asks here whether what Readability chose is mostly such a thread, and if so reads the page
// again without the threads. Comments that only an anchor marks (no box of their own) are taken out first.
import { holds, isElement, localNameOf, nameWords, type DomDocument, type DomElement } from './dom.js';

/**
 * A name word of a comment thread, its entries or its form: `comments`, `commentlist`, `comment-body`,
 * `comment_reply_link`, WordPress's `respond`, Disqus's thread. Names are read as words (see nameWords), so
 * `postcomment` or `nocomments` (one word each) are not read as one.
 */
const COMMENT_WORD = /^(?:comment\w*|respond|disqus)$/;

/**
 * Boxes that can hold a thread. A `<span class="hljs-comment">` is a comment in a program listing, and the
 * page's body, main or article elements hold the article whatever their class says (`comments-open`).
 */
const THREAD_BOXES = new Set(['div', 'section', 'aside', 'ol', 'ul', 'li', 'dl', 'form', 'table', 'footer']);

/** The outermost elements of a page named as comment threads; one holding the page's headline is not. */
export function commentThreads(document: DomDocument): DomElement[] {
  const headline = document.querySelector('h1');
  const threads: DomElement[] = [];
  for (const element of Array.from(document.querySelectorAll('[id], [class]'))) {
    if (!THREAD_BOXES.has(localNameOf(element))) continue;
    if (!nameWords(element).some((word) => COMMENT_WORD.test(word))) continue;
    if ((headline && holds(element, headline)) || threads.some((thread) => holds(thread, element))) continue;
    threads.push(element);
  }
  return threads;
}

/**
 * Takes out what follows the mark where readers' comments start, in the mark's own box: an empty anchor named
 * for comments (`<a name="comments"></a>`, a link's target) or a short heading so named (`<h2
 * id="comments">Comments</h2>`). A page that sets its readers' comments in the same paragraphs as the post, under
 * nothing but such a mark, would have them read as more of the article. A page with several such marks is a list
 * of posts, each with its own link to its comments; an anchor named for one comment (`comment-4155`) marks that
 * comment, not where the comments start.
 */
export function removeCommentTails(document: DomDocument): void {
  const anchors = Array.from(document.querySelectorAll('a[name], a[id]')).filter(
    (anchor) =>
      (anchor.textContent ?? '').trim() === '' &&
      anchor.children.length === 0 &&
      namedForComments(nameWords(anchor, ['name', 'id'])),
  );
  // A heading marks the start only where no anchor does: templates that set an anchor also head the thread
  // and its hidden preview boxes, which would count as more marks.
  const marks =
    anchors.length > 0
      ? anchors
      : Array.from(document.querySelectorAll(HEADINGS)).filter(
          (heading) =>
            (heading.textContent ?? '').trim().length <= HEADING_CHARS &&
            namedForComments(nameWords(heading).filter((word) => !HEADING_WORD.test(word))),
        );
  const [mark] = marks;
  const box = mark?.parentNode;
  if (marks.length !== 1 || !mark || !box || !isElement(box)) return;
  const siblings = Array.from(box.childNodes);
  const before = siblings.slice(0, siblings.indexOf(mark));
  // Under a post of a line or two, a heading's thread is most of what the page says: with it gone Readability
  // would find too little text there and take a sidebar instead, so such a page is left to the thread pass.
  const postChars = before.reduce((n, node) => n + (node.textContent ?? '').trim().length, 0);
  if (anchors.length === 0 && postChars < POST_CHARS) return;
  for (const node of siblings.slice(siblings.indexOf(mark))) box.removeChild(node);
}

/** Readability's own least article length. */
const POST_CHARS = 500;
const HEADINGS = 'h2[id], h3[id], h4[id], h2[class], h3[class], h4[class]';
/** Words that name a heading as one (`comments-title`, `comment-count`), beside the words naming comments. */
const HEADING_WORD = /^(?:title|heading|header|count)$/;
/** The longest heading read as the comments' ("Comments (56)", "12 responses to this post"). */
const HEADING_CHARS = 40;

/** A name of comment words only: an empty `name=""` names nothing. */
const namedForComments = (words: string[]): boolean =>
  words.length > 0 && words.every((word) => COMMENT_WORD.test(word));

/** Share of a text's runs of words found in the threads above which the text is the thread, not the post. */
const MOSTLY = 0.6;
/** Words in a run: enough that two texts share one only by quoting each other. */
const RUN = 4;
const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[\p{L}\p{M}\p{N}]+/gu;

function runs(text: string): string[] {
  const words = text.toLowerCase().match(WORD) ?? [];
  return words
    .slice(0, Math.max(0, words.length - RUN + 1))
    .map((_w, i) => words.slice(i, i + RUN).join(' '));
}

/** Whether the text read as the article is mostly the page's comment threads. */
export function mostlyComments(text: string, threads: readonly DomElement[]): boolean {
  if (threads.length === 0) return false;
  const read = runs(text);
  if (read.length === 0) return false;
  const inThreads = new Set(threads.flatMap((thread) => runs(thread.textContent ?? '')));
  return read.filter((run) => inThreads.has(run)).length >= MOSTLY * read.length;
}
