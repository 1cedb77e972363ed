// Reading a parse back for the conservation properties (nothing lost, nothing doubled): order and multiset checks.
// How a page parse is read back is told in test/domain/page-property.test.ts.
import assert from 'node:assert/strict';
import type { ParsedPage } from '../../shared/contract/article';

/** The characters of a string in code-point order: equal for two strings holding the same multiset. */
export function sortedChars(s: string): string {
  return [...s].sort().join('');
}

/** Whether the characters of `needle` appear in `haystack` in the same order. */
export function isSubsequence(needle: string, haystack: string): boolean {
  let at = 0;
  for (const ch of needle) {
    at = haystack.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

const DROPPABLE = /[—–―－\-【】〖〗（）()|｜：:\s]/gu;
const strip = (s: string): string => s.replace(DROPPABLE, '');

function streams(page: ParsedPage): { main: string[]; side: string[]; captions: string[] } {
  const main: string[] = [];
  const side: string[] = [];
  const captions: string[] = [];
  for (const a of page.articles) {
    let own = '';
    for (const field of [a.kicker, a.title, a.subtitle, a.byline]) own += field ?? '';
    if (a.dateline) side.push(a.dateline);
    if (a.rubric) side.push(a.rubric);
    for (const b of a.blocks) {
      if (b.type === 'caption') captions.push(b.text);
      else own += b.text;
    }
    main.push(own);
    side.push(...(a.notes ?? []));
  }
  for (const values of Object.values(page.meta)) side.push(...values);
  return { main, side, captions };
}

/** Every non-whitespace character of `input` is in `page` exactly once, each article's stream in input order. */
export function assertNothingLost(input: string, page: ParsedPage): void {
  const { main, side, captions } = streams(page);
  const wanted = strip(input);
  const all = main.join('') + side.join('') + captions.join('');
  assert.equal(sortedChars(strip(all)), sortedChars(wanted), JSON.stringify(input));
  for (const own of [...main, ...captions])
    assert.ok(isSubsequence(strip(own), wanted), `stream out of order for ${JSON.stringify(input)}`);
  const flatInput = input.replace(/\s/g, '');
  for (const value of side)
    assert.ok(flatInput.includes(value.replace(/\s/g, '')), `side value not verbatim: ${value}`);
}
