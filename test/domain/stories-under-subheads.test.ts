// A line the model read as a subhead, over text on another subject: the next story's headline, or a crosshead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assembleRows, type LabelledRow } from '../support/labelled-rows';

const SUBHEAD: LabelledRow = ['subhead', 'Orchard growers count frost damage'];
const AFTER_SUBHEAD =
  'apple orchards across the valley lost blossoms during three nights of hard frost, growers reported, and ' +
  'several farmers now fear smaller harvests and dearer cider this autumn.';

/** Three stories typed a paragraph to a line; the second turns from the harbour to orchards under a subhead. */
function page(dated: boolean, datedUnderSubhead = false): LabelledRow[] {
  const lead = (place: string, text: string): string => (dated ? `${place}, March 3 - ${text}` : text);
  const opening = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
  return [
    ['title', 'Council approves new cycle lanes'],
    [
      'para',
      lead('EASTBURY', 'The council voted on Monday to paint cycle lanes along four main roads by June.'),
    ],
    ['title', 'Harbour dredging to start in spring'],
    [
      'para',
      lead(
        'PORTVILLE',
        'Dredging of the northern harbour channel will begin in April, the port authority said, after engineers ' +
          'found silt had narrowed the approach for container vessels.',
      ),
    ],
    [
      'para',
      'The authority puts the channel work at eleven weeks and about four million dollars, paid from harbour ' +
        'fees collected since the last dredging of the berths.',
    ],
    SUBHEAD,
    ['para', datedUnderSubhead ? lead('HILLFORD', AFTER_SUBHEAD) : opening(AFTER_SUBHEAD)],
    ['title', 'Library extends its opening hours'],
    ['para', lead('WESTMERE', 'The town library will stay open until nine on weekdays from next month.')],
  ];
}
const blankBeforeEach = (rows: readonly LabelledRow[]): number[] => rows.map((_, i) => i).slice(1);
/** Blank lines before the headlines only: paragraphs typed one to a line, stories set apart. */
const blankBeforeTitles = (rows: readonly LabelledRow[]): number[] =>
  rows.flatMap(([label], i) => (label === 'title' && i > 0 ? [i] : []));
function read(
  rows: readonly LabelledRow[],
  blanks = blankBeforeEach(rows),
): { titles: string[]; subheads: string[] } {
  const { drafts } = assembleRows(rows, blanks);
  return {
    titles: drafts.map((d) => d.title),
    subheads: drafts.flatMap((d) => d.body.flatMap((b) => (b.kind === 'subhead' ? [b.text] : []))),
  };
}

test('on a page whose stories open with a dateline, a subhead with none under it stays in its article', () => {
  const { titles, subheads } = read(page(true));
  assert.deepEqual(titles, [
    'Council approves new cycle lanes',
    'Harbour dredging to start in spring',
    'Library extends its opening hours',
  ]);
  assert.deepEqual(subheads, [SUBHEAD[1]]);
});

test('where the page gives its stories no dateline, a subhead over another subject heads a story of its own', () => {
  assert.deepEqual(read(page(false)).titles, [
    'Council approves new cycle lanes',
    'Harbour dredging to start in spring',
    SUBHEAD[1],
    'Library extends its opening hours',
  ]);
});

test('on a dated page, a subhead over a dateline and another subject heads a story of its own', () => {
  assert.deepEqual(read(page(true, true)).titles, [
    'Council approves new cycle lanes',
    'Harbour dredging to start in spring',
    SUBHEAD[1],
    'Library extends its opening hours',
  ]);
});

test('on a page whose stories alone stand after a blank line, a subhead with none before it stays in its article', () => {
  const rows = page(false);
  assert.deepEqual(read(rows, blankBeforeTitles(rows)).subheads, [SUBHEAD[1]]);
});

test('in text that indents its paragraphs, a subhead over another subject heads a story, its paragraph wrapped', () => {
  const rows: LabelledRow[] = [
    ['title', 'Harbour dredging to start in spring'],
    ['para', '  Dredging of the northern harbour channel will begin in April, the port'],
    ['cont', 'authority said, after engineers found silt had narrowed the approach.'],
    ['para', '  The authority puts the channel work at eleven weeks and four million'],
    ['cont', 'dollars, paid from harbour fees collected since the last dredging.'],
    SUBHEAD,
    ['para', '  Apple orchards across the valley lost blossoms during three nights of'],
    ['cont', 'hard frost, growers reported, and several farmers now fear smaller'],
    ['cont', 'harvests and dearer cider this autumn.'],
  ];
  assert.deepEqual(read(rows, []).titles, ['Harbour dredging to start in spring', SUBHEAD[1]]);
});
