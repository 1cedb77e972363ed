// Markup a page's scripts were still to render. A page saved as its server sent it can carry a Vue list template
// in place (`<div v-for="post in posts">…`): mounted, it becomes one copy per entry of data the page fetches
// later, and the template itself is never shown. Read as saved, it is one copy with every conditional part of an
// entry showing at once (the notes for a spoiler, for graphic pictures, for a story still developing, all
// together), and Readability may take that box of notes for the article. Vue leaves no `v-for` on what it
// renders, so where one stands the list was never rendered: its text is no part of what the reader saw.
// A `v-if` alone is not taken out: the branch it guards is often the one shown (a page's own header).
import type { DomDocument } from './dom.js';

export function withoutUnrenderedLists(document: DomDocument): void {
  for (const element of Array.from(document.querySelectorAll('[v-for]'))) element.remove();
}
