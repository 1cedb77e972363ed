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
 * Takes out what follows an empty anchor named for comments (`<a name="comments"></a>`, a link's target), in the
 * anchor's own box: a page that sets its readers' comments in the same paragraphs as the post, under nothing but
 * such a mark and a heading, would have them read as more of the article. A page with several such marks is a
 * list of posts, each with its own link to its comments; an anchor named for one comment (`comment-4155`) marks
 * that comment, not where the comments start.
 */
export function removeCommentTails(document: DomDocument): void {
  const anchors = Array.from(document.querySelectorAll('a[name], a[id]')).filter(
    (anchor) =>
      (anchor.textContent ?? '').trim() === '' &&
      anchor.children.length === 0 &&
      namedForComments(nameWords(anchor, ['name', 'id'])),
  );
  const [anchor] = anchors;
  const box = anchor?.parentNode;
  if (anchors.length !== 1 || !anchor || !box || !isElement(box)) return;
  const siblings = Array.from(box.childNodes);
  for (const node of siblings.slice(siblings.indexOf(anchor))) box.removeChild(node);
}

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
