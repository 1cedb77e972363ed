// Pages a server streams in parts (React's streaming rendering, which Next.js sites use): the page first holds a
// placeholder (`<template id="B:0">`, then a grey skeleton) where the article goes, and the article itself
// comes at the end of the body in a hidden `<div hidden id="S:0">`, which a small script moves into place. A page
// saved as its source (or by a tool that strips scripts) keeps the article hidden at the end, where Readability
// never looks because hidden text is not shown. The parts are put where the script would put them, read from
// the markup alone: no script is run, and their calls are only read as text.
import { holds, isElement, type DomDocument, type DomElement } from './dom.js';

const PART = /^S:[0-9a-z]+$/;
/** `$RC("B:0","S:0")`: boundary B:0 gets part S:0; `$RS("S:9","P:9")`: placeholder P:9 gets part S:9. */
const MOVE = /\$R([CS])\("([A-Z]:[0-9a-z]{1,12})","([A-Z]:[0-9a-z]{1,12})"\)/g;

/** Where each hidden part goes: as the page's scripts say, else the placeholder with the part's number. */
function destinations(document: DomDocument): Map<string, string> {
  const to = new Map<string, string>();
  for (const script of Array.from(document.querySelectorAll('script')))
    for (const [, kind, first, second] of (script.textContent ?? '').matchAll(MOVE))
      if (kind === 'C') to.set(second!, first!);
      else to.set(first!, second!);
  return to;
}

/** The page with its streamed parts in their places; a part with no place found stays where it is. */
export function withStreamedPartsInPlace(document: DomDocument): void {
  const parts = Array.from(document.querySelectorAll('div[hidden][id]')).filter((div) =>
    PART.test(div.getAttribute('id') ?? ''),
  );
  if (parts.length === 0) return;
  const to = destinations(document);
  for (const part of parts) {
    const id = part.getAttribute('id')!;
    const number = id.slice(2);
    const target = [to.get(id), `B:${number}`, `P:${number}`]
      .filter((candidate): candidate is string => !!candidate)
      .map((candidate) => document.querySelector(`template[id="${candidate}"]`))
      .find((found): found is DomElement => !!found);
    if (target) moveInto(target, part);
  }
}

/**
 * The part's content where the placeholder stands. The skeleton shown meanwhile stays: without the comments React
 * marks its end with (a saved page often has none) it cannot be told from the page, and it holds no text worth
 * an article's place.
 */
function moveInto(placeholder: DomElement, part: DomElement): void {
  const parent = placeholder.parentNode;
  // A placeholder inside its own part (a page made to trip the reader) would make the part its own ancestor.
  if (!parent || !isElement(parent) || holds(part, placeholder)) return;
  for (const child of Array.from(part.childNodes)) parent.insertBefore(child, placeholder);
  placeholder.remove();
  part.remove();
}
