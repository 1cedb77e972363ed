// Chapter and part headings of a book: a short line set off by blank lines that names a division
// ("CHAPTER I. The Harbour Wall", "Chapter 1", "BOOK II", "PART ONE", "IV", "ACT III", "第一回 …", "第二卷").
import { ems, endsSentence } from '../page/chars';
import type { PageLines } from '../page/lines';

export type HeadingKind = 'part' | 'chapter';

export interface Heading {
  kind: HeadingKind;
  /** Its first line and one past its last: a heading may go on over a second line. */
  line: number;
  end: number;
  /** The heading's lines joined by a space. */
  text: string;
}

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|' +
  'seventeen|eighteen|nineteen|twenty';
const ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last';
const NUMBER = `(?:[ivxlcdm]+|\\d{1,3}|${NUMBER_WORDS}|the (?:${ORDINALS}))`;
// The number ends at the end of the line, at punctuation or at the division's name.
const LABELLED = new RegExp(`^(chapter|book|part|volume|act)\\s+${NUMBER}(?![\\p{L}\\p{N}])`, 'iu');
const PART_LABELS = new Set(['book', 'part', 'volume']);
const ROMAN_ALONE = /^[IVXLC]+\.?$/;
const UNNUMBERED = /^(?:preface|introduction|prologue|epilogue|afterword|conclusion)\.?$/i;
const CHINESE = /^第[一二三四五六七八九十百千零〇○两\d０-９]+([回章节節卷部篇集])/u;
const CHINESE_OPENING = '第'.charCodeAt(0);
/** What a heading opens with: the capital of a division's name (Chapter, Book, Part, Volume, Act, the unnumbered
 * ones), a Roman numeral, 第. Other lines are told from headings by their first character alone. */
const HEADING_OPENINGS = new Set(Array.from('CBPVAIEXL第', (ch) => ch.charCodeAt(0)));
const CHINESE_PARTS = new Set(['卷', '部', '篇', '集']);

/** Longest heading line, in ems (a Latin letter is ½). */
const MAX_HEADING_WIDTH = 45;

function startsUpper(text: string): boolean {
  return /^\p{Lu}/u.test(text);
}

/** What kind of division the line names, if it names one; `numbered` tells a counted division. */
export function headingKind(text: string): { kind: HeadingKind; numbered: boolean } | null {
  if (ems(text, MAX_HEADING_WIDTH + 1) > MAX_HEADING_WIDTH) return null;
  const labelled = LABELLED.exec(text);
  if (labelled?.[1] && startsUpper(text)) {
    return { kind: PART_LABELS.has(labelled[1].toLowerCase()) ? 'part' : 'chapter', numbered: true };
  }
  if (ROMAN_ALONE.test(text)) return { kind: 'chapter', numbered: true };
  const chinese = CHINESE.exec(text);
  if (chinese?.[1]) return { kind: CHINESE_PARTS.has(chinese[1]) ? 'part' : 'chapter', numbered: true };
  if (UNNUMBERED.test(text) && startsUpper(text)) return { kind: 'chapter', numbered: false };
  return null;
}

/**
 * A line that finishes the heading above it: its name ("The Harbour Wall") or the rest of a long one. It
 * stands alone: a blank line or the end follows it.
 */
function namesHeading(lines: PageLines, i: number, end: number): boolean {
  const text = lines.text(i);
  if (ems(text, MAX_HEADING_WIDTH + 1) > MAX_HEADING_WIDTH || /[,;]$/.test(text)) return false;
  if (headingKind(text)?.numbered) return false;
  // A sentence right under a heading opens the chapter; a name in capitals may end with a full stop.
  if (endsSentence(text) && /\p{Ll}/u.test(text)) return false;
  return i + 1 >= end || lines.gapBefore(i + 1) > 0;
}

function headingAt(lines: PageLines, i: number, first: number, end: number): Heading | null {
  // Chinese paragraphs often have no blank line between them: there a heading may follow a finished sentence.
  // Most lines are neither set off nor open with 第, which is told without cutting the line out of the page.
  const setOff = i === first || lines.gapBefore(i) > 0;
  const opening = lines.page.charCodeAt(lines.start(i));
  if (!HEADING_OPENINGS.has(opening) || (!setOff && opening !== CHINESE_OPENING)) return null;
  const text = lines.text(i);
  if (!setOff && !(CHINESE.test(text) && endsSentence(lines.text(i - 1)))) return null;
  const kind = headingKind(text)?.kind;
  if (!kind) return null;
  const single = { kind, line: i, end: i + 1, text };
  if (i + 1 >= end) return single;
  const apart = lines.gapBefore(i + 1) > 0;
  // A numeral alone says nothing, so its name may stand in a paragraph of its own under it.
  if (apart && !ROMAN_ALONE.test(text)) return single;
  if (namesHeading(lines, i + 1, end))
    return { kind, line: i, end: i + 2, text: `${text} ${lines.text(i + 1)}` };
  return apart ? single : null;
}

/**
 * The headings of lines [first, end), with the entries of a table of contents left out: a chapter heading with
 * nothing under it before the next chapter heading is a list entry, and so is a part heading with no chapter in
 * it when the book has chapters.
 */
export function findHeadings(lines: PageLines, first: number, end: number): Heading[] {
  const found: Heading[] = [];
  for (let i = first; i < end; i++) {
    const heading = headingAt(lines, i, first, end);
    if (!heading) continue;
    found.push(heading);
    i = heading.end - 1;
  }
  // Entries of a list: the next heading of the same kind follows with no text between.
  const kept = found.filter((h, k) => found[k + 1]?.kind !== h.kind || found[k + 1]?.line !== h.end);
  if (!kept.some((h) => h.kind === 'chapter')) return kept;
  return kept.filter((h, k) => h.kind === 'chapter' || kept[k + 1]?.kind === 'chapter');
}
